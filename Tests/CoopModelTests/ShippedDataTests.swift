import CoopModel
import Foundation
import Testing

/// The repository's own `Data/` folder must always load without errors.
@Suite struct ShippedDataTests {
    static let dataDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data")

    @Test func shippedDataHasNoErrors() throws {
        let report = KnowledgeBase.validate(directory: Self.dataDirectory)
        #expect(report.errors.map(\.description) == [])
        let base = try KnowledgeBase.load(directory: Self.dataDirectory)
        #expect(base.schema.nodeTypes.count >= 10)
        #expect(base.schema.relationTypes[.cooperatesWith]?.symmetric == true)
        let knowledgeFiles = KnowledgeBase.yamlFiles(under: Self.dataDirectory.appendingPathComponent("kb"))
        if !knowledgeFiles.isEmpty {
            #expect(base.graph.indices(ofType: .country).count >= 190)
        }
    }
}
