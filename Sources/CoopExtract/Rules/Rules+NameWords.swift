import CoopModel

/// The words that read an institution's name (`institutionName`): connectors inside names, words
/// that stop one, adjectives that may open one.
extension DocumentExtraction {
    static let connectors: CueSet = [
        "de", "du", "des", "la", "le", "les", "l", "d", "'", "à", "aux", "au", "pour", "et", "en", "charge", "chargee", "sur",
        // Inside names in Spanish, Italian and Portuguese ("Instituto de las Mujeres", "Consiglio
        // Nazionale delle Ricerche").
        "del", "las", "los", "di", "della", "delle", "dello", "dei", "degli", "da", "do", "dos", "das",
    ]
    /// Words that open what a verb takes ("transmet ses données", "exploite le réseau",
    /// "coopère avec"), never what follows an adjective in a body's name.
    static let verbObjectStarts: CueSet = ["le", "la", "les", "l", "un", "une", "ses", "son", "sa", "leurs", "leur", "avec", "aux", "au"]
    static let nameStops: Set<String> = [
        "qui", "que", "dont", "est", "sont", "a", "ont", "avec", "par", "dans", "entre", "lors", "afin", "ainsi",
        "suivie", "suivi", "se", "s", "sous", "vers", "depuis", "selon", "sur", "contre", "apres", "avant", "comme",
        "notamment", "pendant", "relevant", "visant", "prevoit", "constitue", "concernant", "relatif", "relative", "tenue", "tenu",
        // Verbs that follow a body in this genre ("le Ministère coopère avec …"), never inside a name.
        "coopere", "cooperent", "participe", "participent", "organise", "finance", "accueille", "assure", "poursuit", "mene",
        "soutient", "entretient", "dispose", "developpe", "contribue", "travaille", "collabore", "examine", "recoit", "appuie",
        "encadre", "inscrit", "beneficie", "veille", "apporte",
        // "un groupe de travail mixte réunissant le Ministère et …": who it gathers follows.
        "reunissant", "regroupant", "associant", "rassemblant", "comprenant",
        // "le Centre fournit depuis 2017 à l'ITGC des lignées …".
        "fournit", "octroie", "accorde", "offre", "met", "gere", "exploite", "realise", "accompagne", "detient",
        // … and their plurals ("des cadres du Ministère suivent en Malaisie des sessions …").
        "suivent", "suit", "beneficient", "menent", "organisent", "assurent", "accueillent", "poursuivent", "financent", "appuient",
        "soutiennent", "travaillent", "collaborent", "dispensent", "regroupent", "continuent", "envisagent", "prevoient", "souhaitent",
        "entretiennent", "developpent", "contribuent", "examinent", "recoivent", "apportent", "encadrent", "veillent", "disposent",
        "fournissent", "octroient", "accordent", "offrent", "mettent", "gerent", "exploitent", "realisent", "accompagnent", "detiennent",
        // A telegram's present tense ("la commission mixte tient à Alger sa neuvième session", "la
        // société … achète depuis 2023 du phosphate", "le Centre … et le C-DAC signent à Pune …").
        "tient", "tiennent", "signe", "signent", "conclut", "concluent", "achete", "achetent", "confirme", "confirment",
        "relie", "relient", "coordonne", "coordonnent", "adopte", "adoptent", "reunit", "reunissent", "lance", "lancent",
        // "… Commission mixte tous les six mois": how often is no part of a name.
        "tous", "toutes", "chaque",
        // "bourses d'études octroyées par …": who grants them follows.
        "octroyees", "octroyes", "octroyee", "attribuees", "allouees", "offertes", "accordees",
        // "cinq bourses annuelles de master destinées à des étudiants …": for whom follows.
        "destinees", "destines", "destinee", "destine", "reservees", "reserves",
        // "ce Centre arabe doit être …": modal verbs and short futures.
        "doit", "doivent", "devra", "devront", "devrait", "devraient", "pourra", "pourront", "pourrait", "pourraient", "peut", "peuvent",
        "sera", "seront", "serait", "seraient", "aura", "auront", "fera", "feront",
    ]
    /// Adjectives that may open a name before its head ("Nouveau partenariat …", "Haut Conseil …").
    static let leadingAdjectives: CueSet = ["nouveau", "nouvel", "nouvelle", "grand", "grande", "haut", "haute", "premier", "premiere"]
    /// Prepositions of `nameStops` that a name may hold when its acronym follows ("… contre la drogue (ONUDC)").
    static let namePrepositions: CueSet = ["contre", "sur", "sous", "entre", "dans", "vers", "par"]
    /// The words the name-reading loop tests one by one, each compared by its hash first.
    struct NameWords {
        let en = FixedWord("en"), et = FixedWord("et"), at = FixedWord("à"), entre = FixedWord("entre"), sur = FixedWord("sur")
        let suivi = FixedWord("suivi"), comma = FixedWord(","), au = FixedWord("au"), aux = FixedWord("aux")
    }
    static let nameWords = NameWords()
    /// The classes of a word that ends a name (but for the exceptions of `institutionName`).
    static let nameEndClasses = WordClass.nameStop.union(.role).union(.through)
    /// The classes of a lower-case word that goes on with a capitalised name.
    static let nameGoOnClasses = WordClass.connector.union(.qualifier)
    static let articles: CueSet = ["le", "la", "les", "l", "un", "une", "des", "ce", "cette", "ces", "son", "sa", "ses"]
    /// The words between a ministry's head and its portfolio ("Ministère de l'Administration").
    static let portfolioLeads: CueSet = ["de", "du", "d", "l", "la", "'"]
    /// The words before a country where something is ("au Cameroun", "en Tunisie").
    static let inCountryWords: CueSet = ["au", "aux", "en"]
    /// Qualifiers that make a lower-case programme head two-sided ("programme conjoint de …").
    static let jointQualifiers: CueSet = ["conjoint", "commun", "bilateral", "mixte"]
    /// Articles and "de" between a title and the body it names ("de l'", "du", "de la").
    static let articlesAndOf: CueSet = ["de", "du", "des", "d", "la", "le", "les", "l"]
    /// Words after a number that ends a name ("Université Blida 1 et …").
    static let afterNameNumber: Set<String> = ["et", "a", "ont", "est", "sont", "s", "avec", "ou", "en", "dans", "pour"]
    /// Auxiliary verb forms: "y a été", "y ont participé".
    static let auxiliaries: CueSet = ["a", "ont", "est", "sont", "etait", "etaient", "avait", "avaient", "sera", "seront"]
    /// Words after "sur" that are no programme's subject (`isProgrammeSubject`).
    static let notProgrammeSubjects: CueSet = ["periode", "proposition", "base", "demande", "place", "plan", "ensemble", "duree"]
    /// Articles, definite and indefinite, after "et" in a name (`institutionName`).
    static let definiteArticles: CueSet = ["le", "la", "les", "l", "un", "une"]

    /// Whether token `index` reads as an infinitive: a lower-case word of five letters or more
    /// ending in "er" or "ir" ("effectuer", "renforcer", "établir").
    func isInfinitive(_ sentence: Sentence, _ index: Int) -> Bool {
        guard sentence.range.contains(index), sentence.tokens[index].kind == .word, !sentence.tokens[index].capitalized else { return false }
        let key = sentence.tokens[index].key.utf8
        guard key.count >= 5, let last = key.last, last == UInt8(ascii: "r") else { return false }
        let before = key[key.index(key.endIndex, offsetBy: -2)]
        return before == UInt8(ascii: "e") || before == UInt8(ascii: "i")
    }

    /// Whether an occasion starts at token `index`, its article first: "l'ouverture",
    /// "l'occasion", "la clôture", "l'issue", "la suite", "l'initiative", "l'invitation", "la demande".
    func opensOccasion(_ sentence: Sentence, _ index: Int) -> Bool {
        var index = index
        while sentence.key(index, is: "l", or: "'", or: "la") { index += 1 }
        return sentence.key(index, in: Self.occasionNouns)
    }

    static let occasionNouns: CueSet = ["ouverture", "occasion", "cloture", "issue", "suite", "initiative", "invitation", "demande"]
}
