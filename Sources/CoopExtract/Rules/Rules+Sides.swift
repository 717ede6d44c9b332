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

    /// Adjectives of a region that an international organisation's head may carry ("le Centre arabe").
    static let regionalAdjectives: CueSet = [
        "arabe", "africain", "africaine", "international", "internationale", "islamique", "maghrebin", "maghrebine",
        "mediterraneen", "mediterraneenne", "europeen", "europeenne", "regional", "regionale", "mondial", "mondiale",
    ]

    /// The letterhead's body named by its head word alone, cited here.
    mutating func authorBody(_ author: EntityID, _ sentence: Sentence, _ first: Int, _ end: Int) -> Mention {
        namedAgain(author, sentence, first, end, rule: "org.author-body")
    }

    /// A body named before, named again by tokens `first..<end` (its head word, "ce Fonds"), cited here.
    mutating func namedAgain(_ id: EntityID, _ sentence: Sentence, _ first: Int, _ end: Int, rule: String = "org.head-again") -> Mention {
        if let name = store.name(of: id), let type = store.type(of: id) {
            store.add(Entity(id: id, type: type, names: Names(fr: name)), confidence: 0.7, rule: rule,
                      existing: false, evidence: evidence(sentence, first, end))
        }
        countInstitution(id)
        return Mention(kind: .institution, id: id, first: first, end: end)
    }

    /// Notes a new or resolved body for `earlierBodyOfHead`: an international organisation, or
    /// the last home body whose name opens with a head ("Centre national …").
    mutating func noteBodyOfHead(_ id: EntityID, type: NodeType, _ sentence: Sentence, _ nameTokens: Range<Int>) {
        if type == .organisation {
            internationalBodies.insert(id)
            return
        }
        guard let home, !nameTokens.isEmpty, id.rawValue.hasPrefix(home.rawValue.lowercased() + "."),
            sentence.matches[nameTokens.lowerBound]?.contains(where: { if case .head = $0.payload { true } else { false } }) == true
        else { return }
        homeBodyByHead[sentence.key(nameTokens.lowerBound)] = id
    }

    /// "conclu … entre l'Office et Irritec", "l'Algérie a conclu avec ce Fonds", "entre le Ministère
    /// et ce Centre arabe": a capitalised head after a definite or demonstrative determiner names
    /// the body of that head named last in the document, when the letterhead has none of that
    /// head: alone, or (after a demonstrative) with words the earlier name begins with.
    mutating func earlierBodyOfHead(_ sentence: Sentence, first: Int, headStart: Int, headEnd: Int, lastContent: Int) -> EntityID? {
        guard sentence.tokens[headStart].capitalized, definiteBefore(sentence, first),
            let earlier = namedByHead[sentence.key(headStart)], earlier.kind == .institution, !earlier.id.rawValue.isEmpty
        else { return nil }
        if lastContent == headEnd {
            // "le Centre et l'INAH ont signé …" after the home "Centre national …" and the
            // "ICCROM (Centre international …)": a ministry's note names its own body so, not the
            // international organisation it also mentions.
            if let own = homeBodyByHead[sentence.key(headStart)], own != earlier.id, internationalBodies.contains(earlier.id) {
                return own
            }
            return earlier.id
        }
        // "le Centre arabe", "l'Institut argentin": the head and one adjective that suits that
        // body, its country's demonym or a regional word for an international organisation.
        if lastContent == headEnd + 1 {
            if let country = demonymCountry(sentence, headEnd) {
                if earlier.id.rawValue.hasPrefix(country.rawValue.lowercased() + ".") { return earlier.id }
            } else if sentence.key(headEnd, in: Self.regionalAdjectives), store.type(of: earlier.id) == .organisation {
                return earlier.id
            }
        }
        guard sentence.key(headStart - 1, in: Self.demonstratives), let name = store.name(of: earlier.id) else { return nil }
        let written = memo.fold(sentence.line.text(tokens: headStart, lastContent - 1))
        let folded = memo.fold(name)
        return folded.hasPrefix(written) && (folded.count == written.count || folded.dropFirst(written.count).first == " ") ? earlier.id : nil
    }

    /// "une mission de l'institut tunisien consacrée à …": a lower-case head after a definite
    /// article, with a demonym right after it, names the body of that country and head proposed
    /// before in the document (`bodyByHeadAndCountry`); nil when there is none.
    func earlierBodyOfHeadAndDemonym(_ sentence: Sentence, headStart: Int, headEnd: Int) -> EntityID? {
        guard definiteBefore(sentence, headStart), let country = demonymCountry(sentence, headEnd) else { return nil }
        return bodyByHeadAndCountry[Self.headCountryKey(sentence.key(headStart), country.rawValue)]
    }

    /// The key of `bodyByHeadAndCountry`: a head word's key and a country's code.
    static func headCountryKey(_ head: String, _ code: String) -> String { head + "|" + code.uppercased() }
}
