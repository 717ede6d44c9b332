import CoopModel

/// Who signed an agreement when no "entre" names its parties: the bodies joined before a signing
/// verb, a signer and its partner after "avec", a country after a party marker. Read by
/// `buildAgreementRelations`.
extension DocumentExtraction {
    /// "La Société … (SONATEL) et l'Agence … ont conclu un mémorandum": the two bodies or
    /// countries joined by "et" right before a signing verb and the agreement (articles between),
    /// with those listed before them ("le Ministre …, le Ministre … et le Ministre … ont signé").
    func signingSubjects(_ sentence: Sentence, before agreement: Mention) -> [EntityID] {
        // Towns sign only what binds them ("sont liées par un accord de jumelage"); otherwise a
        // town before the agreement is where it was signed.
        let binds = (sentence.range.lowerBound..<agreement.first).contains { sentence.key($0, is: "lies") || sentence.key($0, is: "liees") }
        var signers = sentence.mentions.filter {
            $0.end <= agreement.first && ($0.kind == .institution || $0.kind == .country || binds && $0.kind == .place)
                && !$0.id.rawValue.isEmpty && !$0.adjective
        }
        // "la JETRO (Japan External Trade Organization)": a body named again in brackets is one signer.
        signers = signers.reduce(into: []) { kept, signer in
            if let last = kept.last, last.id == signer.id, sentence.key(last.end, is: "(") {
                // Through the closing bracket when it follows ("(X)"), never into the next mention.
                kept[kept.count - 1].end = sentence.key(signer.end, is: ")") ? signer.end + 1 : signer.end
            } else {
                kept.append(signer)
            }
        }
        guard signers.count >= 2 else { return [] }
        // "L'ADS, établissement placé sous la tutelle du Ministère, et l'AECID ont signé": a body
        // named inside an apposition (a comma and words after a body, a comma and "et" after it) signs nothing.
        if signers.count >= 3 {
            signers = signers.indices.filter { position in
                guard position > 0, position + 1 < signers.count else { return true }
                let before = (signers[position - 1].end..<signers[position].first).map { sentence.key($0) }
                let after = (signers[position].end..<signers[position + 1].first).map { sentence.key($0) }
                let described = before.contains { $0 != "," && !Self.articleKeys.contains($0) }
                return !(before.first == "," && !before.contains("et") && described && after.first == "," && after.contains("et"))
            }.map { signers[$0] }
        }
        let (first, second) = (signers[signers.count - 2], signers[signers.count - 1])
        let gapRange = apposition(after: second, in: sentence, before: agreement.first).upperBound..<agreement.first
        let gap = gapRange.map { sentence.key($0) }
        // "les villes de Tlemcen et de Potsdam sont liées par un accord de jumelage": bound by it.
        let bound = gap.contains { $0 == "lies" || $0 == "liees" }
        // Places sign only what binds them (a twinning), not any agreement named after them.
        guard bound || (first.kind != .place && second.kind != .place) else { return [] }
        guard bound || gap.contains(where: vocabulary.signingVerbKeys.contains),
            gapRange.allSatisfy({ index in
                let key = sentence.key(index)
                return vocabulary.signingVerbKeys.contains(key) || Self.articleKeys.contains(key) || Self.signingAdverbs.contains(key)
                    // "ont signé, au cours du mois de mars 2021, une convention"
                    || Self.occasionWords.contains(key)
                    || bound && Self.bindingWords.contains(key) || sentence.isInDate(index)
                    // "ont signé, le 7 mars 2023 à Bamako, une convention"
                    || key == "à" || sentence.mentions.contains { $0.kind == .place && $0.first <= index && index < $0.end }
            }),
            Self.joinsTwoSigners((first.end..<second.first).map({ sentence.key($0) })), first.id != second.id
        else { return [] }
        var listed = [first.id, second.id]
        var position = signers.count - 3
        var next = first
        while position >= 0 {
            let earlier = signers[position]
            let between = (earlier.end..<next.first).map { sentence.key($0) }
            guard between.contains(","), between.allSatisfy({ $0 == "," || Self.articleKeys.contains($0) }), !listed.contains(earlier.id),
                earlier.kind != .place
            else { break }
            listed.insert(earlier.id, at: 0)
            next = earlier
            position -= 1
        }
        return listed
    }

