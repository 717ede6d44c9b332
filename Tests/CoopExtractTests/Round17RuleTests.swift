@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules added in session 13 (Docs/extraction.md, "Round 17"). The sentences are written for
/// these tests.
struct Round17RuleTests {
    /// "… sous la coprésidence des ministres des Affaires étrangères des deux pays": each country's
    /// ministry takes part in the session, under its country, and the two work together; the home
    /// one is the knowledge base's when it knows it.
    @Test func officesOfBothCountriesCoChairTheSession() throws {
        let text = "La commission mixte algéro-chilienne a tenu sa quatrième session à Santiago les 3 et 4 mai 2021 sous la coprésidence des ministres des affaires étrangères des deux pays."
        let ministry = Entity(id: "dz.mae", type: .ministry, names: Names(fr: "Ministère des Affaires étrangères"))
        let extraction = try Support.extract(text, knowledge: try Support.graph([ministry]), home: "DZ")
        let session = try #require(extraction.entities(ofType: .event).first)
        let chilean = try #require(extraction.entities(ofType: .ministry).first { $0.id.rawValue.hasPrefix("cl.") })
        #expect(chilean.names.fr.hasPrefix("Ministère des Affaires étrangères"))
        #expect(extraction.has(.tookPartIn, "dz.mae", session.id) && extraction.has(.tookPartIn, chilean.id, session.id))
        #expect(extraction.has(.underAuthorityOf, chilean.id, "CL") && extraction.has(.underAuthorityOf, "dz.mae", "DZ"))
        #expect(extraction.has(.cooperatesWith, "dz.mae", chilean.id) || extraction.has(.cooperatesWith, chilean.id, "dz.mae"))
        // Heads of government: "les Premiers ministres des deux pays".
        let premiers = try Support.extract("La haute commission mixte algéro-tunisienne, coprésidée par les Premiers ministres des deux pays, a tenu sa 22e session à Tunis le 9 juin 2023.", home: "DZ")
        let offices = premiers.entities(ofType: .ministry).filter { $0.names.fr.hasPrefix("Services du Premier ministre") }
        #expect(Set(offices.map { String($0.id.rawValue.prefix(3)) }) == ["dz.", "tn."])
        // Without "des deux pays", or without an event, nobody is guessed.
        let one = try Support.extract("La commission mixte algéro-chilienne a tenu sa session à Santiago en mai 2021 sous la coprésidence des ministres des affaires étrangères.", home: "DZ")
        #expect(!one.relations.contains { $0.review.rule == "event.cochairs" })
        let none = try Support.extract("Les ministres des affaires étrangères des deux pays entretiennent des contacts réguliers avec le Chili.", home: "DZ")
        #expect(!none.relations.contains { $0.review.rule == "event.cochairs" })
    }

    @Test func aPortfolioIsWrittenAsMinistriesAre() {
        #expect(DocumentExtraction.capitalisingPortfolio("des affaires étrangères") == "des Affaires étrangères")
        #expect(DocumentExtraction.capitalisingPortfolio("de l'agriculture") == "de l'Agriculture")
        #expect(DocumentExtraction.capitalisingPortfolio("de la santé") == "de la Santé")
    }

    /// A bare head standing for a body ends before an auxiliary, a spaced dash, or a preposition
    /// with an indefinite article; capitals after a number are its unit, not an acronym.
    @Test func aBareHeadEndsBeforeWhatIsNotItsName() throws {
        let text = """
            Le Commissariat aux énergies nouvelles (CENA) coopère avec l'Allemagne.
            Le Commissariat avait auparavant conclu un accord avec la Tunisie.
            Un contrat a été conclu avec l'Institut pour une durée de trois ans.
            Objet : bilan de l'Institut – situation au 30 juin 2024.
            La puissance installée avoisinait 650 MW en 2024.
            Une délégation de cadres du Ministère et de Sonelgaz a visité Berlin.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let names = extraction.entities.map(\.entity.names.fr)
        #expect(!names.contains { $0.contains("avait") || $0.contains("durée") || $0.contains("situation") || $0.contains("et de") }, "\(names)")
        #expect(extraction.entity(acronym: "MW") == nil)
        // A hyphen inside a name still joins it.
        let joined = try Support.extract("Le Goethe-Institut d'Alger organise un concert.", home: "DZ")
        #expect(joined.entities.contains { $0.entity.names.fr.hasPrefix("Goethe-Institut") })
    }

    /// "l'UN-GGIM": an acronym joined by a hyphen is one name, the one the document defined;
    /// unknown, neither half is read as an acronym of its own.
    @Test func aHyphenatedAcronymIsOneName() throws {
        let text = """
            L'Algérie coopère avec le Comité d'experts des Nations Unies sur l'information géospatiale (UN-GGIM).
            L'Institut a pris part en 2023 aux travaux de l'UN-GGIM à New York.
            Le CRASTE-LF accueille des ingénieurs algériens.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let committee = try #require(extraction.entity(acronym: "UN-GGIM"))
        #expect(Set(committee.sources.map(\.line)) == [1, 2])
        #expect(extraction.entity(acronym: "UN") == nil && extraction.entity(acronym: "GGIM") == nil)
        #expect(extraction.entity(acronym: "CRASTE") == nil && extraction.entity(acronym: "LF") == nil)
    }

