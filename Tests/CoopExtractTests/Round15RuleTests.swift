import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules added in session 12 (Docs/extraction.md, "Rounds 15 and 16"). The sentences are written for
/// these tests.
struct Round15RuleTests {
    /// The parties read from the text (not the countries of bodies, rule `agreement.parties.country`).
    private func parties(_ extraction: Extraction, of agreement: Entity) -> Set<EntityID> {
        Set(extraction.relations.filter { $0.relation.type == .partyTo && $0.relation.to == agreement.id && $0.review.rule == "agreement.parties" }
            .map(\.relation.from))
    }

    /// A body's short name written as a word, not in capitals, defines it like an acronym, in
    /// both orders: "l'Institut … (Embrapa)" and "la Senelec (Société …)". A known town or
    /// country in brackets says where, and defines nothing.
    @Test func shortNamesInMixedCaseDefineTheirBody() throws {
        let after = try Support.extract("L’Institut brésilien de recherche forestière (Florabra) accueille des chercheurs algériens.", home: "DZ")
        let florabra = try #require(after.entity(acronym: "Florabra"))
        #expect(florabra.names.fr == "Institut brésilien de recherche forestière")
        let before = try Support.extract("La Tunelec (Société tunisienne de l’électricité) a signé un contrat avec la Sonelgaz en 2020.", home: "DZ")
        let tunelec = try #require(before.entity(acronym: "Tunelec"))
        #expect(tunelec.names.fr == "Société tunisienne de l’électricité")
        #expect(before.has(.underAuthorityOf, tunelec.id, "TN"))
        let town = try Support.extract("L’Institut national de la recherche agronomique (Tunis) accueille des chercheurs.", home: "DZ")
        #expect(town.entity(acronym: "Tunis") == nil)
    }

    /// "X a conclu en juillet 2022 avec la coopérative Y un contrat": a date between the verb and
    /// "avec" no longer hides the signer; "coopérative" is a company noun.
    @Test func aSignerAndItsPartnerAroundADate() throws {
        let text = "L’Office national des céréales (ONC) a conclu en mars 2021 avec la coopérative argentine Agrocor un contrat de fourniture de blé."
        let extraction = try Support.extract(text, home: "DZ")
        let contract = try #require(extraction.entities(ofType: .agreement).first)
        let onc = try #require(extraction.entity(acronym: "ONC"))
        let agrocor = try #require(extraction.entities(ofType: .agency).first { $0.names.fr == "Agrocor" })
        #expect(parties(extraction, of: contract) == [onc.id, agrocor.id])
        #expect(extraction.has(.underAuthorityOf, agrocor.id, "AR"))
    }

    /// "Liée à A par un mémorandum …, B conduit …" and "A est liée à B par une convention": the
    /// two bodies bound by the agreement are its parties.
    @Test func bodiesBoundByAnAgreement() throws {
        let opening = try Support.extract(
            "Liée au Centre de développement des énergies renouvelables (CDER) par un mémorandum signé en 2018, l’Agence espagnole de l’énergie solaire (AEES) forme ses ingénieurs.",
            home: "DZ")
        let memorandum = try #require(opening.entities(ofType: .agreement).first)
        let cder = try #require(opening.entity(acronym: "CDER"))
        let aees = try #require(opening.entity(acronym: "AEES"))
        #expect(parties(opening, of: memorandum) == [cder.id, aees.id])
        #expect(opening.has(.cooperatesWith, aees.id, cder.id, symmetric: true))
        let verb = try Support.extract(
            "L’Ecole nationale polytechnique (ENP) est liée à l’Université technique de Munich (TUM) par une convention signée en 2016.", home: "DZ")
        let convention = try #require(verb.entities(ofType: .agreement).first)
        #expect(parties(verb, of: convention) == [try #require(verb.entity(acronym: "ENP")).id, try #require(verb.entity(acronym: "TUM")).id])
        // "lié à" with no agreement after "par" binds nothing.
        let none = try Support.extract("L’ENP est liée à la TUM par une longue amitié ; une convention a été signée en 2016.", home: "DZ")
        #expect(none.relations.filter { $0.relation.type == .partyTo && $0.review.rule == "agreement.parties" }.isEmpty)
    }

