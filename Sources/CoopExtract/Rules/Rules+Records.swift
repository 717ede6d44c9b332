import CoopModel

/// Records of fields spread over several lines, as project sheets ("fiches") write them: a line
/// naming the record's subject ("1) Intitulé : jumelage « … »"), then one field a line
/// ("Bénéficiaire : …", "Partenaires européens : …", "Date de démarrage : 2 octobre 2022",
/// "Déroulement : du 10 au 12 décembre 2023 à Alger"). Each field is a fact about the subject,
/// which the field's own line does not name. (Fields on one line, "Partenaire : … ; Objet : …",
/// are `Rules+FieldRows`.)
extension DocumentExtraction {
    /// The record being read: its subject and the lines it spans so far.
    struct RecordState {
        var subject: EntityID
        var kind: Mention.Kind
        var lastLine: Int
        var beneficiaries: [EntityID] = []
        var partners: [EntityID] = []
    }

    /// What a field of a record says.
    enum RecordField {
        /// `funder`: the field names who pays ("Financement :", "Bailleur :"); `budget`: an amount,
        /// which names a payer only after a word of paying ("…, financés par l'UE").
        case beneficiary, partner, start, course, funder, budget, other
    }

    /// Labels that open a record: its title.
    static let recordTitleLabels: CueSet = ["intitule", "titre", "action", "activite", "projet", "operation"]

    /// The label of the field opening `sentence` ("Partenaires européens :", "2) Intitulé :",
    /// "- Date de démarrage :"): the token range of its words and the colon's index; nil when the
    /// line opens with no label. A label is at most five words, after a bullet or a number.
    /// (Static, as the helpers below: a mutating rule calling a method of the extraction copied it whole.)
    static func recordLabel(_ sentence: Sentence) -> (words: Range<Int>, colon: Int)? {
        guard sentence.range.lowerBound == 0 else { return nil }
        let upper = sentence.range.upperBound
        // Read on every line: the tokens in place, their kinds before any key.
        return sentence.line.tokens.withUnsafeBufferPointer { tokens -> (words: Range<Int>, colon: Int)? in
            var start = 0
            guard start < upper else { return nil }
            if tokens[start].kind == .punct || tokens[start].kind == .hyphen, ClosedWords.isBullet(tokens[start].key) { start += 1 }
            // "1)", "2.", "a)": a record's number.
            if start + 1 < upper, tokens[start + 1].kind == .punct,
                tokens[start].kind == .number || tokens[start].kind == .word && tokens[start].key.utf8.count == 1,
                tokens[start + 1].key == ")" || tokens[start + 1].key == "."
            {
                start += 2
            }
            guard start < upper, tokens[start].kind == .word, tokens[start].capitalized else { return nil }
            // The label's words, then its colon.
            var colon = start + 1
            let limit = min(upper, start + 7)
            while colon < limit, tokens[colon].kind == .word || tokens[colon].kind == .apostrophe { colon += 1 }
            guard colon < limit, tokens[colon].kind == .punct, tokens[colon].key == ":" else { return nil }
            return (start..<colon, colon)
        }
    }

    /// What the field with these label words says.
    private static func recordField(_ sentence: Sentence, _ words: Range<Int>) -> RecordField {
        let first = sentence.key(words.lowerBound)
        switch first {
        case "beneficiaire", "beneficiaires": return .beneficiary
        case "partenaire", "partenaires", "partie", "parties", "operateur", "operateurs": return .partner
        case "demarrage", "lancement", "debut": return .start
        case "deroulement", "dates", "periode", "lieu": return .course
        case "financement", "financements", "bailleur", "bailleurs": return .funder
        case "budget", "cout", "montant": return .budget
        case "date":
            // "Date de démarrage", "Date de lancement": the start; "Date(s)", "Date et lieu": when it took place.
            return words.dropFirst().contains { sentence.key($0, is: "demarrage", or: "lancement", or: "debut") } ? .start : .course
        default: return .other
        }
    }

