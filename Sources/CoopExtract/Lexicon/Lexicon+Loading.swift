import CoopModel
import Foundation
import Yams

extension Lexicon {
    /// Reads every lexicon file of `directory` (countries, organisation heads, sectors, dates,
    /// agreements, events, places, known bodies); a missing file leaves its lists empty, a
    /// missing folder is an error.
    public static func load(directory: URL) throws(ExtractError) -> Lexicon {
        try ExtractError.requireFolder(directory, holding: "the lexicon files (countries.yaml, organisation-heads.yaml, …)")
        var lexicon = Lexicon()
        func read(_ name: String) throws(ExtractError) -> (Node, String)? {
            let url = directory.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
            let text: String
            do { text = try String(contentsOf: url, encoding: .utf8) } catch {
                throw ExtractError(file: url.path, "cannot be read as UTF-8 text: \(error.localizedDescription)")
            }
            return try YAMLReading.compose(text, file: url.path).map { ($0, url.path) }
        }
        if let (root, file) = try read("countries.yaml") {
            lexicon.defaultHome = YAMLReading.string(root["default_home"]).map { EntityID($0) }
            for item in YAMLReading.items(root["countries"]) {
                guard let id = YAMLReading.string(item["id"]) else {
                    throw ExtractError(file: file, line: YAMLReading.line(item), "a country has no `id`; add its ISO code")
                }
                lexicon.countries.append(Country(
                    id: EntityID(id), names: YAMLReading.strings(item["names"]),
                    adjectives: YAMLReading.strings(item["adjectives"]), prefixes: YAMLReading.strings(item["prefixes"])))
            }
        }
        if let (root, file) = try read("organisation-heads.yaml") {
            for item in YAMLReading.items(root["heads"]) + YAMLReading.items(root["programme_heads"]) + YAMLReading.items(root["titles"]) {
                guard let words = YAMLReading.string(item["words"]), let type = YAMLReading.string(item["type"]) else {
                    throw ExtractError(file: file, line: YAMLReading.line(item), "a head needs `words` and `type`")
                }
                lexicon.heads.append(Head(
                    words: words, type: NodeType(rawValue: type), kind: YAMLReading.string(item["kind"]),
                    strong: YAMLReading.string(item["strong"]) == "true", body: YAMLReading.string(item["body"]),
                    capitalOnly: YAMLReading.string(item["capital_only"]) == "true", facility: YAMLReading.string(item["facility"]) == "true"))
            }
            lexicon.qualifiers = YAMLReading.strings(root["qualifiers"])
            lexicon.homeQualifiers = YAMLReading.strings(root["home_qualifiers"])
            lexicon.foreignQualifiers = YAMLReading.strings(root["foreign_qualifiers"])
            lexicon.notAcronyms = YAMLReading.strings(root["not_acronyms"])
            lexicon.authorityMarkers = YAMLReading.strings(root["authority_markers"])
            lexicon.throughMarkers = YAMLReading.strings(root["through_markers"])
            lexicon.runnerMarkers = YAMLReading.strings(root["runner_markers"])
            lexicon.funderMarkers = YAMLReading.strings(root["funder_markers"])
            lexicon.membershipMarkers = YAMLReading.strings(root["membership_markers"])
            lexicon.internationalQualifiers = YAMLReading.strings(root["international_qualifiers"])
            lexicon.nameAdjectives = YAMLReading.strings(root["name_adjectives"])
            lexicon.companyNouns = YAMLReading.strings(root["company_nouns"])
            lexicon.internationalWords = YAMLReading.strings(root["international_words"])
        }
        if let (root, file) = try read("sectors.yaml") {
            for item in YAMLReading.items(root["sectors"]) {
                guard let id = YAMLReading.string(item["id"]), let fr = YAMLReading.string(item["fr"]) else {
                    throw ExtractError(file: file, line: YAMLReading.line(item), "a sector needs `id` and `fr`")
                }
                lexicon.sectors.append(Sector(
                    id: EntityID(id), fr: fr, en: YAMLReading.string(item["en"]), forms: YAMLReading.strings(item["forms"]),
                    transversal: YAMLReading.string(item["transversal"]) == "true", parent: YAMLReading.string(item["parent"]).map { EntityID($0) },
                    file: file, line: YAMLReading.line(item)))
            }
        }
        if let (root, file) = try read("dates.yaml") {
            for (key, value) in YAMLReading.pairs(root["months"]) {
                guard let month = Int(key), (1...12).contains(month) else {
                    throw ExtractError(file: file, line: YAMLReading.line(value), "month '\(key)' is not a number from 1 to 12")
                }
                lexicon.months[month] = YAMLReading.strings(value)
            }
            for (key, value) in YAMLReading.pairs(root["roles"]) {
                lexicon.roleWords[DateRole(rawValue: key)] = YAMLReading.strings(value)
            }
            lexicon.undatedWords = YAMLReading.strings(root["undated"])
            lexicon.occasionMarkers = YAMLReading.strings(root["occasion_markers"])
        }
        if let (root, _) = try read("agreements.yaml") {
            for (key, value) in YAMLReading.pairs(root["kinds"]) {
                lexicon.agreementKinds[key] = YAMLReading.strings(value)
            }
            lexicon.executiveProgrammes = YAMLReading.strings(root["executive_programmes"])
            lexicon.partyMarkers = YAMLReading.strings(root["party_markers"])
            lexicon.signingVerbs = YAMLReading.strings(root["signing_verbs"])
            lexicon.implementMarkers = YAMLReading.strings(root["implement_markers"])
        }
        if let (root, file) = try read("events.yaml") {
            for item in YAMLReading.items(root["events"]) {
                guard let kind = YAMLReading.string(item["kind"]) else {
                    throw ExtractError(file: file, line: YAMLReading.line(item), "an event entry needs a `kind`")
                }
                lexicon.events.append(EventWord(
                    words: YAMLReading.strings(item["words"]), kind: kind, hazard: YAMLReading.string(item["hazard"])))
            }
            lexicon.eventQualifiers = YAMLReading.strings(root["qualifiers"])
            lexicon.participantNouns = YAMLReading.strings(root["participants"])
            lexicon.bothPartiesPhrases = YAMLReading.strings(root["both_parties"])
            lexicon.audienceMarkers = YAMLReading.strings(root["audience_markers"])
        }
        if let (root, file) = try read("places.yaml") {
            for item in YAMLReading.items(root["places"]) {
                guard let id = YAMLReading.string(item["id"]), let fr = YAMLReading.string(item["fr"]) else {
                    throw ExtractError(file: file, line: YAMLReading.line(item), "a place needs `id` and `fr`")
                }
                lexicon.places.append(Place(
                    id: EntityID(id), fr: fr, kind: YAMLReading.string(item["kind"]) ?? "city",
                    country: YAMLReading.string(item["country"]).map { EntityID($0) },
                    adjectives: YAMLReading.strings(item["adjectives"])))
            }
        }
        if let (root, file) = try read("bodies.yaml") {
            for item in YAMLReading.items(root["bodies"]) {
                guard let id = YAMLReading.string(item["id"]), let name = YAMLReading.string(item["name"]),
                    let type = YAMLReading.string(item["type"]), type == "organisation" || type == "agency"
                else {
                    throw ExtractError(file: file, line: YAMLReading.line(item), "a body needs `id`, `name` and `type` (organisation or agency)")
                }
                lexicon.bodies.append(Body(
                    id: EntityID(id), type: NodeType(rawValue: type), name: name, names: YAMLReading.strings(item["names"]),
                    acronyms: YAMLReading.strings(item["acronyms"]), country: YAMLReading.string(item["country"]).map { EntityID($0) }))
            }
        }
        if let (root, file) = try read("activities.yaml") { lexicon.activities = try Activities(root, file: file) }
        return lexicon
    }
}

extension Lexicon {
    /// Throws for a sector whose `parent` names no sector of the lexicon or of `knowledge`: a
    /// mistyped parent would otherwise be dropped in silence and its facts would not reach it.
    public func checkSectorParents(knowledge: KnowledgeGraph?) throws(ExtractError) {
        let lexiconSectors = Set(sectors.map(\.id))
        for sector in sectors {
            guard let parent = sector.parent else { continue }
            if parent == sector.id {
                throw ExtractError(file: sector.file, line: sector.line, "sector '\(sector.id)' names itself as its `parent`; name the broader sector it belongs to, or remove `parent`")
            }
            if lexiconSectors.contains(parent) { continue }
            if let entity = knowledge?.entity(parent), entity.type == .sector { continue }
            throw ExtractError(file: sector.file, line: sector.line, "sector '\(sector.id)' has `parent: \(parent)`, which is no sector of the lexicon or the knowledge base; use an existing sector id (such as sector.finance) or add that sector first")
        }
    }
}
