import Foundation
import Testing

@Suite struct GraphvizCommandTests {
    @Test func listsEnginesAndFormats() throws {
        let result = try CLI.run(["graphviz", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let text = String(decoding: result.stdoutData, as: UTF8.self)
        for name in ["dot", "sfdp", "svg", "png", "pdf"] { #expect(text.contains("\"\(name)\""), "\(name)") }
        #expect(object["version"] != nil)
    }
}
