import CoopModel

/// Acronyms written alone, in capitals ("la CNAS", "l'ONA"): an acronym defined before in the
/// document, one the knowledge base or the bodies lexicon knows, the initials of a name read
/// before, or a new candidate that must be seen twice to stay (`finish`).
extension DocumentExtraction {
    /// "Il coopère avec l'UNESCO, l'ICCROM …", then "l'ICCROM (Centre international …)": a bare
    /// acronym proposed as a home agency and defined later as an international organisation
    /// becomes that organisation at the end of the document: its id leaves the home prefix
    /// ("org.iccrom", not "dz.iccrom"), its type and kind follow, and so do the relations that
    /// name it. (The candidate could not change its id when the definition came.)
    func internationalAcronymRenamings() -> [EntityID: CandidateStore.Renaming] {
        var renamings: [EntityID: CandidateStore.Renaming] = [:]
        for id in internationalBodies where bareAcronymBodies.contains(id) && vocabulary.knowledge?.entity(id) == nil {
            guard let type = store.type(of: id), type != .organisation, let dot = id.rawValue.firstIndex(of: ".") else { continue }
            let homePrefix = home.map { id.rawValue[..<dot] == $0.rawValue.lowercased() } ?? false
            let renamed = homePrefix ? EntityID("org" + id.rawValue[dot...]) : id
            renamings[id] = CandidateStore.Renaming(id: renamed, type: .organisation, kind: "intergovernmental")
        }
        return renamings
    }

    /// Whether the last event before the bracket at `bracket` has a name that runs to it: at most
    /// ten words between (a town among them: "… du cinéma d'Alger (FICA)"), no punctuation mark.
    private func namesEventBefore(_ sentence: Sentence, bracket: Int) -> Bool {
        guard let event = sentence.mentions.last(where: { $0.kind == .event }), event.end <= bracket, bracket - event.end <= 10 else { return false }
        return (event.end..<bracket).allSatisfy { sentence.kind($0) != .punct }
    }

