import CoopModel

/// Proposing an institution once it is read: linking it to the KB or to an earlier mention, its
/// id (country prefix and slug) and its count for the document's main actor.
extension DocumentExtraction {
    /// Proposes an institution, linking it to the KB or to an earlier mention when one matches.
    /// `name` and `written` are only evaluated for a name not resolved before in the document.
    /// `country` is a country read outside the name (the id's prefix); `side`, the country whose
    /// side the body is on ("la partie coréenne … représentée par"), also the body's country.
    mutating func addInstitution(
        name makeName: @autoclosure () -> String, type: NodeType, kind: String?, acronym: String?, nameTokens: Range<Int>,
        sentence: Sentence, span: Range<Int>, confidence: Double, rule: String, written makeWritten: @autoclosure () -> [String] = [],
        country knownCountry: EntityID? = nil, side: EntityID? = nil
    ) -> EntityID {
        // "Fédération algérienne de football", "Fédération des chambres de commerce égyptiennes": a
        // federation or association of one country is that country's body, not an international one.
        var type = type
        var kind = kind
        // ("Organisation indienne de recherche spatiale" too; not "Organisation arabe …" or "… internationale …").
        if type == .organisation, countryNamed(sentence, nameTokens) ?? side != nil,
            !Self.isInternational(sentence, headEnd: nameTokens.lowerBound + 1, end: nameTokens.upperBound, vocabulary: vocabulary) || endsWithCountry(sentence, nameTokens)
        {
            type = .agency
            kind = "other"
        }
        let evidence = evidence(sentence, span.lowerBound, span.upperBound)
        // The same name again: reuse what was resolved the first time.
        let cached = resolvedInstitutions.find(sentence.line, nameTokens, acronym: acronym, type: type)
        if let cached {
            let id = resolvedInstitutions.entries[cached].entity.id
            let existing = resolvedInstitutions.entries[cached].existing
            let repeated = existing ? max(confidence, 0.9) : confidence
            // A repeat the candidate took nothing from before is not handed to the store again:
            // its id was proposed then, and no candidate was removed since (`AbsorbedRepeat`).
            let absorbed = skipsAbsorbedRepeats && resolvedInstitutions.entries[cached].absorbed.absorbs(confidence: repeated, removals: store.removals)
            if absorbed || store.has(id) {
                if !absorbed, resolvedInstitutions.addRepeat(of: cached, to: &store, confidence: repeated, rule: rule, evidence: evidence) {
                    resolvedInstitutions.noteAbsorbed(cached, confidence: repeated, removals: store.removals)
                }
                countInstitution(id)
                if type == .jointBody { lastJointBody = id }
                return id
            }
        }
        let name = makeName()
        let written = makeWritten()
        var existing = false
        var id: EntityID?
        if let knowledge = vocabulary.knowledge {
            // "Ministère algérien chargé du tourisme" is also tried as "Ministère chargé du tourisme".
            // (Only the home country's adjective: "Ministère italien de l'Intérieur" is no "Ministère de l'Intérieur" of the KB.)
            var foreignCountry: EntityID?
            for index in nameTokens where foreignCountry == nil {
                if let country = demonymCountry(sentence, index), country != home { foreignCountry = country }
            }
            let foreign = foreignCountry != nil
            let plain = foreign ? name : sentence.tokens[nameTokens].filter { !isAdjectiveKey($0.key) }.map(\.key).joined(separator: " ")
            let found = firstKnown([name, plain] + written + (acronym.map { [$0] } ?? [])) { $0.type != .country }
            if let found {
                id = knowledge.entity(at: found).id
                existing = true
            } else if let found = containingKnownBody(sentence, nameTokens, type: type),
                foreignCountry.map({ knowledge.entity(at: found).id.rawValue.hasPrefix($0.rawValue.lowercased() + ".") }) ?? true
            {
                // "commission mixte pour les questions liées à la sécurité sociale" holds every
                // word of the KB's "Commission mixte de sécurité sociale": the same body.
                // ("Ministère égyptien des Affaires étrangères" holds every word of the KB's
                // "Ministère des Affaires étrangères" too, but is another country's: a foreign
                // name links only to a KB body of that country.)
                id = knowledge.entity(at: found).id
                existing = true
            }
        }
        // "Institut National de la Statistique et des Etudes Economiques (INSEE)": the lexicon
        // knows whose it is. (A document's own definition of the acronym comes first.)
        if id == nil, acronym.map({ acronyms[$0] == nil }) ?? true, let body = lexiconBody(name: name, acronym: acronym) {
            let entity = proposeKnownBody(body, written: name, acronym: acronym, sentence: sentence, span: span, confidence: max(confidence, 0.85), rule: rule)
            resolvedInstitutions.record(entity, existing: false, replacing: cached, sentence.line, nameTokens, acronym: acronym, type: type)
            if type == .jointBody { lastJointBody = entity.id }
            return entity.id
        }
        let folded = memo.fold(name)
        if id == nil, let acronym { id = acronyms[acronym] }
        let initialsKey = Self.initials(of: name)
        // A name with the initials of one read before is that body when an acronym comes with it,
        // or when it is the same name written again; "Ministère de l'Energie et des Minéraux"
        // is not "Ministère de l'Energie et des Mines".
        if id == nil, let earlier = initials[initialsKey], store.has(earlier),
            acronym != nil || store.name(of: earlier).map({ memo.fold($0) == folded }) ?? false
        {
            id = earlier
        }
        // "la CNAS et l'INAMI ont révisé l'arrangement": the second body is the partner's.
        // (Not when the text gives its side: "l'AAPI et l'EDB (…), agence singapourienne, ont signé".)
        let appositive = id == nil ? appositionCountry(sentence, after: span.upperBound) : nil
        let counterpartOf = id == nil && side == nil && appositive == nil ? pairedCounterpartCountry(sentence, nameTokens, type: type) : nil
        // "le Goethe-Institut d'Alger": a branch of a known national body is that body's country's.
        // "l'ENAC (…), établissement français": a nationality in an apposition right after the body.
        let side = side ?? (id == nil ? foreignQualifiedSide(sentence, nameTokens) : nil) ?? (id == nil && type == .agency ? branchCountry(sentence, nameTokens) ?? appositive
            ?? (countryNamed(sentence, nameTokens) == nil ? surroundingCountry(sentence, start: span.lowerBound, end: span.upperBound) : nil)
            // "la Direction générale des services vétérinaires (DGSV) tunisienne": a demonym after the acronym.
            ?? (acronym != nil && sentence.key(span.upperBound - 1, is: ")") ? demonymCountry(sentence, span.upperBound) : nil) : nil)
        // "géré par le National Institute for International Education (NIIED), la partie coréenne
        // …": a body named in English (or Italian, Spanish …) is foreign, of the sentence's one
        // foreign country, else the section's.
        let english = id == nil && type != .organisation && Self.isForeignLanguageName(sentence, nameTokens)
        let foreignSide = side ?? (english && countryNamed(sentence, nameTokens) == nil ? foreignCountryAround(sentence) : nil)
        // A country read outside the name ("la compagnie indienne ONGC Videsh") gives the prefix too.
        let prefix = (knownCountry ?? foreignSide ?? counterpartOf).map { $0.rawValue.lowercased() } ?? institutionPrefix(sentence, nameTokens, type: type)
        let resolved = id ?? EntityID(prefix + "." + (acronym.map { Self.acronymSlug($0) ?? memo.slug($0) } ?? memo.slug(name)))
        var entity = Entity(id: resolved, type: type, names: Names(fr: name), acronyms: acronym.map { [$0] } ?? [])
        if let kind { entity.properties["kind"] = .string(kind) }
        if existing, let known = vocabulary.knowledge?.entity(resolved) {
            entity.type = known.type
            entity.names = known.names
            if memo.fold(known.names.fr) != folded && !known.aliases.contains(name) { entity.aliases = [name] }
            entity.properties = [:]
        }
        store.add(entity, confidence: existing ? max(confidence, 0.9) : confidence, rule: rule, existing: existing, evidence: evidence)
        resolvedInstitutions.record(entity, existing: existing, replacing: cached, sentence.line, nameTokens, acronym: acronym, type: type)
        if let code = Self.countryPrefix(resolved.rawValue) { bodyByHeadAndCountry[Self.headCountryKey(sentence.key(nameTokens.lowerBound), code)] = resolved }
        // "observatoire français …", "Ambassade d'Algérie": the country in the name; a ministry: the home
        // country; "Agence nationale de …": the home country too, a weaker guess.
        let named = type != .jointBody ? countryNamed(sentence, nameTokens) ?? foreignSide : nil
        // The schema puts only ministries, agencies, joint bodies and places under an authority:
        // a programme ("bourses … algériens") or an international organisation is nobody's body.
        let answers = type != .programme && type != .organisation
        if !answers {
            if let named { addCountry(named, evidence: evidence, confidence: 0.6, rule: "country.in-name") }
        } else if let counterpartOf {
            store.add(Relation(type: .underAuthorityOf, from: resolved, to: counterpartOf), symmetric: false, confidence: 0.5,
                      rule: "org.country.counterpart", evidence: evidence)
        } else if type != .jointBody, let country = named ?? (type == .ministry && !isForeignQualified(sentence, nameTokens) ? home : nil) {
            store.add(Relation(type: .underAuthorityOf, from: resolved, to: country), symmetric: false, confidence: 0.6,
                      rule: "org.country", evidence: evidence)
            if type == .agency, country == home { noteHomeAgency(resolved, existing: existing, evidence) }
            // "l'Ecole nationale de la magistrature française": the country is named, if only by its adjective.
            if let named { addCountry(named, evidence: evidence, confidence: 0.6, rule: "country.in-name") }
        } else if type == .agency, let home, !english, nameTokens.contains(where: { vocabulary.homeQualifiers.contains(sentence.key($0)) }) {
            store.add(Relation(type: .underAuthorityOf, from: resolved, to: home), symmetric: false, confidence: 0.5,
                      rule: "org.country.national", evidence: evidence)
            noteHomeAgency(resolved, existing: existing, evidence)
        } else if type == .agency, let country = countryOfPlaceNamed(sentence, nameTokens) {
            // "Entreprise Portuaire d'Alger", "Université de Tunis": a body named after a town is of its country.
            store.add(Relation(type: .underAuthorityOf, from: resolved, to: country), symmetric: false, confidence: 0.5,
                      rule: "org.country.place", evidence: evidence)
            if country == home { noteHomeAgency(resolved, existing: existing, evidence) }
        }
        // "Université de Béjaïa": the town in a body's name is a place of the text too.
        for index in nameTokens {
            for match in sentence.matches[index] ?? [] {
                if case .place(let place) = match.payload {
                    _ = knownPlace(sentence, place, index, match.end, rule: "place.in-name", confidence: 0.6)
                }
            }
        }
        if let acronym {
            acronyms[acronym] = resolved
            unresolvedAcronymCounts[resolved] = nil
        }
        if initialsKey.count >= 2 { initials[initialsKey] = resolved }
        noteBodyOfHead(resolved, type: type, sentence, nameTokens)
        countInstitution(resolved)
        if type == .jointBody { lastJointBody = resolved }
        return resolved
    }

