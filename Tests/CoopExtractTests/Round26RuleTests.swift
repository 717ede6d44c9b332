@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules written after round 26's blind notes (a diplomatic cable, the programme of a visit, a
/// follow-up table of recommendations, a speech), each on sentences of other words than the notes'.
struct Round26RuleTests {
    private func names(_ extraction: Extraction, _ type: NodeType) -> [String] {
        extraction.entities(ofType: type).map(\.names.fr).sorted()
    }

    /// "Haute Autorité de la Transparence, de la Prévention et de la Lutte contre la
    /// Corruption": a title-case name lists its domains with commas and a closing "et de", as
    /// ministries' names do; a comma before another body's head still ends the name.
    @Test func aTitleCaseNameRunsOnThroughItsListOfDomains() throws {
        let letterhead = try Support.extract(
            "Haute Instance de la Régulation, de la Concurrence et de la Qualité des Services\nElle a reçu une délégation tunisienne le 4 mai 2023.",
            home: "DZ")
        #expect(names(letterhead, .agency) == ["Haute Instance de la Régulation, de la Concurrence et de la Qualité des Services"])
        let list = try Support.extract(
            "Le projet associe l'Agence de la Recherche, l'Office des Statistiques et le Centre des Études depuis 2021.", home: "DZ")
        #expect(names(list, .agency) == ["Agence de la Recherche", "Centre des Études", "Office des Statistiques"])
    }

    /// "Commission … de l'intégrité et de la lutte contre la corruption": what a body fights is
    /// part of its name.
    @Test func whatABodyFightsIsPartOfItsName() throws {
        let extraction = try Support.extract(
            "La Commission tunisienne de la lutte contre la traite des personnes a signé un mémorandum en mars 2022.", home: "DZ")
        #expect(names(extraction, .agency) == ["Commission tunisienne de la lutte contre la traite des personnes"])
    }

    /// "la Direction générale des douanes à effectuer une visite", "la Haute Autorité à
    /// l'ouverture du séminaire": "à" and an infinitive, or an occasion, end a name.
    @Test func aToAndAnInfinitiveOrAnOccasionEndAName() throws {
        let infinitive = try Support.extract(
            "Le Directeur a invité l'Agence nationale des forêts à renforcer ses échanges avec la Tunisie en 2024.", home: "DZ")
        #expect(names(infinitive, .agency) == ["Agence nationale des forêts"])
        let occasion = try Support.extract(
            "Le discours du Président de l'Office national du tourisme à l'occasion du salon a été publié le 2 mai 2024.", home: "DZ")
        #expect(names(occasion, .agency) == ["Office national du tourisme"])
    }

    /// "organisé par le Ministère de la Culture au Palais de la culture": "au" and a capital
    /// after a ministry's domains say where; "Ministre délégué au Budget" keeps its domain.
    @Test func aMinistrysNameEndsBeforeAuAndACapital() throws {
        let place = try Support.extract(
            "Le forum, organisé par le Ministère de la Jeunesse et des Sports au Centre international des conférences, s'est tenu le 3 juin 2024.",
            home: "DZ")
        #expect(names(place, .ministry) == ["Ministère de la Jeunesse et des Sports"])
        let delegate = try Support.extract("Le Ministre délégué au Budget a reçu une délégation italienne le 5 juin 2024.", home: "DZ")
        #expect(names(delegate, .ministry) == ["Ministère délégué au Budget"])
    }

    /// "une session animée par des ingénieurs", "une session de formation": a course's session,
    /// not a joint commission's; "la 5e session de la commission mixte" stays one.
    @Test func aCoursesSessionIsNoJointCommissionSession() throws {
        let course = try Support.extract(
            "Une session animée par des experts italiens s'est tenue à Blida du 3 au 7 mars 2025.", home: "DZ")
        let event = try #require(course.entities(ofType: .event).first)
        #expect(event.properties["kind"] == .string("other"))
        let training = try Support.extract("Une session de formation a eu lieu à Oran le 4 avril 2025.", home: "DZ")
        #expect(training.entities(ofType: .event).allSatisfy { $0.properties["kind"] == .string("other") })
        let commission = try Support.extract(
            "La 5e session de la commission mixte algéro-italienne s'est tenue à Rome le 4 avril 2025.", home: "DZ")
        #expect(commission.entities(ofType: .event).contains { $0.properties["kind"] == .string("joint_commission_session") })
    }

