import CoopModel

/// Executive programmes ("programme exécutif"): the signed work plan that carries out an
/// agreement over a period. They are read by the agreement reader (the lexicon's
/// `executive_programmes` words come with the reserved kind below) and proposed as programmes,
/// with their dates, their period in their name, and the agreement they implement; they have no
/// parties of their own.
extension DocumentExtraction {
    /// The kind the gazetteer gives the lexicon's executive-programme words; not an agreement kind
    /// of the schema, so no agreement is ever proposed with it.
    static let executiveProgrammeKind = "programme_executif"

    /// Whether the agreement mention at `position` is an executive programme.
    func isExecutiveProgramme(_ sentence: Sentence, _ position: Int) -> Bool {
        sentence.mentions[position].draft.map { sentence.agreements[$0].kind == Self.executiveProgrammeKind } ?? false
    }

    /// Proposes the executive programme at `position` (once the sentence's agreements are
    /// settled, so that the one it implements has its id) and turns its mention into a programme
    /// mention, so the programme rules link it (sectors, events, runners). `before` is the last
    /// agreement named before this sentence.
    mutating func settleExecutiveProgramme(_ sentence: inout Sentence, mention position: Int, dates: [DatedRole],
                                           before: (id: EntityID, line: Int)?)
    {
        let mention = sentence.mentions[position]
        guard let draftIndex = mention.draft else { return }
        let draft = sentence.agreements[draftIndex]
        // "les programmes exécutifs" with no date: programmes named elsewhere, or none in particular.
        if draft.plural && dates.isEmpty { return }
        // "Dans le cadre du programme exécutif précité": the one named before, not a new one.
        if dates.isEmpty, let (earlier, _) = lastExecutiveProgramme,
            sentence.key(mention.end, in: Self.aforesaid) || sentence.key(mention.first - 1, in: Self.pointingBack)
        {
            sentence.mentions[position].kind = .programme
            sentence.mentions[position].id = earlier
            sentence.mentions[position].anaphoric = true
            sentence.agreements[draftIndex].id = earlier
            return
        }
        let started = dates.first { $0.role == .started }?.date.year
        let until = dates.first { $0.role == .until }?.date.year
        // "programme exécutif de coopération culturelle couvrant la période 2022-2025" is named
        // "Programme exécutif de coopération culturelle 2022-2025".
        var name = Self.capitalisedFirst(draft.name)
        if let cut = name.range(of: " couvrant") { name = String(name[..<cut.lowerBound]) }
        var period = ""
        if let started, let until, until > started { period = "\(started)-\(until)" } else if let started { period = "\(started)" }
        if !period.isEmpty { name += " " + period }
        if let tail = draft.ofText { name += " " + tail }
        let main = dates.first { $0.role == .signed || $0.role == .adopted } ?? dates.first { $0.role == .planned }
        let parent = implementedAgreement(sentence, mention, before: before)
        // Undated by a period, a programme is told apart by its signature ("prog.dz.2023-02-01.programme-executif").
        var slug = memo.slug(name)
        if period.isEmpty, let main { slug = main.date.idText + "." + slug }
        let id = EntityID("prog." + (home?.rawValue.lowercased() ?? "org") + "." + slug)
        var entity = Entity(id: id, type: .programme, names: Names(fr: name), dates: dates)
        entity.properties["kind"] = .string("programme")
        let evidence = evidence(sentence, mention.first, mention.end)
        store.add(entity, confidence: main != nil || !period.isEmpty ? 0.8 : 0.6, rule: "programme.executive", existing: false,
                  evidence: evidence)
        for date in dates { store.addDate(date, to: id) }
        if let parent {
            store.add(Relation(type: .implements, from: id, to: parent), symmetric: false, confidence: 0.7,
                      rule: "programme.executive.implements", evidence: evidence)
        }
        // "Le Ministère … a signé avec son homologue jordanien … un programme exécutif": the
        // bodies that sign it carry it out (a country signing runs nothing itself).
        var signers = signingSubjects(sentence, before: mention)
        if signers.isEmpty { signers = signerWithPartnerBefore(sentence, mention) }
        for signer in signers where vocabulary.countryNames[signer] == nil {
            store.add(Relation(type: .runs, from: signer, to: id), symmetric: false, confidence: 0.5,
                      rule: "programme.executive.signers", evidence: evidence)
        }
        sentence.mentions[position].kind = .programme
        sentence.mentions[position].id = id
        sentence.agreements[draftIndex].id = id
        lastProgramme = (id, sentence.lineNumber)
        lastExecutiveProgramme = (id, sentence.lineNumber)
    }

