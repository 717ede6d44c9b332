import CoopModel

/// `activities.yaml` compiled to token keys, for the activity rules (`Rules+Activities`).
///
/// A class: the rules read it once or more per sentence (`let words = vocabulary.activities`),
/// and copying a struct of sixteen arrays and sets retained and released each of them.
final class ActivityWords: Sendable {
    /// Nouns of action with their programme kind, longest first so "mise en place" wins over shorter forms.
    let nominals: [(keys: [String], kind: String)]
    /// First keys of the nominals, to reject a token with one look-up.
    let nominalStarts: Set<String>
    let cues: [[String]]
    /// Keys of the cues' verbs (not their little words), one of which a sentence must hold for the cue scan to run.
    /// (`CueSet`s: tested against every sentence, their hash filters are built once.)
    let cueGate: CueSet
    /// The cue verbs of "what an activity is about" (porte, concerne …), whose sentence names domains.
    let domainGate: CueSet
    let fillers: [[String]]
    let purposeSubjects: CueSet
    let purposeCues: [[String]]
    let stops: [[String]]
    /// The first keys of `stops`: a token that is none of them opens no stop.
    let stopStarts: CueSet
    let umbrellaNouns: CueSet
    let umbrellaVerbs: [[String]]
    /// Keys that end the adjectives after an umbrella noun: a verb of the umbrella or of a cue, an auxiliary.
    let verbStarts: Set<String>
    let runnerMarkers: Set<String>
    let monitorMarkers: Set<String>
    let frameMarkers: [[String]]
    /// The first words of `cues`, `purposeCues` and `umbrellaVerbs`, hashed once for
    /// `phraseEnd` (hashing them at each call cost about 1,500 instructions).
    let cueStarts: PhraseStarts
    let purposeCueStarts: PhraseStarts
    let umbrellaVerbStarts: PhraseStarts

    init(_ words: Lexicon.Activities) {
        func keys(_ form: String) -> [String] { Tokenizer.tokenize(form).tokens.filter { $0.kind != .hyphen }.map(\.key) }
        func phrases(_ forms: [String]) -> [[String]] { forms.map(keys).filter { !$0.isEmpty } }
        let nominals = words.nominals.map { (keys: keys($0.words), kind: $0.kind) }.filter { !$0.keys.isEmpty }.sorted { $0.keys.count > $1.keys.count }
        self.nominals = nominals
        nominalStarts = Set(nominals.compactMap(\.keys.first))
        let cues = phrases(words.cues)
        self.cues = cues
        // Little words are no gate: "à" of "à travers" would let nearly every sentence through.
        let little: Set<String> = ["a", "à", "au", "aux", "ont", "s", "'", "se", "sur", "en", "par", "est", "de", "du", "des", "la", "le", "les", "l"]
        let gate = CueSet(Set(cues.flatMap { $0 }.filter { !little.contains($0) }))
        cueGate = gate
        domainGate = CueSet(Set(cues.filter { $0.last == "sur" || $0.count == 1 && $0[0].hasPrefix("concern") }.flatMap { $0 }
            .filter { !little.contains($0) }))
        fillers = phrases(words.fillers)
        purposeSubjects = CueSet(Set(words.purposeSubjects.map(Folding.fold)))
        purposeCues = phrases(words.purposeCues)
        let stops = phrases(words.phraseStops)
        self.stops = stops
        stopStarts = CueSet(Set(stops.compactMap(\.first)))
        umbrellaNouns = CueSet(Set(words.umbrellaNouns.map(Folding.fold)))
        let verbs = phrases(words.umbrellaVerbs)
        umbrellaVerbs = verbs
        verbStarts = Set(verbs.compactMap(\.first) + cues.compactMap(\.first) + gate.keys)
            .union(["a", "est", "s", "se", "n", "ont", "sont", "constitue", "enregistre", "vise", "visent", "reste", "demeure"])
        runnerMarkers = Set(words.umbrellaRunnerMarkers.map(Folding.fold))
        monitorMarkers = Set(words.umbrellaMonitorMarkers.map(Folding.fold))
        frameMarkers = phrases(words.umbrellaFrameMarkers)
        cueStarts = PhraseStarts(cues)
        purposeCueStarts = PhraseStarts(purposeCues)
        umbrellaVerbStarts = PhraseStarts(verbs)
    }
}

/// What the activity rules remember across sentences of one document.
struct ActivityState {
    /// The document's umbrella cooperation programme, the line that last spoke of it, and the
    /// countries its name names ("algéro-tunisienne"; none for "technique bilatérale").
    var umbrella: (id: EntityID, line: Int, countries: Set<EntityID>)?
    /// The last activity proposed: its noun of action ("appui"), its sentence's subject noun
    /// ("actions", "efforts"), line and runners, for "Cet appui …", "Ces efforts …" in what follows.
    var last: (id: EntityID, nominal: String, subject: String, line: Int, runners: [EntityID])?
    /// The body whose cooperation the umbrella is ("la coopération du MICLAT"), when it was named so.
    var umbrellaOwner: EntityID?
    /// The programme whose domains the bullets being read list ("cette coopération porte sur :").
    var listOwner: EntityID?
    /// The last few activities (newest last), for a demonstrative naming any of them ("Cette mise à niveau …").
    var recent: [(id: EntityID, nominal: String, subject: String, line: Int, runners: [EntityID])] = []
}
