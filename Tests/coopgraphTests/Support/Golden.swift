import Foundation
import Testing

/// Compares text with a golden file under `Tests/coopgraphTests/Golden/`.
///
/// Regenerate every golden file with `COOPGRAPH_UPDATE_GOLDEN=1 swift test`.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    static var updating: Bool { ProcessInfo.processInfo.environment["COOPGRAPH_UPDATE_GOLDEN"] == "1" }

    static func check(_ text: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if updating {
            try Data(text.utf8).write(to: url, options: .atomic)
            return
        }
        let expected = try? String(contentsOf: url, encoding: .utf8)
        #expect(
            expected != nil, "missing golden file \(name); run COOPGRAPH_UPDATE_GOLDEN=1 swift test",
            sourceLocation: sourceLocation)
        guard let expected else { return }
        #expect(text == expected, "\(name) differs from its golden file", sourceLocation: sourceLocation)
    }
}