    /// "du 12 au 23/05/2025", "du 26/06/2025 au 28/06/2025": ranges of days in figures.
    @Test func rangesOfDaysInFigures() throws {
        for text in ["Un stage s'est tenu à Sétif du 12 au 23/05/2025.", "Un stage s'est tenu à Sétif du 12/05/2025 au 23/05/2025."] {
            let event = try #require(try Support.extract(text, home: "DZ").entities(ofType: .event).first, "\(text)")
            #expect(event.dates.map(\.role) == [.held, .until], "\(text)")
            #expect(event.dates.map(\.date.description) == ["2025-05-12", "2025-05-23"], "\(text)")
        }
    }

    /// "son homologue français" after a feminine head: "Direction générale française …".
    @Test func aCounterpartsDemonymAgreesWithItsHead() throws {
        let extraction = try Support.extract(
            "La Direction générale des forêts a signé avec son homologue français un arrangement le 3 mars 2024.", home: "DZ")
        #expect(extraction.entities(ofType: .agency).contains { $0.names.fr == "Direction générale française des forêts" })
        let ministry = try Support.extract(
            "Le Ministère de l'Agriculture a signé avec son homologue français un arrangement le 3 mars 2024.", home: "DZ")
        #expect(ministry.entities(ofType: .ministry).contains { $0.names.fr == "Ministère français de l'Agriculture" })
    }

    /// "Action 3 – … | Responsable : ONA | Partenaire : KOICA, K-eco | …": the body answering
    /// for a row works with each partner of its row; a row without a responsible body gives none.
    @Test func aFollowUpRowsResponsibleWorksWithItsPartners() throws {
        let text = """
            Action 1 – Former les exploitants | Responsable : Office national des forêts (ONF) | Partenaire : Agence italienne de coopération (AICS), Tunisie | Échéance : juin 2025 | État : réalisé
            Action 2 – Publier le rapport | Responsable : — | Partenaire : Agence allemande de coopération (GIZ) | Échéance : mai 2026
            """
        let extraction = try Support.extract(text, home: "DZ")
        let onf = try #require(extraction.entity(acronym: "ONF"))
        let aics = try #require(extraction.entity(acronym: "AICS"))
        let giz = try #require(extraction.entity(acronym: "GIZ"))
        #expect(extraction.has(.cooperatesWith, onf.id, aics.id, symmetric: true))
        #expect(extraction.has(.cooperatesWith, onf.id, "TN", symmetric: true))
        #expect(!extraction.relations.contains { $0.relation.type == .cooperatesWith && [$0.relation.from, $0.relation.to].contains(giz.id) })
    }

    /// Round 26's sectors: anti-corruption, customs (under finance) and books (under culture).
    @Test func theNewSectorsAndTheirParents() throws {
        let customs = try Support.extract("Un accord d'assistance administrative mutuelle en matière douanière a été signé le 3 mai 2022 avec la Tunisie.", home: "DZ")
        let agreement = try #require(customs.entities(ofType: .agreement).first)
        let covered = Set(customs.relations.filter { $0.relation.type == .covers && $0.relation.from == agreement.id }.map(\.relation.to))
        #expect(covered.isSuperset(of: ["sector.customs", "sector.finance"]))
        let corruption = try Support.extract("Un mémorandum sur la prévention de la corruption a été signé le 4 mai 2023 avec la Jordanie.", home: "DZ")
        #expect(corruption.entities(ofType: .sector).map(\.id) == ["sector.anti-corruption"])
        let books = try Support.extract("Un programme d'aide à la traduction a été lancé en janvier 2025 avec la France.", home: "DZ")
        #expect(Set(books.entities(ofType: .sector).map(\.id)).isSuperset(of: ["sector.books", "sector.culture"]))
    }

