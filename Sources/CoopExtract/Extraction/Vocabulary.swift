import CoopModel

/// What a known phrase is.
enum Term: Sendable {
    case country(EntityID)
    /// A country named by an upper-case abbreviation; only an upper-case token matches it.
    case countryAcronym(EntityID)
    case demonym(EntityID)
    case countryPrefix(EntityID)
    /// A KB entity that is not a country, named by its name, alias or acronym.
    case entity(EntityIndex)
    /// A KB sector, named by its name or alias.
    case knownSector(EntityIndex)
    /// A KB entity named by its acronym; only an upper-case token matches it.
    case entityAcronym(EntityIndex)
    case head(Int)
    case sector(Int)
    case month(Int)
    case role(DateRole)
    case undated
    case agreement(String)
    case event(Int)
    case place(Int)
    /// A region named by its adjective ("la protection civile africaine").
    case placeAdjective(Int)
    /// A body of `lexicon.bodies` named by a name without a head word ("Banque mondiale"); its
    /// acronyms are found through `Vocabulary.bodyByAcronym`, as bare acronyms are.
    case knownBody(Int)

    /// Whether the phrase names an agreement kind.
    var isAgreement: Bool {
        if case .agreement = self { return true }
        return false
    }
}

/// The lexicon and the knowledge base compiled into one phrase matcher.
///
/// A final class, not a struct: `DocumentExtraction` held its thousand bytes inline, and each call
/// from one of its mutating methods to a non-mutating helper copied the whole reading into a
/// temporary; so did each function taking the vocabulary as an argument.
final class Vocabulary: Sendable {
    let lexicon: Lexicon
    let knowledge: KnowledgeGraph?
    let gazetteer: Gazetteer<Term>
    /// Resolved sector ids and names, by index of `lexicon.sectors`.
    let sectorIDs: [EntityID]
    /// The ids of the lexicon's transversal sectors (`transversal: true`).
    let transversalSectors: Set<EntityID>
    let sectorNames: [String]
    /// Each lexicon sector's forms in lower case, for the participle test of a sector word
    /// (`participleFoldedIntoForm`), lowered once rather than at each word.
    let lowercasedSectorForms: [[String]]
    let qualifiers: Set<String>
    let homeQualifiers: Set<String>
    let foreignQualifiers: CueSet
    let notAcronyms: Set<String>
    /// Country names for display, by id (KB name first, else the lexicon's first name).
    let countryNames: [EntityID: String]
    /// The ids of `countryNames` as a table of two-byte codes (`countryOfBody`).
    let countryCodes: CountryCodes
    /// Folded names of known agreement kinds' single words (to stop organisation names).
    let roleKeys: Set<String>
    /// Folded words after which the parties of an agreement are named ("entre").
    let partyMarkerKeys: Set<String>
    /// `partyMarkerKeys`, `authorityKeys` and `throughKeys` as `CueSet`s: the agreement rules test
    /// every token after an agreement against them, by the token's hash rather than by hashing its
    /// key (`Rules+Relations`, `Rules+Authority`, which tests the words between every two bodies).
    let partyMarkers: CueSet
    let authorityMarkers: CueSet
    let throughMarkers: CueSet
    let signingVerbKeys: Set<String>
    /// The lexicon place of each KB place of the same name, for its country.
    let lexiconPlaceOfKnown: [EntityIndex: Int]
    /// Folded words that put the body named next above the body named before ("tutelle", "relevant").
    let authorityKeys: Set<String>
    /// Folded words before a body the subject acts through ("travers").
    let throughKeys: Set<String>
    /// Folded single-word demonyms ("algerien", "francaise").
    let demonymKeys: Set<String>
    /// `Folding.fold(head.words)` of each of `lexicon.heads`, in the same order: the rules that
    /// compare a name with every head folded each head at each call (a tokenization apiece).
    let foldedHeadWords: [String]
    /// The content words of each KB body's names of at least three such words (no connector,
    /// demonym or compound prefix), to link a longer wording of the same name.
    /// `filter` has bit `wordBit` of each word's `KeyHash`: a name with a word the text lacks is
    /// turned away by one test, before its set is compared.
    let bodyWordSets: [(index: EntityIndex, type: NodeType, words: Set<String>, filter: UInt64)]

