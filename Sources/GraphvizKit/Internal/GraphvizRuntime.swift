import CGraphviz
import Foundation

/// The process's single door to Graphviz: one lock around every cgraph/gvc call, and the one
/// GVC context, created on first use before any graph and kept until the process exits.
final class GraphvizRuntime: @unchecked Sendable {
    static let shared = GraphvizRuntime()

    // Graphviz keeps error state, attribute defaults and string dictionaries in process globals,
    // so even building a graph must not overlap with another job.
    private let lock = NSLock()
    // Guarded by `lock`.
    private var context: OpaquePointer?

    private init() {}

    /// Runs `body` holding the lock, with the context ready and Graphviz's errors reset.
    func withContext<T>(_ body: (OpaquePointer) throws(GraphvizError) -> T) throws(GraphvizError) -> T {
        lock.lock()
        defer { lock.unlock() }
        let gvc: OpaquePointer
        if let context {
            gvc = context
        } else {
            _ = agseterrf(captureGraphvizMessage)
            guard let created = gvContext() else { throw GraphvizError.contextUnavailable }
            context = created
            gvc = created
        }
        GraphvizMessages.shared.reset()
        _ = agreseterrors()
        return try body(gvc)
    }
}

/// Receives Graphviz's messages instead of stderr; called in pieces ("Error", ": ", text).
private func captureGraphvizMessage(_ piece: UnsafeMutablePointer<CChar>?) -> Int32 {
    if let piece { GraphvizMessages.shared.append(String(cString: piece)) }
    return 0
}

/// Graphviz's messages since the current job began.
final class GraphvizMessages: @unchecked Sendable {
    static let shared = GraphvizMessages()

    private let lock = NSLock()
    // Guarded by `lock`.
    private var text = ""

    func reset() {
        lock.lock()
        defer { lock.unlock() }
        text = ""
    }

    func append(_ piece: String) {
        lock.lock()
        defer { lock.unlock() }
        text += piece
    }

    /// The collected messages, one per non-empty line, trimmed.
    var lines: [String] {
        lock.lock()
        defer { lock.unlock() }
        return text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
