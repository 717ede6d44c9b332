import CoopModel

/// An agreement's identity within a document, to merge its repeated mentions: its kind and the
/// text of its main date, else its folded name. (It was the string "kind|text": building it
/// appended three strings, and allocated one, for every agreement mention. The lexicon's kinds
/// hold no "|", so the two parts tell the same agreements apart as the joined string did.)
struct AgreementKey: Hashable, Sendable {
    let kind: String
    let text: String
}

/// Agreements: a kind word (convention, accord, protocole d'accord, …) and the words that qualify it.
extension DocumentExtraction {
    static let agreementStops: Set<String> = [
        "entre", "par", "qui", "que", "dont", "dans", "avec", "a", "est", "sont", "ont", "ete", "prevoit", "prevoient",
        "constitue", "regit", "vise", "visent", "visant", "porte", "portent", "definit", "definissent", "permet",
        "permettent", "stipule", "fixe", "lie", "conclu", "afin", "lors", "pour", "selon", "ainsi", "qu",
    ]
    /// Words that may follow a kind word directly, before any preposition ("accord bilatéral sur …").
    static let agreementAdjectives: Set<String> = [
        "bilateral", "bilaterale", "bilateraux", "bilaterales", "general", "generale", "generaux", "annexe", "annexes", "cadre",
        "administratif", "administratifs", "administrative", "complementaire", "complementaires", "specifique", "sectoriel",
        "sectorielle", "intergouvernemental", "intergouvernementale", "multilateral", "multilaterale", "technique", "techniques",
        "commercial", "commerciale", "portant", "relatif", "relative", "relatifs", "relatives", "concernant", "additionnel",
        "additionnels", "additionnelle", "additionnelles",
        "signe", "signee", "mixte", "global", "globale", "tendant",
    ]
    /// Adjectives naming a field of cooperation, which a name may list ("économique, scientifique et technique").
    static let fieldAdjectives: CueSet = [
        "economique", "economiques", "commercial", "commerciale", "commerciaux", "commerciales", "scientifique", "scientifiques",
        "technique", "techniques", "technologique", "technologiques", "culturel", "culturelle", "culturels", "culturelles",
        "financier", "financiere", "financiers", "financieres", "industriel", "industrielle", "industriels", "industrielles",
        "social", "sociale", "sociaux", "sociales", "educatif", "educative", "sanitaire", "sanitaires", "agricole", "agricoles",
        "energetique", "energetiques", "militaire", "militaires", "judiciaire", "judiciaires", "touristique", "touristiques",
        "environnemental", "environnementale", "universitaire", "universitaires",
    ]
    /// Determiners before a plural agreement that point to agreements named elsewhere, or to all.
    static let referringDeterminers: CueSet = ["ces", "les", "leurs", "ses", "nos", "vos", "tous", "aux", "certains", "plusieurs", "autres", "differents"]
    static let prepositions: Set<String> = ["de", "du", "des", "d", "sur", "en", "à", "au", "aux", "pour", "concernant", "relatif", "relative", "portant"]
    static let bilateralWords: CueSet = ["bilateral", "bilaterale", "bilateraux", "bilaterales"]
    static let numberWords: [String: Int] = [
        "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
        "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "trente": 30,
    ]