    /// Notes a home agency named in the text (past the letterhead, not a KB body) for `letterheadMinistryBodies`.
    mutating func noteHomeAgency(_ id: EntityID, existing: Bool, _ evidence: EvidenceDraft) {
        guard pastLetterhead, !existing, homeAgencyIDs.insert(id).inserted else { return }
        homeAgencies.append((id, evidence))
    }

    /// The one KB body of `type` all of whose name's content words (three or more) are in tokens `range`.
    func containingKnownBody(_ sentence: Sentence, _ range: Range<Int>, type: NodeType) -> EntityIndex? {
        // The names' filters first (the words' bits, from the hashes the tokenizer computed):
        // comparing every name's set with the words hashed each of its words.
        let filter = sentence.tokens.withUnsafeBufferPointer { tokens in
            range.reduce(UInt64(0)) { tokens[$1].kind == .word ? $0 | Vocabulary.wordBit(tokens[$1].keyHash) : $0 }
        }
        var words: Set<String>?
        var found: Set<EntityIndex> = []
        for candidate in vocabulary.bodyWordSets where candidate.type == type && candidate.filter & ~filter == 0 {
            if words == nil { words = Set(sentence.tokens[range].filter { $0.kind == .word }.map(\.key)) }
            if let words, candidate.words.isSubset(of: words) { found.insert(candidate.index) }
        }
        return found.count == 1 ? found.first : nil
    }