    /// Words after a name saying it was named before ("précité").
    static let aforesaid: CueSet = ["precite", "precitee", "susmentionne", "susmentionnee", "susvise", "susvisee", "mentionne", "mentionnee"]
    static let pointingBack: CueSet = ["ce", "cet", "cette", "ledit", "ladite"]

    /// Little words between an executive programme and the agreement it belongs to ("du", "de l'").
    static let ofWords: CueSet = ["du", "de", "d", "'", "la", "l", "des"]

    /// The agreement an executive programme carries out:
    /// - the one its name ends with ("le programme exécutif du protocole": the last protocol
    ///   proposed in the document, of that kind or of its family);
    /// - else one named right after it ("… du mémorandum d'entente relatif à …"); a bare kind
    ///   word stands for the agreement named before this sentence when there is one;
    /// - else the last one named before it in the sentence ("le mémorandum … est mis en œuvre à
    ///   travers un programme exécutif", "Au titre du mémorandum …, un programme exécutif …"),
    ///   not one listed beside it ("un accord … et le programme exécutif …");
    /// - else, for a programme introduced as new ("un programme exécutif") or as the previous
    ///   agreement's ("son programme exécutif"), the agreement named before this sentence on
    ///   this line or the one before.
    private func implementedAgreement(_ sentence: Sentence, _ programme: Mention, before: (id: EntityID, line: Int)?) -> EntityID? {
        let recent = before.flatMap { $0.line >= sentence.lineNumber - 1 ? $0.id : nil }
        // "le programme exécutif du protocole": the protocol named before in the document.
        if let kind = programme.draft.flatMap({ sentence.agreements[$0].ofKind }) {
            return agreementsByKind[kind] ?? agreementsByKind[Self.kindFamily(kind)] ?? recent
        }
        if let next = sentence.mentions.first(where: { $0.first >= programme.end }), next.kind == .agreement, !next.id.rawValue.isEmpty,
            next.first > programme.end, (programme.end..<next.first).allSatisfy({ sentence.key($0, in: Self.ofWords) })
        {
            let bare = next.draft.map { !sentence.agreements[$0].qualified } ?? false
            return bare ? recent ?? next.id : next.id
        }
        let determiner = programme.first - 1
        if let previous = sentence.mentions.last(where: { $0.end <= programme.first && $0.kind == .agreement && !$0.id.rawValue.isEmpty }) {
            let listed = sentence.key(determiner - 1, in: Self.listJoiners) || sentence.key(determiner, in: Self.listJoiners)
            return listed ? nil : previous.id
        }
        // "Un programme exécutif …", "Son programme exécutif …": new, or the previous agreement's.
        guard sentence.key(determiner, in: Self.singularIndefinites) || sentence.key(determiner, in: Self.possessives) else { return nil }
        // "la commission mixte tient sa neuvième session ; un programme exécutif y est adopté":
        // the agreement the joint body of the sentence was set up by, or follows.
        // (Or of the sentence before on the line, cut at a semicolon.)
        for body in sentence.mentions where body.kind == .institution && body.end <= programme.first {
            if let agreement = jointBodyAgreements[body.id] { return agreement }
        }
        if previousSentenceNamed.line == sentence.lineNumber {
            for id in previousSentenceNamed.ids { if let agreement = jointBodyAgreements[id] { return agreement } }
        }
        return recent
    }

    static let listJoiners: CueSet = ["et", "ainsi"]
    static let singularIndefinites: CueSet = ["un", "une"]
}