    /// Reads an agreement named by kind word at `first`; its id is settled once its dates are known.
    mutating func agreement(_ sentence: inout Sentence, kind: String, first: Int, kindEnd: Int) -> Mention? {
        // "Ladite convention", "ledit accord": the agreement named last, on this line or the two
        // before; not a new one.
        if let (id, line) = lastAgreement, sentence.lineNumber - line <= 2, first > sentence.range.lowerBound,
            sentence.key(first - 1, in: Self.saidDeterminers)
        {
            return Mention(kind: .agreement, id: id, first: first - 1, end: kindEnd, anaphoric: true)
        }
        let tokens = sentence.tokens
        let upper = sentence.range.upperBound
        var index = kindEnd
        var lastContent = kindEnd
        var words = 0
        var afterPreposition = false
        var ofStart: (end: Int, kind: String)?
        // The word tests compare the key's length first (`Sentence.same`): a key of another
        // length than the word is told apart without a call into the standard library, about
        // eight tests for each word of each agreement's name.
        while index < upper, words < 12 {
            // The token's fields read in place: `let token = tokens[index]` copied it (a retain
            // and a release of its key) at each word.
            let tokenKind = sentence.kind(index)
            // "coopération économique, scientifique, technique et culturelle": a list of fields
            // after a comma goes on with the name.
            if tokenKind == .punct, sentence.key(index, is: ","), index > kindEnd, sentence.key(index - 1, in: Self.fieldAdjectives),
                sentence.key(index + 1, in: Self.fieldAdjectives)
            {
                index += 1
                continue
            }
            if tokenKind == .punct || tokenKind == .number { break }
            if tokenKind == .hyphen || tokenKind == .apostrophe { index += 1; continue }
            let key = sentence.key(index)
            // "protocole d'accord dans le domaine de l'habitat": the field is part of the name.
            if Sentence.same(key, "dans") && (sentence.key(index + 1, is: "le") && sentence.key(index + 2, is: "domaine")
                || sentence.key(index + 1, is: "les") && sentence.key(index + 2, is: "domaines"))
            {
                afterPreposition = true
                words += 3
                index += 3
                continue
            }
            // "convention d'entraide judiciaire en matière pénale", "protocole … en matière
            // d'intermédiation": after a preposition, the field is part of the name too.
            if Sentence.same(key, "en") && afterPreposition && sentence.key(index + 1, is: "matiere") {
                words += 2
                index += 2
                continue
            }
            // One probe for the word's classes: the sets below, without hashing it once per set.
            let classes = sentence.token(index) { vocabulary.wordClasses.classes(of: $0) }
            // "Convention pour la protection du milieu marin …": in a capitalised name, "pour"
            // before an article and a noun (not a period or a length) goes on with the name.
            let namesPurpose = Sentence.same(key, "pour") && tokens[first].capitalized && purposeFollows(sentence, index)
            // (Sets joined by `union`: an option-set literal built an array at each word.)
            if !classes.isDisjoint(with: WordClass.agreementStop.union(.role)) && !namesPurpose { break }
            // "un protocole … relatif à la formation professionnelle y a été signé": the adverbial
            // pronoun before a verb ends the name.
            if Sentence.same(key, "y") && sentence.key(index + 1, in: Self.auxiliaries) { break }
            // "onze accords et mémorandums d'entente …": two plural kinds joined are one group.
            if Sentence.same(key, "et"), index == kindEnd, tokens[first].key.hasSuffix("s"),
                let other = sentence.matches[index + 1]?.first(where: { $0.payload.isAgreement }),
                sentence.tokens[index + 1].key.hasSuffix("s")
            {
                words += other.end - index
                index = other.end
                afterPreposition = false
                continue
            }
            // "… et la convention …", "… et la France" end the name; "sur la promotion et la
            // protection réciproques des investissements" goes on with its subject.
            if Sentence.same(key, "en") || Sentence.same(key, "et") && (opensName(sentence, index + 1) || opensName(sentence, index + 2)
                || sentence.key(index + 1, in: Self.definiteArticles) && !(afterPreposition && continuesSubject(sentence, index + 2)))
            {
                break
            }
            if (Sentence.same(key, "de") || Sentence.same(key, "du") || Sentence.same(key, "d")) && startsDate(sentence, index + 1) { break }
            // "… de la Convention au plus tard le 30 juin 2025": a deadline, not the name.
            if Sentence.same(key, "au") && sentence.key(index + 1, is: "plus") && sentence.key(index + 2, is: "tard") { break }
            // "un protocole portant amendement de cette convention": a demonstrative names
            // another agreement, never a word of this one's name.
            if sentence.key(index, in: Self.demonstratives) { break }
            // "une convention de financement d'un montant de 1,5 million d'euros": an amount, a
            // length or a count after "d'un" is no part of the name.
            if Sentence.same(key, "d") && sentence.key(index + 1, is: "'") && sentence.key(index + 2, is: "un", or: "une") { break }
            let preposition = classes.contains(.preposition)
            if preposition { afterPreposition = true }
            let adjective = !classes.isDisjoint(with: WordClass.agreementAdjective.union(.qualifier))
            if !afterPreposition && !adjective && !preposition { break }
            if let found = sentence.matches[index], found.contains(where: {
                switch $0.payload {
                case .month, .agreement, .country, .countryPrefix, .demonym: return true
                default: return false
                }
            }) {
                // "le programme exécutif du protocole": the agreement an executive programme
                // carries out, named by its kind word, ends the programme's name.
                if kind == Self.executiveProgrammeKind, ofStart == nil, afterPreposition,
                    let inner = found.first(where: { $0.payload.isAgreement }), case .agreement(let innerKind) = inner.payload,
                    innerKind != Self.executiveProgrammeKind
                {
                    ofStart = (lastContent, innerKind)
                    lastContent = inner.end
                }
                break
            }
            if !classes.contains(.connector) { lastContent = index + 1 }
            words += 1
            index += 1
        }
        // "accords", and "protocoles d'accord" whose plural is on the first word.
        let plural = [tokens[first].key, tokens[kindEnd - 1].key].contains { $0.hasSuffix("s") && !$0.hasSuffix("ss") }
        let previous = sentence.key(first - 1)
        let count = Self.numberWords[previous] ?? (first > sentence.range.lowerBound && tokens[first - 1].kind == .number ? Int(previous) : nil)
        // "un mémorandum d'entente portant création …": a qualifier left without its object
        // (the role word stopped the name) is no part of the name.
        while lastContent > kindEnd, sentence.key(lastContent - 1, in: Self.danglingQualifiers) { lastContent -= 1 }
        var end = lastContent
        let name = sentence.line.text(tokens: first, (ofStart?.end ?? lastContent) - 1)
        let acronymSpan = acronymSpan(sentence, lastContent)
        let acronym = acronymSpan?.text
        if let acronymSpan { end = acronymSpan.end }
        var draft = AgreementDraft(
            kind: kind, name: name, plural: plural, count: count, acronym: acronym, id: nil, qualified: lastContent > kindEnd)
        if let ofStart {
            draft.ofKind = ofStart.kind
            draft.ofText = sentence.line.text(tokens: ofStart.end, lastContent - 1)
        }
        // "Convention pour la protection du milieu marin … (Convention de Barcelone)": a short
        // name in brackets, opening with a kind word, is the same agreement's.
        if acronym == nil, sentence.key(end, is: "("), sentence.range.contains(end + 1),
            sentence.matches[end + 1]?.contains(where: { $0.payload.isAgreement }) ?? false,
            let close = (end + 2..<min(sentence.range.upperBound, end + 10)).first(where: { sentence.key($0, is: ")") })
        {
            draft.alias = sentence.line.text(tokens: end + 1, close - 1)
            end = close + 1
        }
        sentence.agreements.append(draft)
        return Mention(kind: .agreement, id: "", first: first, end: end, draft: sentence.agreements.count - 1)
    }