    /// The partner country of a new agency that is the second of two bodies joined by "et" in a
    /// sentence naming an agreement ("la CNAS et l'INAMI ont révisé l'arrangement", "un protocole
    /// entre l'ANEM et l'ONEM"), in a document on two countries: when the first body is the home
    /// country's and the second names no country, the two are counterparts, home first. Not when
    /// "avec" follows: "la CNAS et la CASNOS ont signé avec l'INAMI" puts both on the home side.
    func pairedCounterpartCountry(_ sentence: Sentence, _ nameTokens: Range<Int>, type: NodeType) -> EntityID? {
        guard type == .agency, let (home, partner) = documentPair,
            let previous = sentence.mentions.last, previous.kind == .institution, countryOfBody(previous.id) == home
        else { return nil }
        var index = nameTokens.lowerBound - 1
        if sentence.key(index, is: "'") { index -= 1 }
        if ClosedWords.isDefiniteArticle(sentence.key(index)) { index -= 1 }
        guard sentence.key(index, is: "et"), index == previous.end, countryNamed(sentence, nameTokens) == nil else { return nil }
        let rest = nameTokens.upperBound..<sentence.range.upperBound
        guard !rest.contains(where: { sentence.key($0, is: "avec") }) else { return nil }
        let namesAgreement = sentence.range.contains { position in
            sentence.matches[position]?.contains { $0.payload.isAgreement } ?? false
        }
        // They face each other when they sign, revise or conclude it together ("ont conclu",
        // "révisé … par X et Y"), or when "entre" opens the pair; "X et Y préparent un accord"
        // says nothing of sides.
        let bound = rest.contains { sentence.key($0, in: Self.signingParticiples) }
            || (sentence.range.lowerBound..<previous.first).contains { sentence.key($0, in: Self.signingParticiples) }
            || (previous.first - 3..<previous.first).contains { sentence.key($0, is: "entre") }
        return namesAgreement && bound ? partner : nil
    }

