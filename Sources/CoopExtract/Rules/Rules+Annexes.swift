import CoopModel

/// Agreements that belong to another: an annex ("protocole annexe", "arrangements …
/// complémentaires"), an amendment ("modifiée par un avenant", "portant amendement de cette
/// convention"), an agreement opening a sentence after a possessive ("Son arrangement
/// administratif …"). Each is part of the other. Read by `buildLinks`.
extension DocumentExtraction {
    /// Words that make an agreement an annex of another ("protocole annexe", "arrangements … complémentaires").
    static let annexWords: CueSet = [
        "annexe", "annexes", "additionnel", "additionnelle", "additionnels", "additionnelles", "complementaire", "complementaires",
    ]

    /// "la convention générale de 1980, du protocole annexe … et des arrangements … complémentaires":
    /// each annex agreement is part of the main agreement named before it in the sentence.
    mutating func buildAnnexes(_ sentence: Sentence) {
        buildPossessiveAnnex(sentence)
        buildAmendments(sentence)
        var main: Mention?
        for mention in sentence.mentions where mention.kind == .agreement && !mention.id.rawValue.isEmpty {
            // By each token's hash and key (the mention's tokens are the sentence's).
            let annex = (mention.first..<mention.end).contains { Self.annexWords.contains(sentence.tokens[$0]) }
            if !annex {
                main = mention
            } else if let main, main.id != mention.id {
                store.add(Relation(type: .partOf, from: mention.id, to: main.id), symmetric: false, confidence: 0.6,
                          rule: "agreement.annex", evidence: evidence(sentence, main.first, mention.end))
            }
        }
    }

    /// "un protocole portant amendement de cette convention", "la convention … a été modifiée
    /// par un avenant": an agreement that amends another becomes part of it (no relation type
    /// says "amends"). Only small words may stand between the amending word and the second
    /// agreement. ("Complétée par une convention d'extradition" adds an agreement; it amends none.)
    private mutating func buildAmendments(_ sentence: Sentence) {
        guard relationCues.has(.amending, in: sentence) else { return }
        let agreements = sentence.mentions.filter { $0.kind == .agreement && !$0.id.rawValue.isEmpty }
        for (first, second) in zip(agreements, agreements.dropFirst()) where first.id != second.id && second.first - first.end <= 12 {
            // From the amending word on, only small words up to the second agreement; before it,
            // the first one's qualifiers ("… algéro-française de sécurité sociale a été modifiée").
            // ("Protocole portant amendement" may hold the word in its name.)
            guard let word = (max(first.first + 1, first.end - 2)..<second.first).first(where: { sentence.key($0, in: Self.amendingWords) }),
                (word..<second.first).allSatisfy({ sentence.key($0, in: Self.amendingWords) || sentence.key($0, in: Self.amendmentLinks) })
            else { continue }
            // "A portant amendement de B" amends B; "B a été modifiée par A" is amended by A.
            let amended = (word..<second.first).contains { sentence.key($0, is: "par") } ? first : second
            let amending = amended.id == first.id ? second : first
            store.add(Relation(type: .partOf, from: amending.id, to: amended.id), symmetric: false, confidence: 0.5,
                      rule: "agreement.amendment", evidence: evidence(sentence, first.first, second.end))
        }
    }

    /// Words that say one agreement amends another.
    static let amendingWords: CueSet = [
        "amendement", "amendant", "modifiant", "modification", "modifie", "modifiee", "modifies", "modifiees", "amende", "amendee",
        "amendes", "amendees",
    ]
    /// Small words around them ("portant amendement de la", "a été modifiée par un").
    private static let amendmentLinks: CueSet = [
        "portant", "de", "du", "des", "d", "'", "la", "le", "l", "les", "cette", "ce", "cet", "a", "ete", "est", "par", "un", "une", ",",
    ]

    /// "La convention … signée en 1968 … . Son arrangement administratif a été révisé en 2019":
    /// an agreement opening a sentence after a possessive (son, sa, ses, leur…) is part of the
    /// agreement named last on the line before.
    private mutating func buildPossessiveAnnex(_ sentence: Sentence) {
        let start = sentence.range.lowerBound
        guard sentence.key(start, in: Self.possessives),
            let mention = sentence.mentions.first, mention.kind == .agreement, mention.first == start + 1, !mention.id.rawValue.isEmpty,
            let main = recentAgreements.last(where: { $0.id != mention.id && $0.line == sentence.lineNumber - 1 })
        else { return }
        store.add(Relation(type: .partOf, from: mention.id, to: main.id), symmetric: false, confidence: 0.5,
                  rule: "agreement.annex.possessive", evidence: evidence(sentence, start, mention.end))
    }
}