    /// Words that qualify an agreement only with what follows them ("portant sur", "relatif à").
    static let danglingQualifiers: CueSet = ["portant", "relatif", "relative", "relatifs", "relatives", "concernant", "tendant", "visant"]

    /// Whether "pour" at `index` is followed by an article and a noun of purpose ("pour la
    /// protection"), not a period or a length ("pour la période", "pour une durée").
    private func purposeFollows(_ sentence: Sentence, _ index: Int) -> Bool {
        var noun = index + 1
        if sentence.key(noun, is: "la", or: "le", or: "les") { noun += 1 } else if sentence.key(noun, is: "l"), sentence.key(noun + 1, is: "'") { noun += 2 } else { return false }
        return sentence.range.contains(noun) && sentence.tokens[noun].kind == .word && !sentence.key(noun, in: Self.spanNouns)
    }

    static let spanNouns: CueSet = ["periode", "duree", "annee", "annees", "periodes", "mise"]

    /// "ladite", "ledit", "lesdits", "lesdites": the one named before.
    static let saidDeterminers: CueSet = ["ladite", "ledit", "lesdits", "lesdites"]

    /// Nouns of an unstated quantity before "de" ("un réseau de conventions bilatérales", "un
    /// ensemble d'accords sectoriels"): the agreements are not one group the text names.
    static let vagueQuantities: CueSet = ["reseau", "ensemble", "serie", "nombre", "multitude", "panoplie", "arsenal", "batterie"]

    func isVagueQuantity(_ sentence: Sentence, before first: Int) -> Bool {
        var index = first - 1
        if sentence.key(index, is: "'") { index -= 1 }
        guard ClosedWords.isDe(sentence.key(index)) else { return false }
        return sentence.key(index - 1, in: Self.vagueQuantities)
    }