    /// Reads `sentence` as a line of a record: a title line opens one (its subject is the first
    /// programme, event or agreement named after the colon), a field line on the line after the
    /// record's last adds what it says about the subject, any other line ends the record.
    mutating func readRecord(_ sentence: Sentence) {
        guard sentence.range.lowerBound == 0 else { return }
        guard let label = Self.recordLabel(sentence) else {
            record = nil
            return
        }
        if sentence.key(label.words.lowerBound, in: Self.recordTitleLabels) {
            let subject = sentence.mentions.first {
                $0.first > label.colon && [.programme, .event, .agreement].contains($0.kind) && !$0.id.rawValue.isEmpty
            }
            record = subject.map { RecordState(subject: $0.id, kind: $0.kind, lastLine: sentence.lineNumber) }
            return
        }
        guard var current = record, current.lastLine == sentence.lineNumber - 1 else {
            record = nil
            return
        }
        current.lastLine = sentence.lineNumber
        let field = Self.recordField(sentence, label.words)
        let named = sentence.mentions.filter {
            $0.first > label.colon && ($0.kind == .institution || $0.kind == .country) && !$0.adjective && !$0.id.rawValue.isEmpty
                && Self.isListItem(sentence, $0, colon: label.colon)
        }
        // "Partenaire algérien :", "Partenaire national :": the home side.
        let homeSide = isHomeSideLabel(sentence, label.words)
        let subject = current.subject
        switch field {
        case .beneficiary:
            for mention in named {
                store.add(Self.relation(mention.id, to: current, ofProgramme: .beneficiaryOf), symmetric: false, confidence: 0.6,
                          rule: "record.beneficiary", evidence: evidence(sentence, mention.first, mention.end))
                current.beneficiaries.append(mention.id)
            }
            cooperate(named.map(\.id), with: current.partners, sentence)
        case .partner:
            for mention in named {
                store.add(Self.relation(mention.id, to: current, ofProgramme: .runs), symmetric: false, confidence: 0.6,
                          rule: "record.partner", evidence: evidence(sentence, mention.first, mention.end))
                if !homeSide { current.partners.append(mention.id) }
            }
            if !homeSide { cooperate(current.beneficiaries, with: named.map(\.id), sentence) }
        case .start:
            // ("Date de démarrage : prévue en janvier 2025": a start still planned.)
            let planned = (label.colon..<sentence.range.upperBound).contains { sentence.key($0, in: Self.plannedWords) }
            if current.kind == .programme, let date = sentence.dates.first(where: { $0.first > label.colon }) {
                store.addDate(DatedRole(planned ? .planned : .started, date.date), to: subject)
            }
        case .course:
            guard current.kind == .event else { break }
            if let date = sentence.dates.first(where: { $0.first > label.colon }) {
                store.addDate(DatedRole(.held, date.date), to: subject)
                if let until = date.until { store.addDate(DatedRole(.until, until), to: subject) }
            }
            for place in sentence.mentions where place.first > label.colon && place.kind == .place && !place.id.rawValue.isEmpty {
                guard placePreposition(sentence, place.first) == .locative else { continue }
                store.add(Relation(type: .heldIn, from: subject, to: place.id), symmetric: false, confidence: 0.6, rule: "record.place",
                          evidence: evidence(sentence, place.first, place.end))
                break
            }
        case .funder, .budget:
            // "Financement : Union européenne"; "Budget : 1 600 000 euros, financés par l'Union
            // européenne": who pays.
            guard field == .funder || (label.colon..<sentence.range.upperBound).contains(where: { sentence.key($0, in: Self.fundingWords) })
            else { break }
            for mention in named where mention.kind == .institution || current.kind == .programme {
                store.add(Relation(type: .supports, from: mention.id, to: subject), symmetric: false, confidence: 0.55, rule: "record.funding",
                          evidence: evidence(sentence, mention.first, mention.end))
            }
        case .other:
            break
        }
        record = current
    }

    /// How a body listed in a field is tied to the record's subject: by `type` to a programme,
    /// as a participant in an event, as a party to an agreement.
    private static func relation(_ body: EntityID, to record: RecordState, ofProgramme type: RelationType) -> Relation {
        switch record.kind {
        case .programme: Relation(type: type, from: body, to: record.subject)
        case .event: Relation(type: .tookPartIn, from: body, to: record.subject, properties: RoleProperties.participant)
        default: Relation(type: .partyTo, from: body, to: record.subject, properties: RoleProperties.party)
        }
    }

