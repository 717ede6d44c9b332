import CoopModel

/// What the candidate store is handed as a fact's evidence: its citation, and the evidence
/// itself, built only when a candidate keeps it.
///
/// Why a protocol rather than a closure: the store's `add` took `evidence.make()` as an
/// autoclosure, which captured the draft by value, a copy (its document and line retained, then
/// released) on every proposal, about 90,000 a megabyte, though most proposals repeat a full
/// candidate and never build it. The store's adds are generic over this protocol instead, and
/// specialized: the draft is read in place.
protocol EvidenceMaker {
    /// The citation of the evidence, `FILE:LINE`.
    var source: SourceRef { get }
    /// The evidence with its matched text and sentence.
    func make() -> Evidence
}

extension EvidenceDraft: EvidenceMaker {}

/// Evidence given with its citation, built by `build` (the store's `source:evidence:` adds,
/// used when absorbing another store and by tests): the citation may differ from the evidence's.
struct GivenEvidence: EvidenceMaker {
    let source: SourceRef
    let build: () -> Evidence

    func make() -> Evidence { build() }
}