    /// The bit of a `bodyWordSets` filter for a word with this `KeyHash`.
    @inline(__always)
    static func wordBit(_ hash: UInt32) -> UInt64 { 1 << UInt64((hash >> 11) & 63) }
    /// Folded event qualifiers ("ministerielles") and participant nouns ("experts").
    let eventQualifierKeys: Set<String>
    let participantKeys: Set<String>
    /// Token keys of the phrases naming both parties ("de part et d'autre") and of occasion markers ("en marge de").
    let bothPartiesPhrases: [[String]]
    let audiencePhrases: [[String]]
    let occasionPhrases: [[String]]
    /// Token keys of the phrases before a programme's runners ("initié par") and before what an agreement implements.
    let runnerPhrases: [[String]]
    /// Token keys of `funder_markers`, also among `runnerPhrases` (a name ends before them too).
    let funderPhrases: Set<[String]>
    /// Folded `name_adjectives` and `company_nouns`.
    let nameAdjectives: Set<String>
    let companyNouns: Set<String>
    /// `companyNouns` by the tokens' hashes: `findMentions` asks at every lower-case token.
    let companyNounCues: CueSet
    /// Folded `international_qualifiers`, and the token keys of `international_words`.
    let internationalQualifiers: Set<String>
    let internationalPhrases: [[String]]
    /// `internationalQualifiers` by the tokens' hashes, and the first words of
    /// `internationalPhrases`: `isInternational` asks for most names.
    let internationalQualifierCues: CueSet
    let internationalStarts: PhraseStarts
    /// Token keys of the phrases that make a country or body a member of an organisation.
    let membershipPhrases: [[String]]
    let implementPhrases: [[String]]
    /// The first words of the phrase lists searched on most sentences (`PhraseStarts`), in the
    /// order of the lists.
    let bothPartiesStarts: PhraseStarts
    let audienceStarts: PhraseStarts
    let occasionStarts: PhraseStarts
    let runnerStarts: PhraseStarts
    let membershipStarts: PhraseStarts
    let implementStarts: PhraseStarts
    /// The KB's broader sectors above each entity, for `covers`.
    let sectorParents: SectorParents
    /// The KB's agreements by kind and date.
    let knownAgreements: KnownAgreements
    /// `lexicon.bodies` by acronym as written and by folded name (`Rules+KnownBodies`).
    let bodyByAcronym: [String: Int]
    let bodyByName: [String: Int]
    /// The classes of the words the name-reading loops test.
    let wordClasses: WordClasses
    /// The activity words, compiled (`ActivityWords`).
    let activities: ActivityWords