    /// Whether `mention` is an item of the field's list: right after the colon, a comma, a
    /// semicolon, "et", "par" or "avec" (articles aside), outside brackets. "la DGCERF du Ministère", "placée
    /// sous la tutelle du Ministère", "consortium franco-italien", "(…, France)" name no item.
    private static func isListItem(_ sentence: Sentence, _ mention: Mention, colon: Int) -> Bool {
        var depth = 0
        for index in colon + 1..<mention.first {
            if sentence.key(index, is: "(") { depth += 1 } else if sentence.key(index, is: ")") { depth = max(0, depth - 1) }
        }
        guard depth == 0 else { return false }
        var index = mention.first - 1
        while index > colon, ClosedWords.isDefiniteArticle(sentence.key(index)) || sentence.key(index, is: "'") { index -= 1 }
        return index == colon || sentence.key(index, in: Self.recordListJoiners)
    }

    /// The beneficiaries of a record and its partners cooperate.
    private mutating func cooperate(_ beneficiaries: [EntityID], with partners: [EntityID], _ sentence: Sentence) {
        guard !beneficiaries.isEmpty, !partners.isEmpty else { return }
        let draft = evidence(sentence, sentence.range.lowerBound, sentence.range.upperBound)
        for beneficiary in beneficiaries {
            for partner in partners where partner != beneficiary {
                store.add(Relation(type: .cooperatesWith, from: beneficiary, to: partner), symmetric: true, confidence: 0.55,
                          rule: "record.cooperation", evidence: draft)
            }
        }
    }

    /// "Étaient présents : le Ministère … ; l'OSS …, représenté par …; …", "Participants : …": in
    /// minutes, the bodies and countries listed after an attendance label took part in the
    /// meeting proposed last (within the three lines before). The list may run over the line's
    /// sentences (`attendanceLine`).
    mutating func attendanceAtLastEvent(_ sentence: Sentence) {
        guard let lastEvent, lastEvent.line >= sentence.lineNumber - 3 else { return }
        var from = sentence.range.lowerBound
        if sentence.range.lowerBound == 0 {
            guard let label = Self.recordLabel(sentence), Self.isAttendanceLabel(sentence, label.words) else { return }
            attendanceLine = sentence.lineNumber
            from = label.colon + 1
        } else if attendanceLine != sentence.lineNumber {
            return
        }
        // ("l'Institut … (XIEG), relevant de l'Académie chinoise des sciences": the body it answers to was not there.)
        let markers = authorityMarkers
        for mention in sentence.mentions where mention.first >= from && (mention.kind == .institution || mention.kind == .country)
            && !mention.adjective && !mention.id.rawValue.isEmpty && mention.id != lastEvent.id
            && !(max(from, mention.first - 4)..<mention.first).contains(where: { sentence.key($0, in: markers) })
        {
            store.add(Relation(type: .tookPartIn, from: mention.id, to: lastEvent.id, properties: RoleProperties.participant, dates: lastEvent.dates),
                      symmetric: false, confidence: 0.6, rule: "event.attendance", evidence: evidence(sentence, mention.first, mention.end))
        }
    }

    /// "Étaient présents", "Étaient représentés", "Ont pris part", "Ont participé", "Participants", "Présents".
    private static func isAttendanceLabel(_ sentence: Sentence, _ words: Range<Int>) -> Bool {
        let first = sentence.key(words.lowerBound)
        switch first {
        case "participants", "presents", "assistance", "assistaient": return true
        case "etaient": return sentence.key(words.lowerBound + 1, in: Self.presentWords)
        case "ont": return sentence.key(words.lowerBound + 1, is: "participe", or: "assiste") || sentence.key(words.lowerBound + 1, is: "pris")
        default: return false
        }
    }

    /// Words that say a date is planned ("prévue en janvier 2025").
    /// What may stand before a record's body: a list's glue ("…, par le Ministère").
    private static let recordListJoiners: CueSet = [",", ";", "et", "par", "avec"]
    /// "étaient présents", "étaient représentés".
    private static let presentWords: CueSet = ["presents", "presentes", "representes", "representees"]
    static let plannedWords: CueSet = ["prevu", "prevue", "prevus", "prevues", "envisage", "envisagee", "programme", "programmee"]
    /// Words that say who pays ("financés par", "financement de").
    static let fundingWords: CueSet = ["finance", "financee", "finances", "financees", "financement", "pris", "supporte", "supportee"]
}