    /// A row of labelled fields: the partners of "Partenaire :" and "partenaire algérien :" are
    /// the parties of the agreement of a later field of the same line, and cooperate; a partner
    /// of another line is not.
    @Test func aRowOfLabelledFieldsGivesTheAgreementItsParties() throws {
        let text = """
            Partenaire : groupe minier canadien Norstar ; partenaire algérien : Sonarem ; instrument : contrat d’exploration du gisement de zinc de Béjaïa ; date : le 3 mai 2022.
            Partenaire : société Lumina ; instrument : mémorandum d’entente sur les terres rares ; date : en juin 2023.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let contract = try #require(extraction.entities(ofType: .agreement).first { $0.properties["kind"] == .string("contrat") })
        let norstar = try #require(extraction.entities(ofType: .agency).first { $0.names.fr == "Norstar" })
        #expect(extraction.has(.underAuthorityOf, norstar.id, "CA"))
        #expect(parties(extraction, of: contract) == ["dz.sonarem", norstar.id])
        #expect(extraction.has(.cooperatesWith, "dz.sonarem", norstar.id, symmetric: true))
        #expect(contract.dates == [DatedRole(.signed, try PartialDate(parsing: "2022-05-03"))])
        let memorandum = try #require(extraction.entities(ofType: .agreement).first { $0.properties["kind"] == .string("memorandum") })
        let lumina = try #require(extraction.entities(ofType: .agency).first { $0.names.fr == "Lumina" })
        #expect(parties(extraction, of: memorandum).contains(lumina.id))
        #expect(!parties(extraction, of: memorandum).contains("dz.sonarem"))
    }

    /// "le ministère néerlandais précité" is the ministry named before, not a new body; with none
    /// named before, nothing is proposed.
    @Test func aNameMarkedAsNamedBeforeIsTheEarlierBody() throws {
        let text = """
            Un accord a été signé en 2019 avec le Ministère suédois de l’Environnement.
            Une mission du ministère suédois précité s’est rendue à Alger en 2021.
            """
        let extraction = try Support.extract(text, home: "DZ")
        #expect(extraction.entities(ofType: .ministry).count == 1)
        let alone = try Support.extract("Une mission du ministère suédois précité s’est rendue à Alger en 2021.", home: "DZ")
        #expect(alone.entities(ofType: .ministry).isEmpty)
    }

    /// "Vattenfond, agence publique du ministère suédois …", "Hana-Water (…), société publique
    /// coréenne …": a lower-case head in apposition names the capitalised word before the comma,
    /// of the apposition's country.
    @Test func aNameBeforeAnAppositionWithALowerCaseHead() throws {
        let agency = try Support.extract("Le Ministère coopère avec Vattenfond, agence publique du ministère suédois de l’Environnement, depuis 2020.", home: "DZ")
        let vattenfond = try #require(agency.entities(ofType: .agency).first { $0.names.fr == "Vattenfond" })
        #expect(agency.has(.underAuthorityOf, vattenfond.id, "SE"))
        let company = try Support.extract(
            "Le protocole a été signé par l’ADE et Hana-Water (Hana Water Corporation), société publique coréenne de traitement de l’eau.", home: "DZ")
        let hana = try #require(company.entities(ofType: .agency).first { $0.names.fr == "Hana-Water" })
        #expect(company.has(.underAuthorityOf, hana.id, "KR"))
        let protocole = try #require(company.entities(ofType: .agreement).first)
        #expect(parties(company, of: protocole).contains(hana.id))
        // A sentence's first word is capitalised whatever it is: "Enfin, agence …" names nothing.
        let opener = try Support.extract("Enfin, agence nationale et ministère travaillent ensemble.", home: "DZ")
        #expect(!opener.entities.contains { $0.entity.names.fr == "Enfin" })
    }

    /// Algeria's large companies are known by name alone, and in a ministry's report answer to
    /// its ministry (inferred); a name and its acronym after "entre" are one party, so the second
    /// party is still read.
    @Test func nationalCompaniesAndOnePartyPerBody() throws {
        let text = """
            Ministère de l’Energie
            Sonelgaz et l’Office chérifien de l’électricité (OCE) coopèrent depuis 2015.
            Un protocole a été signé en 2020 entre la SONATRACH (Société nationale des hydrocarbures) et la Compagnie pétrolière du Koweït (KPC).
            """
        let extraction = try Support.extract(text, home: "DZ")
        #expect(extraction.has(.underAuthorityOf, "dz.sonelgaz", "DZ"))
        let ministry = try #require(extraction.entities(ofType: .ministry).first)
        #expect(extraction.has(.underAuthorityOf, "dz.sonelgaz", ministry.id))
        let protocole = try #require(extraction.entities(ofType: .agreement).first)
        let kpc = try #require(extraction.entity(acronym: "KPC"))
        #expect(parties(extraction, of: protocole).isSuperset(of: ["dz.sonatrach", kpc.id]))
    }

    /// "Ladite convention est entrée en vigueur …" dates the agreement named before and makes no
    /// new one; a later agreement signed "par" two bodies does not lend them to it.
    @Test func aSaidAgreementIsTheOneNamedBefore() throws {
        let text = """
            Une convention d’entraide judiciaire a été signée le 2 mars 2015 entre l’Algérie et la Grèce.
            Ladite convention est entrée en vigueur le 9 mars 2017 ; elle a été complétée par une convention d’extradition, signée à Athènes au cours du mois de mai 2019 par le Ministre de la Justice et son homologue grec.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let agreements = extraction.entities(ofType: .agreement)
        #expect(agreements.count == 2)
        let entraide = try #require(agreements.first { $0.names.fr.contains("entraide") })
        #expect(entraide.dates.contains(DatedRole(.inForce, try PartialDate(parsing: "2017-03-09"))))
        #expect(parties(extraction, of: entraide) == ["DZ", "GR"])
        // The passive signers after "signée à Athènes au cours du mois de mai 2019 par".
        let extradition = try #require(agreements.first { $0.names.fr.contains("extradition") })
        let signers = parties(extraction, of: extradition)
        #expect(signers.count == 2 && signers.contains { $0.rawValue.hasPrefix("gr.") } && signers.contains { $0.rawValue.hasPrefix("dz.") })
        // Without an agreement named before, "ladite convention" is read as a new one.
        let alone = try Support.extract("Ladite convention est entrée en vigueur le 9 mars 2017.", home: "DZ")
        #expect(alone.entities(ofType: .agreement).count == 1)
    }