    /// "… et le Sokkeldirektoratet, dénommé Oljedirektoratet jusqu'en 2024, ont signé": the words
    /// set off by two commas (or brackets) right after the last signer, which describe it and
    /// sign nothing; empty when there is no such insertion (a list or a verb inside it is none).
    func apposition(after signer: Mention, in sentence: Sentence, before end: Int) -> Range<Int> {
        // "l'Institut national de technologie agropastorale (INTA) argentin ont signé": a
        // nationality right after the body describes it.
        if signer.end < end, sentence.tokens[signer.end].kind == .word,
            let demonym = sentence.mentions.first(where: { $0.first == signer.end && $0.kind == .country && $0.adjective }), demonym.end <= end
        {
            return signer.end..<demonym.end
        }
        // "la JETRO (Japan External Trade Organization) ont signé": a name in brackets.
        if signer.end < end, sentence.key(signer.end, is: "("),
            let close = (signer.end + 1..<end).first(where: { sentence.key($0, is: ")") }),
            !(signer.end + 1..<close).contains(where: { sentence.key($0, is: "(") })
        {
            return signer.end..<close + 1
        }
        guard signer.end < end, sentence.key(signer.end, is: ","),
            let close = (signer.end + 1..<end).first(where: { sentence.key($0, is: ",") }), close > signer.end + 1,
            !(signer.end + 1..<close).contains(where: { index in
                sentence.key(index, is: "et") || vocabulary.signingVerbKeys.contains(sentence.key(index))
                    || sentence.mentions.contains { $0.kind == .agreement && $0.first == index }
            })
        else { return signer.end..<signer.end }
        return signer.end..<close + 1
    }

    /// Whether the words between two signers join them: "et" and articles, after an apposition
    /// of the first ("L'ADS, établissement placé sous la tutelle du Ministère, et l'AECID").
    static func joinsTwoSigners(_ keys: [String]) -> Bool {
        var tail = keys[...]
        if keys.first == ",", let lastComma = keys.lastIndex(of: ","), lastComma > 0, !keys[..<lastComma].contains("et") {
            tail = keys[(lastComma + 1)...]
        }
        return tail.contains("et") && tail.allSatisfy { $0 == "et" || $0 == "de" || $0 == "d" || articleKeys.contains($0) }
    }

    /// "L'ESM a signé, en octobre 2018, un accord …": the body or country named right before a
    /// signing verb that precedes the agreement, with only the verb, a date, articles and commas between.
    func signer(_ sentence: Sentence, before agreement: Mention) -> EntityID? {
        guard let position = sentence.mentions.lastIndex(where: { $0.end <= agreement.first }) else { return nil }
        var subject = sentence.mentions[position]
        let gap = subject.end..<agreement.first
        // "l'Institut national de technologie agropastorale (INTA) argentin ont signé": the
        // nationality right after a body is said of it.
        if subject.kind == .country, subject.adjective, position > 0, sentence.mentions[position - 1].end == subject.first,
            sentence.mentions[position - 1].kind == .institution
        {
            subject = sentence.mentions[position - 1]
        }
        guard subject.kind == .institution || subject.kind == .country, !subject.adjective, !subject.id.rawValue.isEmpty else { return nil }
        guard gap.count <= 10, gap.contains(where: { vocabulary.signingVerbKeys.contains(sentence.key($0)) && !sentence.key($0, is: "a") }),
            gap.allSatisfy({ index in
                let key = sentence.key(index)
                return vocabulary.signingVerbKeys.contains(key) || Self.articleKeys.contains(key) || key == "," || key == "en" || key == "egalement"
                    || sentence.isInDate(index)
            })
        else { return nil }
        return subject.id
    }