    /// Whether token `index` (after "et" and an article) is a lower-case word that names no
    /// agreement, body, country, place or month: the agreement's subject goes on.
    private func continuesSubject(_ sentence: Sentence, _ index: Int) -> Bool {
        var cursor = index
        if sentence.key(cursor, is: "'") { cursor += 1 }
        guard sentence.range.contains(cursor), sentence.tokens[cursor].kind == .word, !sentence.tokens[cursor].capitalized else { return false }
        return !(sentence.matches[cursor]?.contains {
            switch $0.payload {
            case .agreement, .head, .country, .place, .month, .demonym: return true
            default: return false
            }
        } ?? false)
    }

    /// Whether a date starts at token `index` (a number or a month name).
    func startsDate(_ sentence: Sentence, _ index: Int) -> Bool {
        guard sentence.range.contains(index) else { return false }
        if sentence.tokens[index].kind == .number { return true }
        if sentence.key(index, is: "mois") { return true }
        return sentence.matches[index]?.contains { if case .month = $0.payload { return true } else { return false } } ?? false
    }

    /// Settles the agreement of mention `position`: the same kind and date (or name) in this
    /// document, a KB agreement of that kind and date, or a new id. Returns nil for a vague plural.
    mutating func settleAgreement(_ sentence: inout Sentence, mention position: Int, dates: [DatedRole]) -> EntityID? {
        let mention = sentence.mentions[position]
        guard let draftIndex = mention.draft else { return nil }
        let draft = sentence.agreements[draftIndex]
        // A plural is one group of agreements when dated, counted, or new and qualified ("des
        // accords bilatéraux visant …"); "ces accords", "les accords" refer to others or to none.
        if draft.plural && dates.isEmpty && draft.count == nil
            && (!draft.qualified || sentence.key(mention.first - 1, in: Self.referringDeterminers) || isVagueQuantity(sentence, before: mention.first))
        {
            return nil
        }
        // "Au titre du mémorandum conclu avec l'IGN, …": a kind word alone after a definite
        // article, with no date, names again the agreement of that kind proposed before; after a
        // demonstrative ("au titre de ce mémorandum", "un protocole portant amendement de cette
        // convention"), whatever the sentence dates.
        // ("fournie au titre du mémorandum précité depuis mars 2024": "précité" points back too.)
        let demonstrative = sentence.key(mention.first - 1, in: Self.demonstratives) || sentence.key(mention.end, in: Self.aforesaid)
        // "Partie à la Convention depuis 1996", "l'application de la Convention … au plus tard le
        // 30 juin 2025": a capitalised kind word alone names the agreement of that kind named
        // before, whatever the sentence dates, unless a word says one is a signature or an adoption.
        let capitalisedAlone = mention.end - mention.first == 1 && sentence.tokens[mention.first].capitalized
            && !sentence.dates.contains { $0.role == .signed || $0.role == .adopted }
            // ("la Convention du 5 octobre 1961 supprimant …" is named by its date.)
            && !(sentence.key(mention.end, is: "du", or: "de", or: "d") && startsDate(sentence, mention.end + 1))
        if dates.isEmpty || demonstrative || capitalisedAlone || isYearOfEarlier(dates, kind: draft.kind) || isDayOfEarlier(sentence, after: mention, kind: draft.kind),
            !draft.plural, !draft.qualified, draft.acronym == nil,
            let earlier = agreementsByKind[draft.kind] ?? agreementsByKind[Self.kindFamily(draft.kind)],
            demonstrative || sentence.key(mention.first - 1, in: Self.contractedDefinites)
                || sentence.key(mention.first - 1, is: "'") && sentence.key(mention.first - 2, is: "l")
        {
            sentence.mentions[position].id = earlier
            sentence.mentions[position].anaphoric = true
            let determiner = sentence.key(mention.first - 1, is: "'") ? mention.first - 2 : mention.first - 1
            sentence.mentions[position].complement = sentence.key(mention.first - 1, in: Self.contractedPrepositions)
                || sentence.key(determiner - 1, in: Self.complementPrepositions)
            sentence.agreements[draftIndex].id = earlier
            return earlier
        }
        // "Mémorandum d'entente DNSR–DGT (Madrid, 12 avril 2018)" in a row of instruments, after
        // "le mémorandum d'entente conclu entre la DNSR et la DGT" without a date: the same
        // agreement, dated at last.
        if !dates.isEmpty, !draft.plural, let earlier = agreementsByKind[draft.kind], earlier.rawValue.hasPrefix("agr.nd."),
            let earlierName = store.name(of: earlier), Self.namesAgain(memo.fold(draft.name), memo.fold(earlierName)),
            namesDashedPair(sentence, mention)
        {
            store.add(Entity(id: earlier, type: .agreement, names: Names(fr: earlierName), dates: dates), confidence: 0.85,
                      rule: "agreement.dated", existing: false, evidence: evidence(sentence, mention.first, mention.end))
            for date in dates { store.addDate(date, to: earlier) }
            sentence.mentions[position].id = earlier
            sentence.agreements[draftIndex].id = earlier
            return earlier
        }
        var dates = dates
        // "signé à Alger le 14 mars 1994, entré en vigueur dès sa signature": in force that day.
        if let signed = dates.first(where: { $0.role == .signed }), !dates.contains(where: { $0.role == .inForce }),
            inForceAtSignature(sentence, after: mention.end)
        {
            dates.append(DatedRole(.inForce, signed.date))
        }
        // ("Partie depuis 1974 à la Convention …, adoptée … en 1972": the adoption, not the party's start.)
        let main = dates.first { $0.role == .signed } ?? dates.first { $0.role == .adopted } ?? dates.first
        // Written once: both the identity key and a new id name the date.
        let mainText = main.map { $0.date.idText }
        let identity = AgreementKey(kind: draft.kind, text: mainText ?? memo.fold(draft.name))
        let evidence = evidence(sentence, mention.first, mention.end)
        var existing = false
        var id = agreementKeys[identity]
        // (Noted below only when new: writing the same id back hashed the key again.)
        let noted = id != nil
        if id == nil, let knowledge = vocabulary.knowledge {
            let byName = firstKnown([draft.name] + (draft.acronym.map { [$0] } ?? [])) { $0.type == .agreement }
            if let found = byName.map({ knowledge.entity(at: $0).id }) ?? main.flatMap({ vocabulary.knownAgreements.first(kind: draft.kind, date: $0) }) {
                id = found
                existing = true
            }
        }
        let resolved = id ?? EntityID(
            "agr." + (mainText ?? "nd") + "." + memo.slug(draft.name + (draft.acronym.map { " " + $0 } ?? "")))
        if !noted { agreementKeys[identity] = resolved }
        var entity = Entity(id: resolved, type: .agreement, names: Names(fr: memo.capitalisedFirst(draft.name)),
                            acronyms: draft.acronym.map { [$0] } ?? [], dates: dates)
        if let alias = draft.alias { entity.aliases = [alias] }
        let bilateral = sentence.contains(anyOf: Self.bilateralWords)
        if let count = draft.count, count > 1 {
            entity.properties["kind"] = .string(draft.kind)
            entity.properties["count"] = .int(count)
            if bilateral { entity.properties["scope"] = .string("bilateral") }
        } else {
            // (The same dictionary for each agreement of a kind and scope: see `RelationMemos`.)
            entity.properties = relationMemos.agreementProperties(kind: draft.kind, bilateral: bilateral)
        }
        if existing, let known = vocabulary.knowledge?.entity(resolved) {
            entity.names = known.names
            entity.properties = [:]
        }
        store.add(entity, confidence: existing ? 0.9 : main != nil ? 0.85 : 0.65,
                  rule: main != nil ? "agreement.dated" : "agreement.kind", existing: existing, evidence: evidence)
        for date in dates { store.addDate(date, to: resolved) }
        sentence.mentions[position].id = resolved
        sentence.agreements[draftIndex].id = resolved
        if !relationMemos.isNotedLast(resolved, kind: draft.kind) {
            agreementsByKind[draft.kind] = resolved
            agreementsByKind[Self.kindFamily(draft.kind)] = resolved
        }
        return resolved
    }

