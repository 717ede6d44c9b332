import CoopModel
import Foundation

/// Paths and the shipped knowledge base, loaded once for all tests.
enum Fixtures {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `Data/`.
    static let data = root.appendingPathComponent("Data")
    /// `Graphs/`.
    static let graphs = root.appendingPathComponent("Graphs")
    /// The shipped knowledge base.
    static let base: KnowledgeBase = {
        do {
            return try KnowledgeBase.load(directory: data)
        } catch {
            preconditionFailure("the shipped knowledge base must load: \(error)")
        }
    }()
}