    /// The country right after a party marker ("avec la Chine") earlier in the sentence than
    /// `agreement`, with no other agreement between them.
    func countryAfterMarker(_ sentence: Sentence, before agreement: Mention) -> EntityID? {
        // "La coopération avec la FAO s'est renforcée avec la signature … d'un cadre …": the
        // partner of the cooperation, a country or an international organisation.
        if let marker = (sentence.range.lowerBound..<agreement.first).first(where: {
            sentence.key($0, is: "avec") && (sentence.key($0 - 1, is: "cooperation") || sentence.key($0 - 1, is: "partenariat"))
        }), let partner = sentence.mentions.first(where: { $0.first > marker && $0.first <= marker + 3 }),
            partner.kind == .country || partner.kind == .institution && store.type(of: partner.id) == .organisation,
            !partner.id.rawValue.isEmpty,
            !sentence.mentions.contains(where: { $0.kind == .agreement && $0.first > marker && $0.first < agreement.first })
        {
            return partner.id
        }
        guard let marker = (sentence.range.lowerBound..<agreement.first).last(where: { partyMarkers.contains(sentence.tokens[$0]) }),
            let country = sentence.mentions.first(where: { $0.first > marker && $0.first <= marker + 3 }), country.kind == .country,
            !sentence.mentions.contains(where: { $0.kind == .agreement && $0.first > marker && $0.first < agreement.first })
        else { return nil }
        return country.id
    }

    /// "Le Ministère … a signé avec son homologue jordanien, le 14 septembre 2022 à Amman, un
    /// programme exécutif": the signer and the partner after "avec", both before the agreement,
    /// with only a date, a place, commas and articles between the partner and the agreement.
    func signerWithPartnerBefore(_ sentence: Sentence, _ agreement: Mention) -> [EntityID] {
        guard let with = (sentence.range.lowerBound..<agreement.first).last(where: { sentence.key($0, is: "avec") }),
            let partner = sentence.mentions.first(where: { $0.first > with && $0.first <= with + 3 && ($0.kind == .institution || $0.kind == .country) }),
            // ("avec convention kirghiz": a partner after the agreement is none; the range below would trap.)
            !partner.id.rawValue.isEmpty, !partner.adjective, partner.end <= agreement.first,
            // (Past an apposition describing the partner: "avec l'IAP, établissement …, une convention".)
            (apposition(after: partner, in: sentence, before: agreement.first).upperBound..<agreement.first).allSatisfy({ index in
                sentence.key(index, in: Self.partnerGapWords)
                    || sentence.isInDate(index)
                    || sentence.mentions.contains { $0.kind == .place && $0.first <= index && index < $0.end }
            }),
            let subject = sentence.mentions.last(where: { $0.end <= with && ($0.kind == .institution || $0.kind == .country) && !$0.adjective }),
            !subject.id.rawValue.isEmpty, subject.id != partner.id,
            (subject.end..<with).contains(where: { vocabulary.signingVerbKeys.contains(sentence.key($0)) && !sentence.key($0, is: "a") }),
            // "l'ONAB a conclu en juillet 2022 avec la coopérative …": a date may stand before "avec".
            (subject.end..<with).allSatisfy({
                vocabulary.signingVerbKeys.contains(sentence.key($0)) || sentence.key($0, in: Self.signingAdverbs) || sentence.isInDate($0)
                    // ("conclu le 18 novembre 2021, avec …")
                    || sentence.key($0, is: "le", or: "les") && sentence.isInDate($0 + 1)
            })
        else { return [] }
        return [subject.id, partner.id]
    }