    init(lexicon: Lexicon, knowledge: KnowledgeGraph?) {
        self.lexicon = lexicon
        self.knowledge = knowledge
        var gazetteer = Gazetteer<Term>()
        var countryNames: [EntityID: String] = [:]
        for country in lexicon.countries {
            for name in country.names { gazetteer.add(name, Self.isAcronym(name) ? .countryAcronym(country.id) : .country(country.id)) }
            for adjective in Self.withPlurals(country.adjectives) { gazetteer.add(adjective, .demonym(country.id)) }
            for prefix in country.prefixes { gazetteer.add(prefix, .countryPrefix(country.id)) }
            if let first = country.names.first { countryNames[country.id] = first }
        }
        // The KB first: its names win over lexicon forms of the same length.
        if let knowledge {
            // A country's name in another language that is a town's French name ("Mexico") names the town.
            let placeNames = Set(lexicon.places.map { Folding.fold($0.fr) })
            for index in knowledge.entityIndices {
                let entity = knowledge.entity(at: index)
                let names = entity.names.all + entity.aliases + entity.acronyms
                switch entity.type {
                case .country:
                    countryNames[entity.id] = entity.names.fr
                    for name in names where name == entity.names.fr || !placeNames.contains(Folding.fold(name)) {
                        gazetteer.add(name, Self.isAcronym(name) ? .countryAcronym(entity.id) : .country(entity.id))
                    }
                case .sector:
                    // As for lexicon forms, a plural "s" on the last word is optional.
                    for name in entity.names.all + entity.aliases where name.count >= 3 {
                        gazetteer.add(name, .knownSector(index))
                        if let variant = Self.pluralVariant(name) { gazetteer.add(keys: variant, .knownSector(index)) }
                    }
                case .agreement, .event:
                    continue
                default:
                    for name in entity.names.all + entity.aliases where name.count >= 2 { gazetteer.add(name, .entity(index)) }
                    for acronym in entity.acronyms where acronym.count >= 2 { gazetteer.add(acronym, .entityAcronym(index)) }
                }
            }
        }
        var sectorIDs: [EntityID] = []
        var sectorNames: [String] = []
        for (index, sector) in lexicon.sectors.enumerated() {
            var id = sector.id
            var name = sector.fr
            if let knowledge {
                let found = ([sector.fr] + (sector.en.map { [$0] } ?? [])).lazy.flatMap { knowledge.lookup($0) }
                    .first { knowledge.entity(at: $0).type == .sector }
                if let found {
                    id = knowledge.entity(at: found).id
                    name = knowledge.entity(at: found).names.fr
                }
            }
            sectorIDs.append(id)
            sectorNames.append(name)
            for form in [sector.fr] + sector.forms {
                gazetteer.add(form, .sector(index))
                if let variant = Self.pluralVariant(form) { gazetteer.add(keys: variant, .sector(index)) }
            }
        }
        for (index, head) in lexicon.heads.enumerated() {
            gazetteer.add(head.words, .head(index))
            // Programmes also come in lists ("les différentes plateformes …"): plural heads too.
            if head.type == .programme, let plural = Self.pluralVariant(head.words), !head.words.hasSuffix("s") {
                gazetteer.add(keys: plural, .head(index))
            }
        }
        for (month, names) in lexicon.months.sorted(by: { $0.key < $1.key }) { for name in names { gazetteer.add(name, .month(month)) } }
        var roleKeys = Set<String>()
        for (role, words) in lexicon.roleWords.sorted(by: { $0.key < $1.key }) {
            for word in words {
                gazetteer.add(word, .role(role))
                roleKeys.insert(Folding.fold(word))
            }
        }
        for word in lexicon.undatedWords { gazetteer.add(word, .undated) }
        for (kind, words) in lexicon.agreementKinds.sorted(by: { $0.key < $1.key }) { for word in words { gazetteer.add(word, .agreement(kind)) } }
        for word in lexicon.executiveProgrammes { gazetteer.add(word, .agreement(DocumentExtraction.executiveProgrammeKind)) }
        for (index, event) in lexicon.events.enumerated() { for word in event.words { gazetteer.add(word, .event(index)) } }
        for (index, place) in lexicon.places.enumerated() {
            gazetteer.add(place.fr, .place(index))
            // "au Caire", "à La Havane": a name with an article is also found without it.
            for article in ["Le ", "La ", "Les "] where place.fr.hasPrefix(article) {
                gazetteer.add(String(place.fr.dropFirst(article.count)), .place(index))
            }
            for adjective in place.adjectives { gazetteer.add(adjective, .placeAdjective(index)) }
        }
        // After the KB and the heads: at the same length, a KB name or a head reads first.
        var bodyByAcronym: [String: Int] = [:]
        var bodyByName: [String: Int] = [:]
        for (index, body) in lexicon.bodies.enumerated() {
            for name in [body.name] + body.names {
                gazetteer.add(name, .knownBody(index))
                bodyByName[Folding.fold(name)] = bodyByName[Folding.fold(name)] ?? index
            }
            for acronym in body.acronyms { bodyByAcronym[acronym] = bodyByAcronym[acronym] ?? index }
        }
        self.bodyByAcronym = bodyByAcronym
        self.bodyByName = bodyByName
        gazetteer.seal()
        self.gazetteer = gazetteer
        self.transversalSectors = Set(lexicon.sectors.indices.filter { lexicon.sectors[$0].transversal }.map { sectorIDs[$0] })
        self.sectorIDs = sectorIDs
        self.sectorNames = sectorNames
        self.lowercasedSectorForms = lexicon.sectors.map { $0.forms.map { $0.lowercased() } }
        self.qualifiers = Set(lexicon.qualifiers.map(Folding.fold))
        self.homeQualifiers = Set(lexicon.homeQualifiers.map(Folding.fold))
        self.foreignQualifiers = CueSet(Set(lexicon.foreignQualifiers.map(Folding.fold)))
        self.notAcronyms = Set(lexicon.notAcronyms.map(Folding.fold))
        self.countryNames = countryNames
        self.countryCodes = CountryCodes(countryNames.keys)
        self.roleKeys = roleKeys
        self.partyMarkerKeys = Set(lexicon.partyMarkers.map(Folding.fold))
        self.signingVerbKeys = Set(lexicon.signingVerbs.map(Folding.fold))
        self.authorityKeys = Set(lexicon.authorityMarkers.map(Folding.fold))
        self.throughKeys = Set(lexicon.throughMarkers.map(Folding.fold))
        self.partyMarkers = CueSet(partyMarkerKeys)
        self.authorityMarkers = CueSet(authorityKeys)
        self.throughMarkers = CueSet(throughKeys)
        var lexiconPlaceOfKnown: [EntityIndex: Int] = [:]
        if let knowledge {
            let byName = Dictionary(lexicon.places.enumerated().map { (Folding.fold($0.element.fr), $0.offset) }, uniquingKeysWith: { first, _ in first })
            for index in knowledge.indices(ofType: .place) {
                // By name, else by alias ("Wilaya d'Oran", also called "Oran").
                let entity = knowledge.entity(at: index)
                lexiconPlaceOfKnown[index] = ([entity.names.fr] + entity.aliases).lazy.compactMap { byName[Folding.fold($0)] }.first
            }
        }
        self.lexiconPlaceOfKnown = lexiconPlaceOfKnown
        self.demonymKeys = Set(Self.withPlurals(lexicon.countries.flatMap(\.adjectives)).map(Folding.fold).filter { !$0.contains(" ") })
        self.foldedHeadWords = lexicon.heads.map { Folding.fold($0.words) }
        let prefixKeys = Set(lexicon.countries.flatMap(\.prefixes).map(Folding.fold))
        var bodyWordSets: [(index: EntityIndex, type: NodeType, words: Set<String>, filter: UInt64)] = []
        if let knowledge {
            for type in [NodeType.ministry, .agency, .organisation, .jointBody] {
                for index in knowledge.indices(ofType: type) {
                    let entity = knowledge.entity(at: index)
                    for name in entity.names.all + entity.aliases {
                        let words = Self.contentWords(of: name, skipping: demonymKeys.union(prefixKeys))
                        if words.count >= 3 {
                            bodyWordSets.append((index, type, words, words.reduce(0) { $0 | Self.wordBit(KeyHash.of($1)) }))
                        }
                    }
                }
            }
        }
        self.bodyWordSets = bodyWordSets
        self.eventQualifierKeys = Set(lexicon.eventQualifiers.map(Folding.fold))
        self.participantKeys = Set(lexicon.participantNouns.map(Folding.fold))
        self.bothPartiesPhrases = lexicon.bothPartiesPhrases.map { Tokenizer.tokenize($0).tokens.map(\.key) }.filter { !$0.isEmpty }
        self.audiencePhrases = lexicon.audienceMarkers.map { Tokenizer.tokenize($0).tokens.map(\.key) }.filter { !$0.isEmpty }
        self.occasionPhrases = lexicon.occasionMarkers.map { Tokenizer.tokenize($0).tokens.map(\.key) }.filter { !$0.isEmpty }
        let funderPhrases = lexicon.funderMarkers.map { Tokenizer.tokenize($0).tokens.map(\.key) }.filter { !$0.isEmpty }
        self.funderPhrases = Set(funderPhrases)
        self.runnerPhrases = lexicon.runnerMarkers.map { Tokenizer.tokenize($0).tokens.map(\.key) }.filter { !$0.isEmpty } + funderPhrases
        self.nameAdjectives = Set(lexicon.nameAdjectives.map(Folding.fold))
        self.companyNouns = Set(lexicon.companyNouns.map(Folding.fold))
        self.companyNounCues = CueSet(companyNouns)
        self.internationalQualifiers = Set(lexicon.internationalQualifiers.map(Folding.fold))
        self.internationalPhrases = lexicon.internationalWords.map { Tokenizer.tokenize($0).tokens.map(\.key) }.filter { !$0.isEmpty }
        self.internationalQualifierCues = CueSet(internationalQualifiers)
        self.internationalStarts = PhraseStarts(internationalPhrases)
        self.membershipPhrases = lexicon.membershipMarkers.map { Tokenizer.tokenize($0).tokens.map(\.key) }.filter { !$0.isEmpty }
        self.implementPhrases = lexicon.implementMarkers.map { Tokenizer.tokenize($0).tokens.map(\.key) }.filter { !$0.isEmpty }
        self.bothPartiesStarts = PhraseStarts(bothPartiesPhrases)
        self.audienceStarts = PhraseStarts(audiencePhrases)
        self.occasionStarts = PhraseStarts(occasionPhrases)
        self.runnerStarts = PhraseStarts(runnerPhrases)
        self.membershipStarts = PhraseStarts(membershipPhrases)
        self.implementStarts = PhraseStarts(implementPhrases)
        self.sectorParents = SectorParents(knowledge, lexicon: lexicon.sectors)
        self.knownAgreements = KnownAgreements(knowledge)
        self.wordClasses = WordClasses([
            (.connector, DocumentExtraction.connectors.keys), (.nameStop, DocumentExtraction.nameStops), (.role, self.roleKeys),
            (.through, self.throughKeys), (.qualifier, self.qualifiers), (.quotationMark, DocumentExtraction.quotationMarks),
            (.agreementStop, DocumentExtraction.agreementStops), (.preposition, DocumentExtraction.prepositions),
            (.agreementAdjective, DocumentExtraction.agreementAdjectives),
            (.runnerStart, Set(self.runnerPhrases.compactMap(\.first))), (.companyNoun, self.companyNouns),
            (.nameAdjective, self.nameAdjectives), (.internationalStart, Set(self.internationalPhrases.compactMap(\.first))),
        ])
        self.activities = ActivityWords(lexicon.activities)
    }