    /// "la société coréenne K-water", "le groupe espagnol Corsán-Corviam": a hyphen touching the
    /// words on both sides joins them in a company's name; a dash set apart does not.
    @Test func aHyphenJoinsACompanysName() throws {
        let joined = try Support.extract("La société coréenne K-water a conclu un protocole avec l'ADE le 1er juillet 2021.", home: "DZ")
        let water = try #require(joined.entities(ofType: .agency).first { $0.names.fr == "K-water" })
        #expect(joined.has(.underAuthorityOf, water.id, "KR"))
        let apart = try Support.extract("Le groupe espagnol Talgo - filiale ferroviaire - a livré des trains en 2020.", home: "DZ")
        #expect(apart.entities(ofType: .agency).map(\.names.fr) == ["Talgo"])
    }

    /// "une formation à la gestion des risques" for customs officers is the targeting of
    /// controls, not disaster risk; for the civil protection it stays disaster risk.
    @Test func riskManagementInACustomsSentenceIsNoDisasterRisk() throws {
        let customs = try Support.extract(
            "Un atelier sur la gestion des risques a réuni à Oran des cadres de la Direction générale des douanes du 9 au 13 mars 2025.", home: "DZ")
        #expect(!customs.entities(ofType: .sector).contains { $0.id == "sector.disaster-risk" })
        let civil = try Support.extract(
            "Un atelier sur la gestion des risques a réuni à Oran des cadres de la Protection civile du 9 au 13 mars 2025.", home: "DZ")
        #expect(civil.entities(ofType: .sector).contains { $0.id == "sector.disaster-risk" })
    }

    /// "le mémorandum d'entente que l'Agence … et l'Office … ont signé à Rabat …": the bodies of
    /// a relative clause on the signature are the agreement's parties; a clause with another
    /// verb names none.
    @Test func theSignersOfARelativeClauseAreTheParties() throws {
        let signed = try Support.extract(
            "Le mémorandum d’entente que l’Agence nationale des forêts et l’Office national des parcs (ONP) ont signé à Rabat le 27 novembre 2024 porte sur les incendies.",
            home: "DZ")
        let agreement = try #require(signed.entities(ofType: .agreement).first)
        let parties = Set(signed.relations.filter { $0.relation.type == .partyTo && $0.relation.to == agreement.id }.map(\.relation.from))
        let onp = try #require(signed.entity(acronym: "ONP"))
        #expect(parties.count == 2 && parties.contains(onp.id) && !parties.contains("DZ"))
        let read = try Support.extract(
            "Le mémorandum d’entente que l’Agence nationale des forêts et l’Office national des parcs (ONP) ont lu à Rabat le 27 novembre 2024 porte sur les incendies.",
            home: "DZ")
        let other = try #require(read.entities(ofType: .agreement).first)
        #expect(!read.relations.contains { $0.relation.type == .partyTo && $0.relation.to == other.id && $0.relation.from == onp.id })
    }

    /// "À : MAE – …" under the letterhead's "Ministère des Affaires étrangères": the acronym
    /// whose id (`dz.mae`) the KB's ministry holds names it; the ministry is no longer dropped
    /// with a body of that acronym read once.
    @Test func aBareAcronymWhoseIDABodyHoldsNamesIt() throws {
        let knowledge = try KnowledgeFiles.load(directory: Support.root.appendingPathComponent("Data")).graph()
        let cable = try Support.extract(
            "Ministère des Affaires étrangères et de la Communauté nationale à l’étranger\nÀ : MAE – Direction générale des Relations économiques",
            knowledge: knowledge, home: "DZ")
        let ministry = try #require(cable.entity("dz.mae"))
        #expect(ministry.type == .ministry)
        let alone = try Support.extract("Le MAE a reçu une délégation belge le 3 mai 2024.", knowledge: knowledge, home: "DZ")
        #expect(alone.entity("dz.mae")?.type == .ministry)
    }

    /// A session is a joint body's when the document named one before or its sentence says so
    /// ("commission", "comité", "mixte"); else it is another meeting.
    @Test func aSessionNeedsAJointBody() throws {
        let alone = try Support.extract("Une session s'est tenue à Blida le 3 mars 2025, avec 22 exploitants formés.", home: "DZ")
        #expect(alone.entities(ofType: .event).map { $0.properties["kind"] } == [.string("other")])
        let after = try Support.extract(
            "La commission mixte algéro-tunisienne a été instituée en 2002.\nSa 5e session s'est tenue à Tunis le 3 mars 2025.", home: "DZ")
        #expect(after.entities(ofType: .event).contains { $0.properties["kind"] == .string("joint_commission_session") })
    }
}