    /// "le mémorandum d'entente que la Haute Autorité et le Mécanisme national anticorruption
    /// (MENAC) ont signé à Lisbonne …": the bodies or countries of a relative clause right after
    /// the agreement, between "que" and its signing verb, with only articles, "et", commas,
    /// brackets and auxiliaries besides them.
    func relativeClauseSigners(_ sentence: Sentence, _ agreement: Mention) -> [EntityID] {
        guard sentence.key(agreement.end, is: "que", or: "qu") else { return [] }
        let clause = sentence.key(agreement.end + 1, is: "'") ? agreement.end + 2 : agreement.end + 1
        guard let verb = (clause..<min(sentence.range.upperBound, clause + 24)).first(where: {
            vocabulary.signingVerbKeys.contains(sentence.key($0)) && !sentence.key($0, in: Self.signingAuxiliaries)
        }) else { return [] }
        var signers: [EntityID] = []
        var index = clause
        while index < verb {
            // (By position: a mention handed to a closure is copied, its id retained.)
            if let position = sentence.mentions.firstIndex(where: { $0.first == index }) {
                let signer = sentence.mentions[position]
                guard signer.kind == .institution || signer.kind == .country, !signer.adjective, !signer.id.rawValue.isEmpty else { return [] }
                if !signers.contains(signer.id) { signers.append(signer.id) }
                index = signer.end
            } else {
                guard sentence.key(index, in: Self.relativeClauseGlue) else { return [] }
                index += 1
            }
        }
        return (1...2).contains(signers.count) ? signers : []
    }

    static let signingAuxiliaries: CueSet = ["ont", "avaient", "auront", "a", "avait", "aura"]
    /// What may stand between the signers of a relative clause and their verb.
    static let relativeClauseGlue: CueSet = [
        "et", "le", "la", "les", "l", "'", ",", "(", ")", "ont", "a", "avaient", "avait", "conjointement", "deja", "recemment", "tous", "deux",
    ]

    /// "Liée à l'INRAA par un mémorandum …, l'Embrapa conduit …", "L'ENSM est liée à l'Académie
    /// … par une convention": the body or country after "lié(e)(s) à" and the one the participle
    /// describes, the subject before "est" or the first named after the agreement's clause.
    func boundParties(_ sentence: Sentence, _ agreement: Mention) -> [EntityID] {
        let start = sentence.range.lowerBound
        // "par" and an article or two right before the agreement.
        var cursor = agreement.first - 1
        while cursor > start, sentence.key(cursor, in: Self.articleKeys) { cursor -= 1 }
        guard cursor > start, sentence.key(cursor, is: "par"),
            let partner = sentence.mentions.last(where: { $0.end <= cursor }), partner.end == cursor,
            partner.kind == .institution || partner.kind == .country, !partner.adjective, !partner.id.rawValue.isEmpty
        else { return [] }
        var before = partner.first - 1
        while before > start, sentence.key(before, in: Self.articleKeys) { before -= 1 }
        guard before > start, sentence.key(before, in: Self.toWords), sentence.key(before - 1, in: Self.boundParticiples)
        else { return [] }
        let participle = before - 1
        let subject: Mention?
        if participle == start {
            // The participle opens the sentence: its subject follows the comma that ends its clause.
            guard let comma = (agreement.end..<sentence.range.upperBound).first(where: { sentence.key($0, is: ",") }) else { return [] }
            subject = sentence.mentions.first { $0.first > comma && $0.first <= comma + 3 }
        } else {
            var verb = participle - 1
            if sentence.key(verb, is: "egalement", or: "aussi", or: "deja") { verb -= 1 }
            guard sentence.key(verb, in: Self.passiveAuxiliaries) else { return [] }
            subject = sentence.mentions.last { $0.end <= verb && $0.end >= verb - 1 }
        }
        guard let subject, subject.kind == .institution || subject.kind == .country, !subject.adjective, !subject.id.rawValue.isEmpty,
            subject.id != partner.id
        else { return [] }
        return [subject.id, partner.id]
    }

    /// What may stand between a partner and the agreement ("avec l'IAP, à Alger, une convention").
    private static let partnerGapWords: CueSet = [",", "à", "au", "le", "la", "l", "'", "un", "une", "des", "en"]
    /// "à", "au", "aux", folded or not.
    static let toWords: CueSet = ["a", "à", "au", "aux"]
    /// "est", "sont" … before a participle ("sont liés par").
    private static let passiveAuxiliaries: CueSet = ["est", "sont", "etait", "etaient"]
    static let boundParticiples: CueSet = ["lie", "liee", "lies", "liees"]

    /// Words of "sont liées par un accord", between the parties and what binds them.
    private static let bindingWords: Set<String> = ["sont", "lies", "liees", "par", "egalement"]