    /// Rows of a table written with bars under a header naming its columns: the partner cells
    /// are the parties of the row's agreement, a cell naming no known body a company of the
    /// country the announcing line gives (the home one for the home partner's column).
    @Test func rowsOfATableGiveTheirAgreementItsParties() throws {
        let text = """
            Contrats signés avec des entreprises chiliennes (entreprise | partenaire algérien | objet | date) :
            Codelco Andina (Corporación Nacional del Cobre) | groupe Manadjim | contrat de prospection de cuivre | le 4 mars 2022
            Salmones Australes | Sonatrach | contrat de fourniture de saumon | en mai 2021
            Ce tableau n'est pas exhaustif.
            Aconcagua Minerals | Sonatrach | contrat de transport | le 2 juin 2020
            """
        let extraction = try Support.extract(text, home: "DZ")
        let codelco = try #require(extraction.entities.map(\.entity).first { $0.aliases.contains("Codelco Andina") })
        #expect(codelco.names.fr == "Corporación Nacional del Cobre" && codelco.id.rawValue.hasPrefix("cl."))
        #expect(extraction.has(.underAuthorityOf, codelco.id, "CL"))
        let manadjim = try #require(extraction.entities.map(\.entity).first { $0.names.fr == "Manadjim" })
        #expect(manadjim.id.rawValue.hasPrefix("dz."))
        let copper = try #require(extraction.entities(ofType: .agreement).first { $0.names.fr.contains("cuivre") })
        #expect(extraction.has(.partyTo, codelco.id, copper.id) && extraction.has(.partyTo, manadjim.id, copper.id))
        let salmon = try #require(extraction.entities(ofType: .agreement).first { $0.names.fr.contains("saumon") })
        #expect(extraction.relations.contains { $0.relation.type == .partyTo && $0.relation.to == salmon.id && $0.relation.from.rawValue.hasPrefix("cl.") })
        // After a line without bars the table has ended: no company is guessed from the row.
        #expect(!extraction.entities.contains { $0.entity.names.fr.contains("Aconcagua") && $0.review.rule == "org.table-cell" })
        // A header on a line of its own works the same.
        let own = try Support.extract("Entreprises turques partenaires :\nSociété | Partenaire algérien | Objet\nKalyon Enerji | Sonelgaz | contrat de construction d'une centrale", home: "DZ")
        #expect(own.entities.contains { $0.entity.names.fr == "Kalyon Enerji" })
    }

    /// "… un groupe de travail conjoint, qui s'est réuni pour la première fois à Oran les 2 et 3
    /// mai 2022": the joint body's own session, where and when the clause says; a later event
    /// word of the sentence is another event, and an undated clause proposes nothing.
    @Test func aJointBodyMeetingToldByItsVerbIsItsSession() throws {
        let text = "Le mémorandum a institué un groupe de travail conjoint, qui s'est réuni pour la première fois à Oran les 2 et 3 mai 2022 et dont la deuxième réunion se tiendra à Lima en 2025."
        let extraction = try Support.extract(text, home: "DZ")
        let group = try #require(extraction.entities.map(\.entity).first { $0.type == .jointBody })
        let held = DatedRole(.held, try PartialDate(parsing: "2022-05-02"))
        let session = try #require(extraction.entities(ofType: .event).first { $0.dates.contains(held) })
        #expect(session.properties["kind"] == .string("joint_commission_session"))
        #expect(session.dates.contains(DatedRole(.until, try PartialDate(parsing: "2022-05-03"))))
        #expect(extraction.has(.tookPartIn, group.id, session.id) && extraction.has(.heldIn, session.id, "place.dz.oran"))
        let undated = try Support.extract("La commission mixte algéro-péruvienne s'est réunie à Lima.", home: "DZ")
        #expect(undated.entities(ofType: .event).isEmpty)
    }

