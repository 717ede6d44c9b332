import CoopModel

/// Whose body a name stands for when the text does not say it in the name: the letterhead's own
/// body named by its head word alone ("le Ministère", "l'Ambassade"), and the body that
/// represents one side ("la partie coréenne y était représentée par le Ministère …").
extension DocumentExtraction {
    /// The country of the side a body represents: "la partie coréenne (y) était représentée par
    /// [le] Ministère …", "la délégation tunisienne, conduite par l'Office …". Nil otherwise.
    func representedSide(_ sentence: Sentence, before first: Int) -> EntityID? {
        var index = first - 1
        if sentence.key(index, is: "'") { index -= 1 }
        if ClosedWords.isDefiniteArticle(sentence.key(index)) { index -= 1 }
        guard sentence.key(index, is: "par"), sentence.key(index - 1, in: Self.representedWords) else { return nil }
        var side: EntityID?
        for position in sentence.range.lowerBound..<(index - 1) where sentence.key(position, in: Self.sideWords) {
            for match in sentence.matches[position + 1] ?? [] {
                if case .demonym(let id) = match.payload { side = id }
            }
        }
        return side
    }

    static let representedWords: CueSet = [
        "represente", "representee", "representes", "representees", "conduite", "conduit", "presidee", "presidees", "menee", "dirigee",
    ]
    static let sideWords: CueSet = ["partie", "delegation", "cote"]

    /// The words before a bare head that make it the document's own ("le", "l'", "du", "notre").
    static let authorDeterminers: CueSet = ["le", "la", "l", "du", "au", "ce", "cette", "notre", "les", "des", "aux", "ces", "nos"]

    /// Whether a definite determiner stands right before token `first` ("l'Agence", "du Ministère").
    func definiteBefore(_ sentence: Sentence, _ first: Int) -> Bool {
        var before = first - 1
        if sentence.key(before, is: "'") { before -= 1 }
        return before >= sentence.range.lowerBound && sentence.key(before, in: Self.authorDeterminers)
    }

    /// The letterhead's body named by its head word alone, cited here.
    mutating func authorBody(_ author: EntityID, _ sentence: Sentence, _ first: Int, _ end: Int) -> Mention {
        if let name = store.name(of: author), let type = store.type(of: author) {
            store.add(Entity(id: author, type: type, names: Names(fr: name)), confidence: 0.7, rule: "org.author-body",
                      existing: false, evidence: evidence(sentence, first, end))
        }
        countInstitution(author)
        return Mention(kind: .institution, id: author, first: first, end: end)
    }
}
