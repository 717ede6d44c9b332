import Foundation

extension Folding {
    /// What the tokenizer needs of a scalar at or above `ScalarTable.limit`: its class, its case
    /// and its folded UTF-8, from `classifyUncached`, `isUpperUncached` and
    /// `appendFoldedUncached`, worked out once per scalar and kept for the process.
    struct ScalarInfo: Sendable {
        var kind: Class
        var upper: Bool
        var folded: [UInt8]
    }

    /// The `ScalarInfo` of `scalar` (any scalar; the tokenizer asks only for those above the
    /// table).
    ///
    /// Why: folding a scalar from its properties goes through Foundation (lower case, then
    /// canonical decomposition), about 7,000 instructions; the lexicon's Arabic names alone met
    /// that 6,000 times on every start, 44 million instructions, through the one-off tokenizing
    /// of the gazetteer's phrases, which has no interner to remember its words by.
    static func cached(_ scalar: Unicode.Scalar) -> ScalarInfo { FoldCache.shared.info(scalar) }
}

/// The process's `Folding.ScalarInfo`s, behind a lock: tokenizing may run on several threads.
private final class FoldCache: @unchecked Sendable {
    static let shared = FoldCache()
    /// The most scalars kept: beyond, each is worked out again (memory stays bounded).
    private static let limit = 1 << 14

    private let lock = NSLock()
    private var infos: [UInt32: Folding.ScalarInfo] = [:]

    func info(_ scalar: Unicode.Scalar) -> Folding.ScalarInfo {
        lock.lock()
        let known = infos[scalar.value]
        lock.unlock()
        if let known { return known }
        var folded: [UInt8] = []
        Folding.appendFoldedUncached(scalar, to: &folded)
        let info = Folding.ScalarInfo(kind: Folding.classifyUncached(scalar), upper: Folding.isUpperUncached(scalar), folded: folded)
        lock.lock()
        if infos.count < Self.limit { infos[scalar.value] = info }
        lock.unlock()
        return info
    }
}