    /// Words that say a name is written in English ("National Institute for …"), Italian
    /// ("Consiglio Nazionale delle Ricerche"), Spanish or Portuguese ("Instituto Nacional de …"),
    /// or German ("Deutsche Gesellschaft für …"); none of them is a French word once folded.
    static let foreignNameWords: CueSet = [
        "of", "for", "and", "the", "institute", "foundation", "corporation", "company", "council", "authority",
        "agency", "center", "organization", "chamber", "di", "per", "associazione", "federazione", "asociacion", "federacion",
        "della", "delle", "dello", "degli", "nazionale", "consiglio", "istituto", "societa", "agenzia", "ministero",
        "nacional", "instituto", "consejo", "sociedad", "agencia", "ministerio", "fundacion", "seguridad", "servicio",
        "autoridad", "portuaria", "centro", "universidad", "escuela", "direccion", "departamento", "puertos", "estado",
        "universidade", "universita", "scuola", "direzione", "dipartimento", "fondazione", "autorita", "servizio",
        "deutsche", "deutscher", "gesellschaft", "stiftung", "verband", "und",
        "department", "university", "board", "bank", "fund", "ministry", "development", "research", "investment",
    ]

    /// Whether a name holds one of those words.
    static func isForeignLanguageName(_ sentence: Sentence, _ nameTokens: Range<Int>) -> Bool {
        nameTokens.contains { sentence.key($0, in: foreignNameWords) }
    }