    /// The token keys of `form` with a final "s" added to, or taken from, its last word (of four
    /// letters or more), so that "sécurité sanitaire" also finds "sécurité sanitaires".
    static func pluralVariant(_ form: String) -> [String]? {
        let keys = Tokenizer.tokenize(form).tokens.filter { $0.kind != .hyphen }.map(\.key)
        guard let last = keys.last, last.count > 3 else { return nil }
        return Array(keys.dropLast()) + [last.hasSuffix("s") ? String(last.dropLast()) : last + "s"]
    }

    /// Adjectives with their plural in "s" where the lexicon lists none ("norvégien" → "norvégiens").
    static func withPlurals(_ adjectives: [String]) -> [String] {
        var all = adjectives
        for adjective in adjectives where !adjective.hasSuffix("s") && !adjective.hasSuffix("x") && !adjectives.contains(adjective + "s") {
            all.append(adjective + "s")
        }
        return all
    }

    /// The folded words of `name` that carry its meaning: no connector, nor any of `skipping`.
    static func contentWords(of name: String, skipping: Set<String>) -> Set<String> {
        Set(Tokenizer.tokenize(name).tokens.filter {
            $0.kind == .word && $0.key.count > 1 && !DocumentExtraction.connectors.contains($0.key) && !skipping.contains($0.key)
        }.map(\.key))
    }

    /// Whether `name` is written as an upper-case abbreviation (`EAU`, `RDC`).
    static func isAcronym(_ name: String) -> Bool {
        name.count <= 6 && name.count >= 2 && name.allSatisfy { $0.isUppercase }
    }
}
