import CoopModel

/// Agreements concluded in the frame of another: "… d'un mémorandum d'entente signé à Moscou …
/// ; au titre de ce mémorandum, un contrat de fourniture … a été conclu", "la convention fiscale
/// …, en application de laquelle un arrangement administratif … a été signé".
extension DocumentExtraction {
    /// Proposes that each agreement introduced ("un", "une") after a frame phrase implements the
    /// agreement the phrase names: the one right after a phrase opening the sentence ("Au titre
    /// de ce mémorandum, …"), or the one before a relative phrase ("…, en application de
    /// laquelle …").
    mutating func buildFramedAgreements(_ sentence: Sentence) {
        guard let (frame, after) = agreementFrame(sentence) else { return }
        for agreement in sentence.mentions where agreement.kind == .agreement && agreement.first >= after
            && !agreement.id.rawValue.isEmpty && agreement.id != frame.id && sentence.key(agreement.first - 1, in: Self.indefinites)
        {
            store.add(Relation(type: .implements, from: agreement.id, to: frame.id), symmetric: false, confidence: 0.55,
                      rule: "agreement.frame", evidence: evidence(sentence, frame.first, agreement.end))
        }
    }

    /// The framing agreement of the sentence and where the words it frames start, or nil.
    private func agreementFrame(_ sentence: Sentence) -> (frame: Mention, after: Int)? {
        // Most sentences hold none of the phrases' nouns: turned away at once.
        guard relationCues.has(.frame, in: sentence) else { return nil }
        // "Au titre de ce mémorandum, …": the agreement right after a phrase opening the sentence.
        if let frame = openingFrame(sentence), frame.kind == .agreement { return (frame, frame.end) }
        // "…, en application de laquelle un arrangement …": the agreement before the relative.
        var index = sentence.range.lowerBound + 1
        while index + 3 < sentence.range.upperBound {
            defer { index += 1 }
            guard sentence.key(index + 1, in: Self.frameNouns) || sentence.key(index + 2, in: Self.frameNouns),
                let length = frameOpener(sentence, at: index)
            else { continue }
            let relative = index + length
            let pronoun = sentence.key(relative, in: Self.relativeFramePronouns) ? relative + 1
                : ClosedWords.isDe(sentence.key(relative)) && sentence.key(relative + 1, in: Self.relativeFramePronouns) ? relative + 2 : nil
            guard let pronoun, let frame = sentence.mentions.last(where: { $0.kind == .agreement && $0.end <= index }),
                !frame.id.rawValue.isEmpty
            else { continue }
            return (frame, pronoun)
        }
        return nil
    }

    private static let indefinites: CueSet = ["un", "une"]
    /// The nouns of the frame phrases ("dans le cadre", "au titre", "en application", "en exécution").
    static let frameNouns: CueSet = ["cadre", "titre", "application", "execution"]
    /// "duquel", "de laquelle", "desquels": the relative pronouns after a frame phrase.
    private static let relativeFramePronouns: CueSet = ["duquel", "laquelle", "lequel", "desquels", "desquelles", "auxquels"]
}
