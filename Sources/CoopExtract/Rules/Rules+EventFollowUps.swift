import CoopModel

/// Who held an event, told in the clause after it: "Organisée par la SAFEX avec le concours
/// d'ALGEX, elle a réuni 170 exposants", "… s'est réunie à Nairobi ; elle était coprésidée par le
/// Ministère … et par le Ministère kényan …". The bodies after "par" (and after "avec le concours
/// de") took part in the event of this line or the line before.
extension DocumentExtraction {
    static let organisingParticiples: CueSet = [
        "organise", "organisee", "organises", "organisees", "coorganise", "coorganisee", "copreside", "copresidee", "presidee",
        "preside", "copresides", "copresidees",
    ]
    /// Auxiliaries between "celle-ci" and "organisée" ("était organisée", "a été organisée").
    private static let followUpAuxiliaries: CueSet = ["etait", "est", "a", "ete", "avait"]
    /// Words that may stand between the bodies after "par": articles, "et", commas, "avec le
    /// concours de", "côté algérien".
    private static let holderGlue: CueSet = [
        "par", "et", ",", "le", "la", "les", "l", "'", "avec", "concours", "de", "d", "du", "des", "cote", "respectivement",
    ]

    /// Walks the bodies after "par" from `start` ("par l'Instituto Cervantes et la FGEE"),
    /// over `holderGlue`, into `holders` (each once); returns where the walk stopped. With
    /// `countries`, countries count as holders and a country's adjective is passed over;
    /// without, any mention but a body ends the walk.
    static func collectHolders(_ sentence: Sentence, from start: Int, countries: Bool, into holders: inout [EntityID]) -> Int {
        var index = start
        while index < sentence.range.upperBound {
            if let mention = sentence.mentions.first(where: { $0.first == index }) {
                let holds = countries
                    ? (mention.kind == .institution || mention.kind == .country) && !mention.adjective
                    : mention.kind == .institution
                if holds && !mention.id.rawValue.isEmpty {
                    if !holders.contains(mention.id) { holders.append(mention.id) }
                } else if !(countries && mention.kind == .country && mention.adjective) {
                    break
                }
                index = mention.end
                continue
            }
            guard sentence.key(index, in: holderGlue) else { break }
            index += 1
        }
        return index
    }

    mutating func organisedLastEvent(_ sentence: Sentence) {
        guard let lastEvent, lastEvent.line >= sentence.lineNumber - 1, relationCues.has(.organising, in: sentence),
            let participle = openingParticiple(sentence), sentence.key(participle + 1, is: "par"),
            !sentence.mentions.contains(where: { $0.kind == .event && $0.first > participle })
        else { return }
        var holders: [EntityID] = []
        let end = Self.collectHolders(sentence, from: participle + 1, countries: true, into: &holders)
        let span = evidence(sentence, participle, end)
        for holder in holders {
            store.add(Relation(type: .tookPartIn, from: holder, to: lastEvent.id, properties: RoleProperties.participant, dates: lastEvent.dates),
                      symmetric: false, confidence: 0.55, rule: "event.held-by", evidence: span)
        }
    }

    /// The participle of "Organisée par …" opening the sentence, or of "elle (était | a été)
    /// coprésidée par …" opening it or the clause after a semicolon.
    private func openingParticiple(_ sentence: Sentence) -> Int? {
        let start = sentence.range.lowerBound
        if sentence.key(start, in: Self.organisingParticiples) { return start }
        for index in sentence.range where sentence.key(index, in: Self.subjectPronouns) && (index == start || sentence.key(index - 1, is: ";")) {
            var verb = index + 1
            if sentence.key(verb, is: "-") { verb += 2 }  // "celle-ci"
            while sentence.key(verb, in: Self.followUpAuxiliaries) { verb += 1 }
            if verb > index + 1, sentence.key(verb, in: Self.organisingParticiples) { return verb }
        }
        return nil
    }

    /// "… s'est tenue à Séoul ; la partie coréenne y était représentée par le Ministère …": the
    /// bodies that represent a side took part in the event of this line or the one before, when
    /// the sentence names no event of its own.
    mutating func representedAtLastEvent(_ sentence: Sentence) {
        guard let lastEvent, lastEvent.line >= sentence.lineNumber - 1, relationCues.has(.represented, in: sentence),
            !sentence.mentions.contains(where: { $0.kind == .event || $0.kind == .agreement }), !opensOnOrganisation(sentence)
        else { return }
        for mention in sentence.mentions where mention.kind == .institution && !mention.id.rawValue.isEmpty
            && isRepresentative(sentence, mention)
        {
            store.add(Relation(type: .tookPartIn, from: mention.id, to: lastEvent.id, properties: RoleProperties.participant, dates: lastEvent.dates),
                      symmetric: false, confidence: 0.6, rule: "event.represented", evidence: evidence(sentence, mention.first, mention.end))
        }
    }

    /// "Membre de l'Organisation internationale de police criminelle (INTERPOL) depuis 1963,
    /// l'Algérie y est représentée par …": "y" stands for the organisation the sentence opens
    /// on, not for the last event.
    private func opensOnOrganisation(_ sentence: Sentence) -> Bool {
        guard let first = sentence.mentions.first, first.kind == .institution, first.first <= sentence.range.lowerBound + 4 else { return false }
        return store.type(of: first.id) == .organisation || internationalBodies.contains(first.id)
    }

    /// "… un forum d'affaires … ; la CACI et la KCCI y ont signé un mémorandum", "l'Agence y a
    /// présenté les blocs …": the bodies or countries right before "y" and a verb took part in the
    /// event proposed last, on this line or the one before.
    mutating func presentAtLastEvent(_ sentence: Sentence) {
        guard let lastEvent, lastEvent.line >= sentence.lineNumber - 1, relationCues.has(.there, in: sentence),
            !sentence.mentions.contains(where: { $0.kind == .event }), !opensOnOrganisation(sentence)
        else { return }
        for (position, mention) in sentence.mentions.enumerated() where mention.kind == .institution || mention.kind == .country {
            guard sentence.key(mention.end, is: "y"), sentence.key(mention.end + 1, in: Self.auxiliaries), !mention.id.rawValue.isEmpty else { continue }
            for id in listBefore(sentence, position) where id != lastEvent.id {
                store.add(Relation(type: .tookPartIn, from: id, to: lastEvent.id, properties: RoleProperties.participant, dates: lastEvent.dates),
                          symmetric: false, confidence: 0.55, rule: "event.there", evidence: evidence(sentence, mention.first, mention.end + 2))
            }
        }
    }

    static let there: CueSet = ["y"]

    /// Whether `mention` follows "représentée par" (other bodies, articles, "et" and commas between).
    private func isRepresentative(_ sentence: Sentence, _ mention: Mention) -> Bool {
        var index = mention.first - 1
        while index > sentence.range.lowerBound {
            let key = sentence.key(index)
            if key == "par" { return sentence.key(index - 1, in: Self.representedWords) }
            if let other = sentence.mentions.last(where: { $0.kind == .institution && $0.end == index + 1 }) {
                index = other.first - 1
            } else if ClosedWords.isDefiniteArticle(key) || key == "'" || key == "et" || key == "," {
                index -= 1
            } else {
                return false
            }
        }
        return false
    }

    static let representedCues = CueSet(representedWords.keys)
}
