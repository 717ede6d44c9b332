import CoopModel

/// Who runs or funds a programme: "un projet …, initié par l'Algérie et la France", "financé par
/// un don du FADES", "Coordonné par l'ICARDA, il associe le CRSTRA …". (Called from `buildLinks`
/// and `buildSettledRelations`; the phrases are the lexicon's `runner_markers` and
/// `funder_markers`.)
extension DocumentExtraction {
    /// "un projet …, initié par l'Algérie et la France": each runs the programme named last before the phrase.
    mutating func buildRunners(_ sentence: Sentence) {
        var start = sentence.range.lowerBound
        while let marker = firstPhrase(sentence, vocabulary.runnerPhrases, vocabulary.runnerStarts, from: start) {
            let phrase = vocabulary.runnerPhrases.first { phrase in
                marker + phrase.count <= sentence.range.upperBound && phrase.indices.allSatisfy { sentence.tokens[marker + $0].key == phrase[$0] }
            }
            let length = phrase?.count ?? 1
            start = marker + length
            guard let programme = sentence.mentions.last(where: { $0.kind == .programme && $0.end <= marker && !$0.id.rawValue.isEmpty })
            else { continue }
            let funds = phrase.map(vocabulary.funderPhrases.contains) ?? false
            let runners = joinedMentions(sentence, from: funds ? Self.afterFundingNoun(sentence, marker + length) : marker + length) {
                $0.kind == .country || $0.kind == .institution
            }
            for runner in runners where !runner.id.rawValue.isEmpty && !runner.adjective {
                // "financé par l'Union européenne": a foreign funder supports what others run;
                // "financé par l'Algérie": the home country's own programme.
                let supports = funds && runner.id != home
                store.add(Relation(type: supports ? .supports : .runs, from: runner.id, to: programme.id), symmetric: false, confidence: 0.6,
                          rule: supports ? "programme.funder" : "programme.runner", evidence: evidence(sentence, programme.first, runner.end))
            }
        }
    }

    /// "Coordonné par l'ICARDA, il associe le CRSTRA, l'INRAA et le NARC": a sentence opening
    /// with a participle of running and its agents, then "il" or "elle" for the programme named
    /// last (on this line or the one before): the agents run it, and so do the bodies it
    /// "associe", "réunit" or "regroupe".
    mutating func frontedRunners(_ sentence: Sentence) {
        let start = sentence.range.lowerBound
        guard sentence.key(start, in: Self.runningParticiples), sentence.key(start + 1, is: "par"),
            let programme = lastProgramme, programme.line >= sentence.lineNumber - 1
        else { return }
        let agents = joinedMentions(sentence, from: start + 2) { $0.kind == .country || $0.kind == .institution }
        guard let last = agents.last, sentence.key(last.end, is: ","), sentence.key(last.end + 1, is: "il", or: "elle") else { return }
        var runners = agents
        if sentence.key(last.end + 2, in: Self.associatingVerbs) {
            runners += joinedMentions(sentence, from: last.end + 3) { $0.kind == .country || $0.kind == .institution }
        }
        for runner in runners where !runner.id.rawValue.isEmpty && !runner.adjective && runner.id != programme.id {
            store.add(Relation(type: .runs, from: runner.id, to: programme.id), symmetric: false, confidence: 0.55,
                      rule: "programme.fronted-runner", evidence: evidence(sentence, runner.first, runner.end))
        }
    }

    static let runningParticiples: CueSet = [
        "coordonne", "coordonnee", "pilote", "pilotee", "conduit", "conduite", "dirige", "dirigee", "execute", "executee", "porte", "portee",
    ]
    static let associatingVerbs: CueSet = ["associe", "reunit", "regroupe", "implique", "mobilise", "associait", "reunissait", "regroupait"]

    /// "financé par un don du Fonds arabe …", "… par une subvention de l'Union européenne": past
    /// the noun of the money, at the funder's article (`index` itself when no such noun is there).
    static func afterFundingNoun(_ sentence: Sentence, _ index: Int) -> Int {
        guard sentence.key(index, is: "un", or: "une"), sentence.key(index + 1, in: Self.fundingNouns) else { return index }
        var next = index + 2
        if ClosedWords.isOf(sentence.key(next)) { next += 1 } else { return index }
        if sentence.key(next, is: "'") { next += 1 }
        return next
    }

    /// Nouns of money given ("un don du …").
    static let fundingNouns: CueSet = ["don", "pret", "financement", "subvention", "contribution", "credit", "concours", "appui"]
}