    /// Words an adverbial insertion is made of between signers and their verb ("ont, pour leur
    /// part, signé", "ont par ailleurs signé", "ont de leur côté conclu").
    static let signingAdverbs: CueSet = [
        "par", "ailleurs", "egalement", "aussi", "en", "outre", "recemment", "conjointement", "deja", ",",
        "pour", "leur", "part", "de", "cote", "y",
    ]

    /// Words before a date that may stand between signers and the agreement ("au cours du mois de").
    private static let occasionWords: Set<String> = ["au", "cours", "du", "mois", "courant", "debut", "fin"]

    static let articleKeys: CueSet = ["un", "une", "le", "la", "les", "l", "'", "des", "deux"]

    /// "signé … entre les gouvernements des deux pays", "entre les deux parties": the home
    /// country and the partner of the section ("II. Fédération de Russie") or of the line's
    /// label, else the one foreign country the sentence names.
    func bothCountries(_ sentence: Sentence, after agreement: Mention) -> [EntityID]? {
        guard let home,
            let marker = (agreement.end..<min(sentence.range.upperBound, agreement.end + 20)).first(where: { sentence.key($0, is: "entre") }),
            !sentence.mentions.contains(where: { $0.first > agreement.end && $0.first < marker && ($0.kind == .agreement || $0.kind == .institution) })
        else { return nil }
        let phrase = (marker + 1..<min(sentence.range.upperBound, marker + 7)).map { sentence.key($0) }
        guard let two = phrase.firstIndex(of: "deux"), phrase[..<two].allSatisfy(Self.bothCountriesWords.contains),
            two + 1 < phrase.count, Self.bothCountriesNouns.contains(phrase[two + 1])
        else { return nil }
        guard let partner = sectionCountry ?? labelCountry ?? onlyForeignCountry(sentence), partner != home else { return nil }
        return [home, partner]
    }

    /// The one foreign country the sentence's mentions name, if only one.
    func onlyForeignCountry(_ sentence: Sentence) -> EntityID? {
        let named = Set(sentence.mentions.filter { $0.kind == .country && $0.id != home && !$0.id.rawValue.isEmpty }.map(\.id))
        return named.count == 1 ? named.first : nil
    }

    private static let bothCountriesWords: Set<String> = ["les", "gouvernements", "des", "autorites", "de"]
    private static let bothCountriesNouns: Set<String> = ["pays", "gouvernements", "parties", "etats"]

    /// "convention d'assistance technique GETEX–ACIMIT", "accord de partenariat TAMEG–UNIC": two
    /// acronyms of bodies joined by a dash inside an agreement's name are its parties.
    mutating func dashedParties(_ sentence: Sentence, _ agreement: Mention) -> [EntityID] {
        let tokens = sentence.tokens
        var index = agreement.first + 1
        // ("Mémorandum d'entente DNSR–DGT (Madrid, 12 avril 2018)": the pair may follow the name.)
        while index + 1 < min(agreement.end + 3, sentence.range.upperBound) {
            defer { index += 1 }
            guard tokens[index].kind == .hyphen, tokens[index - 1].kind == .word, tokens[index - 1].allCaps,
                tokens[index + 1].kind == .word, tokens[index + 1].allCaps,
                let first = bodyOfAcronym(sentence, index - 1), let second = bodyOfAcronym(sentence, index + 1), first != second
            else { continue }
            return [first, second]
        }
        return []
    }

    /// Whether an acronym, a dash and a capitalised word come inside or right after an
    /// agreement's name ("DNSR–Trafikverket", "ENACTA–Opus Bilprovning"): a row naming the
    /// parties of an instrument.
    func namesDashedPair(_ sentence: Sentence, _ agreement: Mention) -> Bool {
        let tokens = sentence.tokens
        let last = min(agreement.end + 2, sentence.range.upperBound - 1)
        guard agreement.first + 2 < last else { return false }
        return (agreement.first + 2..<last).contains { index in
            tokens[index].kind == .hyphen && tokens[index - 1].kind == .word && tokens[index - 1].allCaps
                && tokens[index + 1].kind == .word && tokens[index + 1].capitalized
        }
    }