    /// The one foreign country the whole sentence names (by name or demonym), else the one the
    /// sentence before on the same line names, else the section's or the line label's.
    func foreignCountryAround(_ sentence: Sentence) -> EntityID? {
        var found: EntityID?
        for index in sentence.range {
            for match in sentence.matches[index] ?? [] {
                switch match.payload {
                case .country(let id), .demonym(let id):
                    guard id != home else { continue }
                    if let found, found != id { return nil }
                    found = id
                default: continue
                }
            }
        }
        if let found { return found }
        // "La République de Corée a pris part … ; son pavillon réunissait …": the sentence before, on the line.
        if previousSentenceNamed.line == sentence.lineNumber {
            let countries = Set(previousSentenceNamed.ids.filter { vocabulary.countryNames[$0] != nil && $0 != home })
            if countries.count == 1 { return countries.first }
        }
        if let sectionCountry, sectionCountry != home { return sectionCountry }
        if let labelCountry, labelCountry != home { return labelCountry }
        return nil
    }

    /// The id prefix of a new institution: a country named inside its name, else the home country.
    func institutionPrefix(_ sentence: Sentence, _ nameTokens: Range<Int>, type: NodeType) -> String {
        for index in nameTokens {
            for match in sentence.matches[index] ?? [] {
                switch match.payload {
                case .country(let id), .demonym(let id), .countryPrefix(let id): return id.rawValue.lowercased()
                default: continue
                }
            }
        }
        // "Université de Sfax": a body named after a foreign town is of its country (as
        // `org.country.place` says), so its id says so too.
        if type == .agency, let country = countryOfPlaceNamed(sentence, nameTokens) { return country.rawValue.lowercased() }
        // An organisation naming no country is nobody's: "org.oaci", not the home country's.
        if let home, type != .organisation { return home.rawValue.lowercased() }
        return "org"
    }

    /// "P3A" → "p3a": an acronym holding digits kept whole (the slug would cut it at each digit); nil for others.
    static func acronymSlug(_ acronym: String) -> String? {
        guard acronym.contains(where: \.isNumber), acronym.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        return acronym.lowercased()
    }

    /// The initials of a name's content words ("Direction Générale de la Protection Civile" → "dgpc").
    static func initials(of name: String) -> String {
        var initials: [UInt8] = []
        // Each word tested by its hash (`CueSet.contains(_: Token)`), not hashed into the set's
        // `Set<String>` anew: this runs for every new name of a document. The tokens read in
        // place (iterating copied each one), and each first letter appended as its bytes.
        Tokenizer.tokenize(name).tokens.withUnsafeBufferPointer { tokens in
            for index in tokens.indices where tokens[index].kind == .word && !connectors.contains(tokens[index]) {
                appendFirstCharacter(of: tokens[index].key, to: &initials)
            }
        }
        return String(decoding: initials, as: UTF8.self)
    }

    /// Appends the UTF-8 of `key.first` (nothing for an empty key). An ASCII byte followed by
    /// another ASCII byte, or by nothing, is a character of its own (no combining mark follows
    /// it; a key holds no CR LF): the byte itself, without finding the character's bounds.
    @inline(__always)
    static func appendFirstCharacter(of key: String, to bytes: inout [UInt8]) {
        var utf8 = key.utf8.makeIterator()
        guard let first = utf8.next() else { return }
        if first < 0x80, utf8.next().map({ $0 < 0x80 }) ?? true {
            bytes.append(first)
        } else if let character = key.first {
            bytes.append(contentsOf: String(character).utf8)
        }
    }

    /// A short id part: the first content words, folded, joined by '-'.
    ///
    /// Only ASCII letters, digits and '-' are kept, byte by byte: the same as keeping the ASCII
    /// scalars that are alphabetic or numeric (no other ASCII scalar is either), without a
    /// look-up of each scalar's Unicode properties.
    static func slug(_ text: String) -> String {
        var slug: [UInt8] = []
        var words = 0
        for token in Tokenizer.tokenize(text).tokens
        where words < 5 && (token.kind == .word || token.kind == .number) && !connectors.contains(token) {
            if words > 0 { slug.append(UInt8(ascii: "-")) }
            for byte in token.key.utf8 where Self.isSlugByte(byte) { slug.append(byte) }
            words += 1
        }
        return slug.isEmpty ? "x" : String(decoding: slug, as: UTF8.self)
    }

    /// Whether `byte` is an ASCII letter, digit or '-'.
    @inline(__always)
    static func isSlugByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == UInt8(ascii: "-")
    }
}