    /// "L'Algérie a accueilli …", "Tlemcen a accueilli …" (a town for its country) and "… accueillie
    /// par l'Université de Sfax" name the host of the event; a meeting merely held somewhere has none.
    @Test func statedHostsOfEvents() throws {
        func host(_ text: String) throws -> Set<EntityID> {
            let extraction = try Support.extract(text, home: "DZ")
            return Set(extraction.relations.filter { $0.relation.type == .tookPartIn && $0.relation.properties["role"] == .string("host") }
                .map(\.relation.from))
        }
        #expect(try host("L’Algérie a accueilli à Annaba, les 2 et 3 avril 2022, un atelier régional sur la pêche artisanale.") == ["DZ"])
        #expect(try host("Tlemcen a accueilli les 15 et 16 mai 2023 un séminaire régional sur le patrimoine.") == ["DZ"])
        let passive = try host("Un colloque sur l’hydrologie, tenu le 4 juin 2021, a été accueilli par l’Université de Sfax.")
        #expect(passive.count == 1 && passive.first?.rawValue.hasPrefix("tn.") == true)
        #expect(try host("Un séminaire régional sur la pêche s’est tenu à Annaba le 2 avril 2022.").isEmpty)
    }

    /// "Le premier", "la seconde" stand for the first or second of the two bodies or countries
    /// the sentence before named.
    @Test func theFirstAndTheSecondOfTwoNamedBefore() throws {
        let text = "Les groupes chinois Huawei et ZTE équipent le réseau depuis 2016. Le premier a conclu en mai 2019 avec l’Institut national des télécommunications d’Oran (INTTIC) une convention de formation."
        let extraction = try Support.extract(text, home: "DZ")
        let convention = try #require(extraction.entities(ofType: .agreement).first)
        let inttic = try #require(extraction.entity(acronym: "INTTIC"))
        #expect(parties(extraction, of: convention) == ["cn.huawei", inttic.id])
        let second = try Support.extract(text.replacingOccurrences(of: "Le premier", with: "Le second"), home: "DZ")
        let other = try #require(second.entities(ofType: .agreement).first)
        #expect(parties(second, of: other).contains("cn.zte"))
        // With one body named before, "le premier" stands for nothing.
        let one = try Support.extract(text.replacingOccurrences(of: "Huawei et ZTE équipent", with: "Huawei équipe"), home: "DZ")
        #expect(!one.relations.contains { $0.relation.type == .partyTo && $0.relation.from == "cn.huawei" })
    }

