import CoopModel

/// Subject pronouns opening a sentence, and what they stand for.
extension DocumentExtraction {
    /// Pronouns opening a sentence that stand for something of the sentence before: "Elle", "Il"
    /// for its subject, "Celle-ci", "Celui-ci" for what it named last (`pronounReferent`).
    static let subjectPronouns: CueSet = ["elle", "il", "celle", "celui"]
    /// Nouns after "cet", "cette" that stand for a body named before ("Cet organisme", "Cette institution").
    static let bodyNouns: Set<String> = [
        "organisme", "institution", "etablissement", "organisation", "agence", "office", "entreprise", "societe", "structure",
        "operateur", "groupe", "compagnie", "institut", "ecole", "universite", "banque",
    ]
    /// "Il convient de …", "Il s'agit …", "Il est à noter …": an "il" that stands for nothing.
    static let impersonalAfterIl: CueSet = ["convient", "faut", "s", "est", "y", "importe", "reste", "semble", "apparait"]

    /// What a pronoun opening `sentence` stands for: the subject of the sentence before for
    /// "Elle", "Il" (not an impersonal "Il convient …"), what it named last for "Celle-ci",
    /// "Celui-ci", "Ce dernier", "Cette dernière"; nil when the sentence opens with none.
    /// (Inlined, the state handed to a static reading: called from a mutating rule, a call
    /// of an instance method copied the whole extraction, once per sentence.)
    @inline(__always)
    func pronounReferent(_ sentence: Sentence) -> EntityID? {
        Self.pronounReferent(sentence, previousSubject: previousSubject, previousLastNamed: previousLastNamed,
                             previousSentenceNamed: previousSentenceNamed, vocabulary: vocabulary)
    }

    /// `pronounReferent(_:)` from the state it reads.
    static func pronounReferent(
        _ sentence: Sentence, previousSubject: EntityID?, previousLastNamed: EntityID?,
        previousSentenceNamed: (line: Int, ids: [EntityID]), vocabulary: Vocabulary
    ) -> EntityID? {
        let start = sentence.range.lowerBound
        // (No word below is longer than five bytes: a longer key is none of them, told without
        // the switch's string comparisons.)
        guard sentence.key(start).utf8.count <= 5 else { return nil }
        switch sentence.key(start) {
        case "elle": return previousSubject
        case "il": return sentence.key(start + 1, in: impersonalAfterIl) ? nil : previousSubject
        case "celle", "celui": return sentence.key(start + 1, is: "-") && sentence.key(start + 2, is: "ci") ? previousLastNamed : nil
        case "ce", "cet", "cette":
            let next = sentence.key(start + 1)
            if next == "dernier" || next == "derniere" { return previousLastNamed }
            // "Cet organisme, dont le siège est à …, a organisé …": the last body the sentence before named.
            guard bodyNouns.contains(next), sentence.lineNumber - previousSentenceNamed.line <= 1 else { return nil }
            return previousSentenceNamed.ids.last { vocabulary.countryNames[$0] == nil }
        // "Huawei et ZTE fournissent … . Le premier a conclu …": the first or the second of the
        // bodies or countries the sentence before named (two of them, on this line or the one before).
        case "le", "la":
            let named = previousSentenceNamed.ids
            guard named.count == 2, sentence.lineNumber - previousSentenceNamed.line <= 1 else { return nil }
            switch sentence.key(start + 1) {
            case "premier", "premiere": return named[0]
            case "second", "seconde": return named[1]
            default: return nil
            }
        default: return nil
        }
    }

    /// Whether `key` is "ce", "cet", "cette", "le" or "la", compared length first: asked once per
    /// sentence, the plain `==` tests called into the standard library five times for most
    /// opening words.
    static func opensTwoWordReferent(_ key: String) -> Bool {
        switch key.utf8.count {
        case 2: return key == "ce" || key == "le" || key == "la"
        case 3: return key == "cet"
        case 5: return key == "cette"
        default: return false
        }
    }

    /// "Elle assure à ce titre la formation …", "Il a ouvert un bureau à Alger", "Ce dernier
    /// accueille …": "Il", "Elle" (the subject of the sentence before) or "Ce dernier", "Cette
    /// dernière" (the last body or country named) opening a sentence or a clause after ";", before
    /// a verb, is read as a mention of what `pronounReferent` says, so that every rule sees the
    /// subject. "Il convient …" and other impersonal forms are not.
    /// (Inlined: called from a mutating rule, a call copied the whole reading into a temporary.)
    @inline(__always)
    func pronounSubject(_ sentence: Sentence) -> Mention? {
        let start = sentence.range.lowerBound
        let key = sentence.key(start)
        // "Ce dernier", "Cette dernière", "Le premier": two tokens, for a body or country named before.
        let width = Self.opensTwoWordReferent(key) ? 2 : 1
        guard Sentence.same(key, "elle") || Sentence.same(key, "il") || width == 2, sentence.range.count > width + 2,
            let referent = pronounReferent(sentence),
            sentence.mentions.first.map({ $0.first >= start + width }) ?? true, sentence.tokens[start + width].kind == .word
        else { return nil }
        let kind: Mention.Kind = vocabulary.countryNames[referent] != nil ? .country : .institution
        return Mention(kind: kind, id: referent, first: start, end: start + width)
    }
}