    /// "en application du mémorandum de 2021": a year alone, the year of the agreement of that
    /// kind proposed last, names it again.
    private func isYearOfEarlier(_ dates: [DatedRole], kind: String) -> Bool {
        guard dates.count == 1, dates[0].date.month == nil,
            let earlier = agreementsByKind[kind] ?? agreementsByKind[Self.kindFamily(kind)], let known = store.entities[earlier]?.entity
        else { return false }
        return known.dates.contains { $0.date.year == dates[0].date.year && $0.date.month != nil }
    }

    /// "En application du mémorandum du 16 juin, …": a day and a month with no year right after
    /// the kind word, the day the agreement of that kind proposed last was signed, name it again
    /// (whatever else the sentence dates).
    private func isDayOfEarlier(_ sentence: Sentence, after mention: Mention, kind: String) -> Bool {
        let day = mention.end + 1
        guard sentence.key(mention.end, is: "du"), sentence.range.contains(day + 1), sentence.tokens[day].kind == .number,
            let month = sentence.matches[day + 1]?.lazy.compactMap({ if case .month(let month) = $0.payload { month } else { nil } }).first,
            !(day + 2 < sentence.range.upperBound && sentence.tokens[day + 2].kind == .number),
            let earlier = agreementsByKind[kind] ?? agreementsByKind[Self.kindFamily(kind)], let known = store.entities[earlier]?.entity
        else { return false }
        let dayNumber = Int(sentence.key(day))
        return known.dates.contains { $0.date.month == month && $0.date.day == dayNumber }
    }