    /// In a ministry's report, "par le Ministère de la stratégie nationale …" is the letterhead's
    /// ministry doing something, not a "Ministère de la stratégie"; "le Ministre et son homologue
    /// mauritanien" are two bodies, not one named "Ministère et son homologue".
    @Test func theLetterheadMinistryBeforeALowerCaseObjectAndACounterpart() throws {
        let text = """
            Ministère du Commerce
            Note de synthèse
            Le Secrétariat de la ZLECAf appuie depuis 2022 l’élaboration par le Ministère de la stratégie nationale de mise en œuvre de l’Accord.
            La foire a été inaugurée le 3 mai 2023 par le Ministre et son homologue mauritanien.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let ministries = extraction.entities(ofType: .ministry)
        #expect(!ministries.contains { $0.names.fr.lowercased().contains("strat") }, "\(ministries.map(\.names.fr))")
        #expect(!ministries.contains { $0.names.fr.contains("homologue") }, "\(ministries.map(\.names.fr))")
        #expect(ministries.contains { $0.id.rawValue.hasPrefix("mr.") })
        // A ministry named in lower case throughout is another ministry.
        let health = try Support.extract("Ministère du Commerce\nNote\nUne réunion s’est tenue avec le Ministère de la santé en 2021.", home: "DZ")
        #expect(health.entities(ofType: .ministry).count == 2)
    }

    /// "Cet organisme", "Cette institution" opening a sentence stand for the last body the
    /// sentence before named (not a country); "celle-ci a été accueillie par X" after an event
    /// makes X its host.
    @Test func aBodyNounAndAHostAfterTheEvent() throws {
        let text = "L’Algérie est membre de l’Organisation arabe du tourisme (OAT) depuis 1980. Cet organisme a signé en 2021 avec la Tunisie un mémorandum d’entente."
        let extraction = try Support.extract(text, home: "DZ")
        let memorandum = try #require(extraction.entities(ofType: .agreement).first)
        let oat = try #require(extraction.entity(acronym: "OAT"))
        #expect(parties(extraction, of: memorandum) == [oat.id, "TN"])
        // A country named last is not "cet organisme".
        let country = try Support.extract("La Tunisie coopère avec l’Algérie. Cet organisme a signé en 2021 un mémorandum.", home: "DZ")
        #expect(!country.relations.contains { $0.relation.type == .partyTo && $0.review.rule == "agreement.parties" })
        let hosted = try Support.extract(
            "L’Ambassade a organisé à Tartu, le 9 mai 2023, une soirée culturelle algérienne ; celle-ci a été accueillie par l’Université de Tartu.", home: "DZ")
        let soiree = try #require(hosted.entities(ofType: .event).first)
        let university = try #require(hosted.entities(ofType: .agency).first { $0.names.fr.contains("Tartu") })
        #expect(hosted.relations.contains {
            $0.relation.type == .tookPartIn && $0.relation.from == university.id && $0.relation.to == soiree.id && $0.relation.properties["role"] == .string("host")
        })
    }
}