    /// A bare upper-case word: a known acronym, the initials of an earlier name, or a new candidate.
    mutating func bareAcronym(_ sentence: Sentence, at index: Int) -> Mention? {
        let token = sentence.tokens[index]
        guard token.kind == .word, token.allCaps, (2...10).contains(token.key.count),
            !vocabulary.notAcronyms.contains(token.key), !(sentence.key(index + 1, is: "(") && opensName(sentence, index + 2)),
            // "650 MW", "3 000 GWh", "120 MDA": capitals right after a number are its unit.
            !(index > sentence.range.lowerBound && sentence.tokens[index - 1].kind == .number),
            // "l'INTA argentin (Institut national …)": the definition after the nationality names it.
            !(demonymCountry(sentence, index + 1) != nil && sentence.key(index + 2, is: "(") && opensName(sentence, index + 3))
        else { return nil }
        // "l'UN-GGIM", "ONU-Habitat": an acronym joined to a word by a hyphen is one name, known
        // whole or not at all ("UE-Algérie" still reads "UE": its second word is no acronym).
        if let compound = hyphenatedAcronym(sentence, at: index) {
            var found = acronyms[compound.text]
            if found == nil, let knowledge = vocabulary.knowledge, let known = firstKnown([compound.text], where: { $0.type != .country }) {
                found = knowledge.entity(at: known).id
            }
            guard let id = found, store.has(id) || vocabulary.knowledge?.entity(id) != nil else { return nil }
            if let known = vocabulary.knowledge?.entity(id) {
                store.add(Entity(id: id, type: known.type, names: known.names), confidence: 0.9, rule: "org.acronym-known", existing: true,
                          evidence: evidence(sentence, index, compound.end))
            } else if let known = store.entities[id]?.entity {
                store.add(known, confidence: 0.8, rule: "org.acronym-repeat", existing: false, evidence: evidence(sentence, index, compound.end))
            }
            countInstitution(id)
            return Mention(kind: .institution, id: id, first: index, end: compound.end)
        }
        if isSecondHalfOfHyphenatedAcronym(sentence, at: index) { return nil }
        // A run of upper-case words is a heading or a name in capitals, not an acronym.
        let capsBefore = sentence.range.contains(index - 1) && sentence.tokens[index - 1].allCaps
        let capsAfter = sentence.range.contains(index + 1) && sentence.tokens[index + 1].allCaps
        guard !capsBefore && !capsAfter else { return nil }
        let text = sentence.line.text(bytes: token.byteStart, token.byteEnd)
        // "le Festival international du cinéma d'Alger (FICA)", "la 13e édition du FICA": the
        // acronym of an event named right before its bracket.
        if acronyms[text] == nil, eventAcronyms.contains(text) || sentence.key(index - 1, is: "(") && namesEventBefore(sentence, bracket: index - 1) {
            eventAcronyms.insert(text)
            return nil
        }
        var id = acronyms[text]
        var existing = false
        if id == nil, let knowledge = vocabulary.knowledge,
            let found = firstKnown([text], where: { $0.type != .country })
        {
            id = knowledge.entity(at: found).id
            existing = true
        }
        // "la JICA", "l'OMS": a body the lexicon knows, with its country.
        if id == nil, let body = vocabulary.bodyByAcronym[text] {
            let entity = proposeKnownBody(body, written: nil, sentence: sentence, span: index..<index + 1, confidence: 0.75, rule: "org.acronym-lexicon")
            return Mention(kind: .institution, id: entity.id, first: index, end: index + 1)
        }
        // "l'Economic Development Board (EDB), agence singapourienne …": an unknown acronym in the
        // bracket after a name is that name's, and the apposition after the comma reads both.
        if id == nil, sentence.key(index - 1, is: "("), sentence.key(index + 1, is: ")"), sentence.key(index + 2, is: ","),
            sentence.range.contains(index + 3), !sentence.tokens[index + 3].capitalized, opensName(sentence, index + 3),
            appositionName(sentence, comma: index + 2) != nil
        {
            return nil
        }
        var viaInitials = false
        if id == nil, let earlier = initials[token.key], store.has(earlier) {
            id = earlier
            viaInitials = true
        }
        // "À : MAE – Direction générale …" under the letterhead's "Ministère des Affaires
        // étrangères" (the KB's `dz.mae`): the id a new body of this acronym would take is a
        // body's already; the acronym names it. (A new body of that id merged with it, and the
        // sweep of acronyms read once dropped both.)
        let slugID = id == nil ? bareAcronymID(sentence, index, text) : nil
        if let slugID {
            if let known = vocabulary.knowledge?.entity(slugID), known.type != .country {
                id = slugID
                existing = true
            } else if store.has(slugID), !bareAcronymBodies.contains(slugID) {
                id = slugID
            }
        }
        // "l'ACSAD (Arab Center for the Studies of Arid Zones and Dry Lands)", "la SOCAR (State Oil
        // Company of the Azerbaijan Republic)": an acronym no one knows, defined right after it by
        // a long name in another language (a French one is read from its head, `opensName`); also
        // when it was first written alone ("l'ACSAD" in an earlier line).
        if id == nil || unresolvedAcronymCounts[id!] != nil, let close = longNameInBrackets(sentence, at: index + 1), Self.isForeignLanguageName(sentence, index + 2..<close) {
            let words = index + 2..<close
            // The bare candidate gives way to the defined body (and is dropped at the end).
            if let id {
                acronyms[text] = nil
                unresolvedAcronymCounts[id] = 0
            }
            let international = words.contains { sentence.key($0, in: Self.internationalNameWords) }
            let id = addInstitution(
                name: sentence.line.text(tokens: index + 2, close - 1), type: international ? .organisation : .agency,
                kind: international ? "intergovernmental" : "other", acronym: text, nameTokens: words, sentence: sentence,
                span: index..<close + 1, confidence: 0.8, rule: "org.acronym-definition")
            // "… (Arab Center for …) … le Centre fournit": its head in French names it again.
            if !id.rawValue.isEmpty {
                for word in words { if let head = Self.frenchHeads[sentence.key(word)] { namedByHead[head] = (id, .institution) } }
            }
            return Mention(kind: .institution, id: id, first: index, end: close + 1)
        }
        let evidence = evidence(sentence, index, index + 1)
        if let id {
            acronyms[text] = id
            if unresolvedAcronymCounts[id] != nil { unresolvedAcronymCounts[id, default: 0] += 1 }
            if existing, let known = vocabulary.knowledge?.entity(id) {
                store.add(Entity(id: id, type: known.type, names: known.names), confidence: 0.9, rule: "org.acronym-known",
                          existing: true, evidence: evidence)
            } else if var known = store.entities[id]?.entity {
                if !known.acronyms.contains(text) { known.acronyms.append(text) }
                let bare = unresolvedAcronymCounts[id] != nil
                store.add(known, confidence: bare ? 0.5 : 0.8, rule: viaInitials ? "org.acronym-initials" : bare ? "org.acronym-bare" : "org.acronym-repeat",
                          existing: false, evidence: evidence)
            }
            countInstitution(id)
            return Mention(kind: .institution, id: id, first: index, end: index + 1)
        }
        let newID = slugID ?? bareAcronymID(sentence, index, text)
        acronyms[text] = newID
        store.add(Entity(id: newID, type: .agency, names: Names(fr: text), acronyms: [text], properties: ["kind": .string("other")]),
                  confidence: 0.5, rule: "org.acronym-bare", existing: false, evidence: evidence)
        unresolvedAcronymCounts[newID, default: 0] += 1
        bareAcronymBodies.insert(newID)
        countInstitution(newID)
        return Mention(kind: .institution, id: newID, first: index, end: index + 1)
    }