    /// The family of an agreement kind, its first word: "du protocole" may name again a
    /// protocole d'accord (`protocole_accord` → `protocole`).
    static func kindFamily(_ kind: String) -> String {
        // A kind of ASCII (the lexicon's) is searched by bytes, each byte a character (a
        // carriage return and a line feed are one, but neither is "_"): finding the character
        // walked the kind by characters, about 1,600 instructions a call, twice an agreement.
        let utf8 = kind.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return plainKindFamily(kind) }
        return utf8.firstIndex(of: 0x5F).map { String(kind[..<$0]) } ?? kind
    }

    /// `kindFamily` by characters, for any kind.
    static func plainKindFamily(_ kind: String) -> String {
        kind.firstIndex(of: "_").map { String(kind[..<$0]) } ?? kind
    }

    /// Definite articles before a kind word ("le", "la", "du", "au"; "l'" is two tokens).
    static let contractedDefinites: CueSet = ["le", "la", "du", "au"]
    static let contractedPrepositions: CueSet = ["du", "au"]
    static let complementPrepositions: CueSet = ["de", "d", "à", "par", "sur", "avec", "selon", "titre", "cadre", "application"]

    static let inForceWord: CueSet = ["vigueur"]

    /// Whether "en vigueur dès sa signature" (or "à la date de sa signature", "le jour de sa
    /// signature") follows token `start` in the sentence.
    func inForceAtSignature(_ sentence: Sentence, after start: Int) -> Bool {
        guard start < sentence.range.upperBound, sentence.contains(anyOf: Self.inForceWord) else { return false }
        for index in start..<sentence.range.upperBound where sentence.key(index, is: "vigueur") {
            var cursor = index + 1
            switch sentence.key(cursor) {
            case "des": cursor += 1
            case "a" where sentence.key(cursor + 1, is: "la") && sentence.key(cursor + 2, is: "date"),
                "à" where sentence.key(cursor + 1, is: "la") && sentence.key(cursor + 2, is: "date"):
                cursor += 4
            case "le" where sentence.key(cursor + 1, is: "jour"): cursor += 3
            default: continue
            }
            if sentence.key(cursor, is: "sa", or: "la") && sentence.key(cursor + 1, is: "signature") { return true }
        }
        return false
    }

    /// The text with its first letter in upper case.
    static func capitalisedFirst(_ text: String) -> String {
        // The usual case, byte by byte: a first character of one ASCII byte (the next byte ASCII
        // too, so no combining mark belongs to it), upper-cased only when it is a-z.
        let bytes = text.utf8
        if let byte = bytes.first, byte < 0x80, bytes.dropFirst().first.map({ $0 < 0x80 }) ?? true {
            guard byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") else { return text }
            // The capital, then the rest of the text appended as text: writing the bytes into a
            // new string had them checked as UTF-8 again, byte by byte.
            var capitalised = String(Unicode.Scalar(byte - 0x20))
            capitalised.append(contentsOf: text[bytes.index(after: bytes.startIndex)...])
            return capitalised
        }
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
