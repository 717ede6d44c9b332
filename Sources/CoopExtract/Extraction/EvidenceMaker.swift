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
    /// The evidence with its matched text and sentence; `memo` holds the last evidence made, whose
    /// strings this one may share.
    func make(after memo: inout EvidenceMemo) -> Evidence
}

/// The last piece of evidence the store made from a draft, with what it was made from: the
/// rules hand the store several facts for one span in a row (an event, its place, its sectors,
/// its actors) and several spans of one sentence, and each built the span's text and the
/// sentence's text again, a new string each (a copy of the sentence for every fact it supports).
/// The next draft of the same span gets the same evidence, one of the same sentence its sentence
/// text: the same text in shared storage, which the review writer also recognises without
/// scanning it again (`ScannedStrings`).
struct EvidenceMemo: Sendable {
    fileprivate var line: TokenizedLine?
    fileprivate var document = ""
    fileprivate var lineNumber = 0
    fileprivate var sentence = 0..<0
    fileprivate var sentenceText = ""
    fileprivate var span = 0..<0
    fileprivate var evidence: Evidence?
}

extension EvidenceDraft: EvidenceMaker {
    /// `make()`, reusing `memo`'s strings when this draft is of its sentence (the same line
    /// object, line number, document and sentence range), and its evidence for the same span.
    func make(after memo: inout EvidenceMemo) -> Evidence {
        if memo.line === line, memo.lineNumber == lineNumber, memo.sentence == sentence, memo.document == document {
            if memo.span == first..<end, let evidence = memo.evidence { return evidence }
        } else {
            memo.line = line
            memo.document = document
            memo.lineNumber = lineNumber
            memo.sentence = sentence
            memo.sentenceText = sentenceText
        }
        let evidence = make(sentenceText: memo.sentenceText)
        memo.span = first..<end
        memo.evidence = evidence
        return evidence
    }
}

/// Evidence given with its citation, built by `build` (the store's `source:evidence:` adds,
/// used when absorbing another store and by tests): the citation may differ from the evidence's.
struct GivenEvidence: EvidenceMaker {
    let source: SourceRef
    let build: () -> Evidence

    func make(after memo: inout EvidenceMemo) -> Evidence { build() }
}

/// Evidence not yet written out: building the texts waits until a candidate keeps it.
struct EvidenceDraft {
    let document: String
    let line: TokenizedLine
    let lineNumber: Int
    let sentence: Range<Int>
    let first: Int
    let end: Int

    /// The citation, `FILE:LINE`.
    var source: SourceRef { SourceRef(document: document, line: lineNumber) }

    /// The evidence with its matched text and sentence.
    func make() -> Evidence { make(sentenceText: sentenceText) }

    /// The text of the sentence.
    var sentenceText: String { sentence.isEmpty ? "" : line.text(tokens: sentence.lowerBound, sentence.upperBound - 1) }

    /// The evidence, with `sentenceText` as its sentence (the store passes the one it made last
    /// for this sentence, `EvidenceMemo`).
    func make(sentenceText: String) -> Evidence {
        let tokens = line.tokens
        let start = tokens[first].start
        let stop = tokens[max(first, end - 1)].end
        return Evidence(
            document: document, line: lineNumber, start: start, end: stop, text: line.text(tokens: first, max(first, end - 1)), sentence: sentenceText)
    }
}