    /// Whether one folded agreement name opens the other ("protocole d'accord" and "protocole
    /// d'accord relatif à …").
    static func namesAgain(_ first: String, _ second: String) -> Bool {
        first.hasPrefix(second) || second.hasPrefix(first)
    }

    /// The body an acronym at token `index` stands for: defined in the document, else known to
    /// the knowledge base.
    private mutating func bodyOfAcronym(_ sentence: Sentence, _ index: Int) -> EntityID? {
        let text = sentence.line.text(bytes: sentence.tokens[index].byteStart, sentence.tokens[index].byteEnd)
        if let id = acronyms[text], store.has(id) { return id }
        guard let found = firstKnown([text], where: { $0.type != .country }) else { return nil }
        return vocabulary.knowledge?.entity(at: found).id
    }

    /// "Partie depuis 1974 à la Convention …, adoptée … en 1972, l'Algérie compte …": a
    /// sentence opening on "Partie" (or "Parties") and the agreement makes the country or body
    /// that opens the main clause (after a comma, an article at most between) a party to it.
    mutating func frontedParty(_ sentence: Sentence) {
        let start = sentence.range.lowerBound
        guard sentence.key(start, is: "partie", or: "parties"), sentence.tokens[start].capitalized,
            let agreement = sentence.mentions.first, agreement.kind == .agreement, !agreement.id.rawValue.isEmpty, agreement.first <= start + 8,
            (start + 1..<agreement.first).allSatisfy({ sentence.key($0, in: Self.frontedPartyWords) || sentence.isInDate($0) })
        else { return }
        for comma in agreement.end..<min(sentence.range.upperBound, agreement.end + 40) where sentence.key(comma, is: ",") {
            guard let party = sentence.mentions.first(where: { $0.first > comma }), party.first <= comma + 3,
                party.kind == .country || party.kind == .institution, !party.adjective, !party.id.rawValue.isEmpty,
                (comma + 1..<party.first).allSatisfy({ ClosedWords.isDefiniteArticle(sentence.key($0)) })
            else { continue }
            // "Partie depuis 1974 à …": since when it is a party.
            let since = sentence.dates.first { $0.role == .started && $0.first > start && $0.end <= agreement.first }
            store.add(.partyTo, from: party.id, to: agreement.id, properties: RoleProperties.party,
                      dates: since.map { [DatedRole(.started, $0.date)] } ?? [], symmetric: false, confidence: 0.65,
                      rule: "agreement.fronted-party", evidence: evidence(sentence, start, party.end))
            return
        }
    }

    /// "L'Algérie, Partie à la Convention depuis 1996, a …": a party named in apposition before
    /// "Partie", dated by "depuis" before or right after the agreement.
    mutating func appositiveParty(_ sentence: Sentence) {
        for (position, party) in sentence.mentions.enumerated() where party.kind == .country || party.kind == .institution {
            let word = party.end + 1
            guard sentence.key(party.end, is: ","), sentence.key(word, is: "partie", or: "parties"), !party.adjective, !party.id.rawValue.isEmpty,
                let agreement = sentence.mentions[(position + 1)...].first, agreement.kind == .agreement, !agreement.id.rawValue.isEmpty,
                agreement.first <= word + 8,
                (word + 1..<agreement.first).allSatisfy({ sentence.key($0, in: Self.frontedPartyWords) || sentence.isInDate($0) })
            else { continue }
            let since = sentence.dates.first { $0.role == .started && $0.first > word && $0.first <= agreement.end + 1 }
            store.add(.partyTo, from: party.id, to: agreement.id, properties: RoleProperties.party,
                      dates: since.map { [DatedRole(.started, $0.date)] } ?? [], symmetric: false, confidence: 0.65,
                      rule: "agreement.appositive-party", evidence: evidence(sentence, party.first, agreement.end))
        }
    }

    /// Words between a fronted "Partie" and the agreement ("Partie depuis 1974 à la Convention").
    static let frontedPartyWords: CueSet = ["depuis", "a", "à", "au", "aux", "la", "le", "les", "l", "'", "de", "du", "des"]
}