    /// The id a new body of the bare acronym `text` at token `index` takes ("dz.mae").
    private mutating func bareAcronymID(_ sentence: Sentence, _ index: Int, _ text: String) -> EntityID {
        EntityID(institutionPrefix(sentence, index..<index, type: .agency) + "." + memo.slug(text))
    }

    /// Whether tokens `a` and `b` are written with no space between them.
    private func touching(_ sentence: Sentence, _ a: Int, _ b: Int) -> Bool {
        sentence.range.contains(a) && sentence.range.contains(b) && sentence.tokens[b].byteStart == sentence.tokens[a].byteEnd
    }

    /// "UN-GGIM", "CRASTE-LF" at token `index`: capitals, a hyphen and capitals, with no space
    /// between them; the text and the index past it.
    func hyphenatedAcronym(_ sentence: Sentence, at index: Int) -> (text: String, end: Int)? {
        guard sentence.range.contains(index + 2), sentence.tokens[index + 1].kind == .hyphen,
            touching(sentence, index, index + 1), touching(sentence, index + 1, index + 2)
        else { return nil }
        let second = sentence.tokens[index + 2]
        guard second.kind == .word, second.allCaps || second.capitalized && acronyms[sentence.line.text(bytes: sentence.tokens[index].byteStart, second.byteEnd)] != nil
        else { return nil }
        return (sentence.line.text(bytes: sentence.tokens[index].byteStart, second.byteEnd), index + 3)
    }

    /// Whether token `index` is the capitals after the hyphen of such an acronym ("GGIM" of "UN-GGIM").
    private func isSecondHalfOfHyphenatedAcronym(_ sentence: Sentence, at index: Int) -> Bool {
        index >= sentence.range.lowerBound + 2 && sentence.tokens[index - 1].kind == .hyphen && sentence.tokens[index - 2].allCaps
            && touching(sentence, index - 2, index - 1) && touching(sentence, index - 1, index)
    }

    /// English heads and the French heads that name the same bodies again ("the Arab Center …"
    /// is "le Centre").
    static let frenchHeads: [String: String] = [
        "center": "centre", "centre": "centre", "agency": "agence", "bank": "banque", "fund": "fonds", "organization": "organisation",
        "institute": "institut", "council": "conseil", "foundation": "fondation", "company": "compagnie", "authority": "autorite",
        "chamber": "chambre", "federation": "federation", "association": "association", "union": "union", "university": "universite",
        "office": "office", "commission": "commission", "committee": "comite",
    ]

    /// Words of a name in another language that make it an international body's ("Arab Center
    /// for …", "African Development Bank").
    static let internationalNameWords: CueSet = [
        "arab", "african", "international", "islamic", "world", "organization", "union", "federation", "league", "regional",
        "united", "nations", "mediterranean",
    ]
}
