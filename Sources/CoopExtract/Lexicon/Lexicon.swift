import CoopModel

/// The word lists the extractor uses, read from `Data/lexicons/*.yaml` so they grow without code.
public struct Lexicon: Sendable {
    /// Name forms of one country.
    public struct Country: Sendable, Hashable {
        public var id: EntityID
        public var names: [String]
        public var adjectives: [String]
        public var prefixes: [String]
    }

    /// A word that opens an institution's name.
    public struct Head: Sendable, Hashable {
        public var words: String
        public var type: NodeType
        public var kind: String?
        public var strong: Bool
        /// For a title of office ("Ministre", "secrétaire d'Etat"): the head word of the body
        /// it stands for ("Ministère", "Secrétariat d'Etat"), which replaces it in the name.
        public var body: String?
        /// A head that is a common noun too ("société", "entreprise"): it names a body only with a
        /// capital letter or an acronym, never through a qualifier ("la société civile").
        public var capitalOnly = false
        /// A facility built or run (a plant, a complex, a reactor): in lower case it names a
        /// project when its name ends on a proper name ("le complexe sidérurgique de Bethioua").
        public var facility = false
    }

    /// A sector with the forms that name it.
    public struct Sector: Sendable, Hashable {
        public var id: EntityID
        public var fr: String
        public var en: String?
        public var forms: [String]
        /// A sector that cuts across the others (training): an agreement about it still belongs
        /// to the sector of its section ("formation des conducteurs de trains" under rail transport).
        public var transversal = false
        /// The broader sector it belongs to ("Fiscalité" under "Finances"), for a sector the KB
        /// does not hold: a fact covering it covers the parent too.
        public var parent: EntityID? = nil
        /// Where the sector is written (`sectors.yaml` and its 1-based line), for messages.
        public var file: String? = nil
        public var line: Int? = nil
    }

    /// A word that opens an event, with its kind and hazard.
    public struct EventWord: Sendable, Hashable {
        public var words: [String]
        public var kind: String
        public var hazard: String?
    }

    /// A known place that is not a country.
    public struct Place: Sendable, Hashable {
        public var id: EntityID
        public var fr: String
        public var kind: String
        public var country: EntityID?
        /// For a region: the adjectives that name it ("africain", "africaine").
        public var adjectives: [String] = []
    }

    /// A well-known international organisation or foreign public body (`bodies.yaml`).
    public struct Body: Sendable, Hashable {
        public var id: EntityID
        public var type: NodeType
        public var name: String
        /// Other names: official names in other languages, older or shorter names.
        public var names: [String] = []
        public var acronyms: [String] = []
        /// The country of a national body.
        public var country: EntityID?
    }

    public var countries: [Country] = []
    public var bodies: [Body] = []
    /// The country documents speak for when neither the user nor the letterhead says it.
    public var defaultHome: EntityID?
    public var heads: [Head] = []
    public var qualifiers: [String] = []
    /// Adjectives that make a body naming no country the home country's ("nationale").
    public var homeQualifiers: [String] = []
    /// Words that make a body foreign to the home country ("fédéral" for Algeria).
    public var foreignQualifiers: [String] = []
    public var notAcronyms: [String] = []
    /// Words after a body that introduce the body it answers to ("sous tutelle de", "relevant de").
    public var authorityMarkers: [String] = []
    /// Words before a body through which the sentence's subject acts ("à travers la Direction …").
    public var throughMarkers: [String] = []
    public var sectors: [Sector] = []
    /// Month number (1–12) to its names.
    public var months: [Int: [String]] = [:]
    /// Date role to the words that announce it.
    public var roleWords: [DateRole: [String]] = [:]
    public var undatedWords: [String] = []
    /// Agreement kind (schema value) to its French words.
    public var agreementKinds: [String: [String]] = [:]
    /// Words of executive programmes ("programme exécutif"): read like agreements, proposed as programmes.
    public var executiveProgrammes: [String] = []
    public var partyMarkers: [String] = []
    /// Verbs and auxiliaries between an agreement's subjects and the agreement ("ont conclu").
    public var signingVerbs: [String] = []
    public var events: [EventWord] = []
    /// Adjectives that make an undated event word name one event ("visites ministérielles").
    public var eventQualifiers: [String] = []
    /// Nouns of people a demonym after them makes a country's participants ("experts portugais").
    public var participantNouns: [String] = []
    /// Phrases saying that both countries of the document took part ("les deux parties", "de part et d'autre").
    public var bothPartiesPhrases: [String] = []
    /// Phrases before the people an event was open to ("ouvert aux", "à l'intention des"): the
    /// countries named in them took part.
    public var audienceMarkers: [String] = []
    /// Phrases before the bodies that run a programme ("initié par", "piloté par").
    public var runnerMarkers: [String] = []
    /// Phrases before the bodies that fund a programme ("financé par"): a foreign funder
    /// supports it, the home country runs it.
    public var funderMarkers: [String] = []
    /// Lower-case adjectives that go on with a capitalised name ("Affaires étrangères", "Recherche scientifique").
    public var nameAdjectives: [String] = []
    /// Common nouns of companies ("la compagnie indienne ONGC Videsh"): with a demonym and a
    /// capitalised name after them, the name is a company of that country.
    public var companyNouns: [String] = []
    /// Adjectives right after a head that make the body an international organisation ("internationale").
    public var internationalQualifiers: [String] = []
    /// Words anywhere in a body's name that make it an international organisation ("Nations Unies", "mondiale").
    public var internationalWords: [String] = []
    /// Phrases between a country or body and an organisation it belongs to ("est membre de", "a adhéré à").
    public var membershipMarkers: [String] = []
    /// Phrases between an agreement and the programmes it implements ("mise en œuvre").
    public var implementMarkers: [String] = []
    /// Phrases putting a fact at an event, so that it takes the event's date ("en marge de", "lors de").
    public var occasionMarkers: [String] = []
    public var places: [Place] = []
    /// How activities are described (`activities.yaml`).
    public var activities = Activities()

    /// An empty lexicon; fill it or load one with ``load(directory:)``.
    public init() {}
}
