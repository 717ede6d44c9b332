import CoopModel

/// Partners listed below the sentence that announces them: "L'IANOR entretient des relations de
/// coopération avec les partenaires suivants :", then "- l'Organisation internationale de
/// normalisation (ISO) …" and "- le DIN (…), la PTB (…) et l'AFNOR", bullets that may run across
/// headings ("A- Sur le plan multilatéral"); and "2-En matière de coopération bilatérale :
/// Météo-France, l'Administration météorologique coréenne (KMA), …", a numbered line naming
/// partners after its colon, even after paragraphs. Each body or foreign country listed
/// cooperates with the announcing sentence's body (else the letterhead's).
extension DocumentExtraction {
    static let partnerListCues: CueSet = ["cooperation", "relations", "partenaires", "partenariat", "cooperent", "coopere"]

    mutating func buildPartnerList(_ sentence: Sentence, bullet: Bool, heading: Bool) {
        let last = sentence.range.upperBound - 1
        // The announcement: a cue, "avec", and a colon ending the line.
        if sentence.key(last, is: ":"), sentence.range.upperBound == sentence.line.tokens.count, sentence.contains(anyOf: Self.partnerListCues),
            let with = sentence.range.last(where: { sentence.key($0, is: "avec") })
        {
            let subject = sentence.mentions.first { $0.kind == .institution && $0.end <= with && !$0.id.rawValue.isEmpty }?.id
            if let actor = subject ?? letterheadBody {
                partnerListActor = actor
                partnerListOpen = true
                partnerListOpened = true
            }
            return
        }
        guard let actor = partnerListActor else { return }
        let first = sentence.range.lowerBound
        let from: Int
        if partnerListOpen && bullet {
            from = first
        } else if first == 0, let colon = sentence.range.first(where: { sentence.key($0, is: ":") }),
            (first..<colon).contains(where: { sentence.key($0, is: "cooperation") }), Self.isNumberingLabel(sentence.tokens[first]) || partnerListOpen && heading
        {
            from = colon + 1
        } else {
            return
        }
        for mention in sentence.mentions where mention.first >= from && (mention.kind == .institution || mention.kind == .country)
            && !mention.adjective && !mention.id.rawValue.isEmpty && mention.id != actor && mention.id != home && mention.id != letterheadBody
        {
            // "la PTB (…), institut national de métrologie allemand, et …": a description between
            // commas, in lower case and with no article, is no item.
            if sentence.key(mention.first - 1, is: ","), !sentence.tokens[mention.first].capitalized { continue }
            // "…, dont l'Algérie est membre": a clause about the item, not another item.
            if (max(from, mention.first - 3)..<mention.first).contains(where: { sentence.key($0, is: "dont") }) { continue }
            store.add(Relation(type: .cooperatesWith, from: actor, to: mention.id), symmetric: true, confidence: 0.6,
                      rule: "cooperation.partner-list", evidence: evidence(sentence, mention.first, mention.end))
        }
    }
}