    /// "un groupe de travail conjoint Sonatrach–NNPC": the members are the two bodies its name
    /// joins, not the document's two countries.
    @Test func aJointBodyNamedByTwoBodiesHasThemAsMembers() throws {
        let text = """
            La Nigerian National Petroleum Corporation (NNPC) coopère avec l'Algérie.
            Les deux parties ont convenu de créer un groupe de travail conjoint Sonatrach–NNPC.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let group = try #require(extraction.entities.map(\.entity).first { $0.type == .jointBody })
        let members = Set(extraction.relations.filter { $0.relation.type == .memberOf && $0.relation.to == group.id }.map(\.relation.from))
        let nnpc = try #require(extraction.entity(acronym: "NNPC"))
        #expect(members.contains(nnpc.id) && members.contains { $0.rawValue.contains("sonatrach") }, "\(members)")
        #expect(!members.contains("DZ") && !members.contains("NG"))
    }

    /// A body listed with partners does not cooperate with its own country.
    @Test func aBodyDoesNotCooperateWithItsOwnCountry() throws {
        let text = "L'Agence japonaise de coopération internationale (JICA) travaille avec le Japon, la Tunisie et le Maroc."
        let extraction = try Support.extract(text, home: "DZ")
        let jica = try #require(extraction.entity(acronym: "JICA"))
        #expect(jica.id.rawValue.hasPrefix("jp."))
        let partners = extraction.relations.filter { $0.relation.type == .cooperatesWith && $0.review.rule == "cooperation.partner" }
            .flatMap { [$0.relation.from, $0.relation.to] }
        #expect(partners.contains("TN") && !partners.contains("JP"), "\(partners)")
    }

    /// "par le Ministre et son homologue chinois, le Ministre de l'Industrie …": the apposition
    /// names the counterpart, a Chinese ministry; no home ministry of that name is left.
    @Test func aCounterpartNamedInAppositionIsForeign() throws {
        let text = "Le Ministère de la Poste a signé un accord à Pékin le 1er septembre 2022 avec son homologue chinois, le Ministre de l'Industrie et des Technologies de l'information."
        let extraction = try Support.extract(text, home: "DZ")
        let ministries = extraction.entities(ofType: .ministry)
        let chinese = try #require(ministries.first { $0.id.rawValue.hasPrefix("cn.") })
        #expect(chinese.names.fr.contains("Industrie") && extraction.has(.underAuthorityOf, chinese.id, "CN"))
        #expect(!ministries.contains { $0.id.rawValue.hasPrefix("dz.") && $0.names.fr.contains("Industrie") }, "\(ministries.map(\.id))")
        // Named on another line too, the home ministry stays.
        let twice = try Support.extract(text + "\nLe Ministère de l'Industrie et des Technologies de l'information a été créé en 2020.", home: "DZ")
        #expect(twice.entities(ofType: .ministry).contains { $0.id.rawValue.hasPrefix("dz.") && $0.names.fr.contains("Industrie") })
    }

    /// "le Ministre fédéral de l'Economie" in an Algerian note is the partner's ministry: the
    /// sentence's one foreign country (here by its town), or the section's.
    @Test func aFederalMinistryIsThePartners() throws {
        let text = "Un mémorandum a été signé à Berlin le 8 novembre 2022 par le Ministre de l'Energie et le Ministre fédéral de l'Economie et de la Protection du climat."
        let extraction = try Support.extract(text, home: "DZ")
        let federal = try #require(extraction.entities(ofType: .ministry).first { $0.names.fr.contains("fédéral") })
        #expect(federal.id.rawValue.hasPrefix("de.") && extraction.has(.underAuthorityOf, federal.id, "DE"))
        #expect(!extraction.has(.underAuthorityOf, federal.id, "DZ"))
        // No foreign country to go by: no guess.
        let alone = try Support.extract("Le Ministre fédéral de l'Economie a été reçu.", home: "DZ")
        let lone = try #require(alone.entities(ofType: .ministry).first { $0.names.fr.contains("fédéral") })
        #expect(!alone.has(.underAuthorityOf, lone.id, "DZ"))
    }
}

