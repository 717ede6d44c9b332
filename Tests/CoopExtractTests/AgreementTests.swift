import CoopExtract
import CoopModel
import Testing

/// Agreements: kinds, parties, dates, sectors, and one node for repeated mentions.
struct AgreementTests {
    @Test(arguments: [
        ("Un protocole d'accord a été signé en mai 2015.", "protocole_accord"),
        ("Un mémorandum d'entente a été signé en mai 2015.", "memorandum"),
        ("Un document cadre a été signé en mai 2015.", "document_cadre"),
        ("Un arrangement administratif a été signé en mai 2015.", "arrangement"),
        ("Un contrat d'assistance a été signé en mai 2015.", "contrat"),
        ("Une convention de jumelage a été signée en mai 2015.", "convention"),
    ])
    func kinds(text: String, kind: String) throws {
        let agreement = try #require(try Support.extract(text).entities(ofType: .agreement).first)
        #expect(agreement.properties["kind"] == .string(kind))
        #expect(agreement.dates == [DatedRole(.signed, try .iso("2015-05"))])
    }

    /// A date on the next line goes to the agreement only when a pronoun stands for it.
    @Test func pronounOnTheNextLineDatesTheLastAgreement() throws {
        let dated = try Support.extract("Une convention de pêche a été signée en mai 2012.\nElle est entrée en vigueur le 2 février 2013.")
        let agreement = try #require(dated.entities(ofType: .agreement).first)
        #expect(agreement.dates.sorted() == [DatedRole(.signed, try .iso("2012-05")), DatedRole(.inForce, try .iso("2013-02-02"))])
        let unrelated = try Support.extract("Une convention de pêche a été signée en mai 2012.\nLe décret est entré en vigueur le 2 février 2013.")
        #expect(unrelated.entities(ofType: .agreement).first?.dates == [DatedRole(.signed, try .iso("2012-05"))])
    }

    @Test func partiesAfterEntre() throws {
        let text = "Deux contrats d'assistance technique ont été signés entre le Ministère du Commerce et l'Agence Nationale des Exportations en 2012."
        let extraction = try Support.extract(text)
        let agreement = try #require(extraction.entities(ofType: .agreement).first)
        #expect(agreement.properties["count"] == .int(2))
        let parties = Set(extraction.relations.filter { $0.relation.type == .partyTo && $0.relation.to == agreement.id }.map(\.relation.from))
        #expect(parties.count == 2)
        #expect(parties.allSatisfy { id in extraction.entity(id)?.type == .ministry || extraction.entity(id)?.type == .agency })
    }

    @Test func compoundAdjectiveGivesBothCountriesAsParties() throws {
        let extraction = try Support.extract("La convention algéro-tunisienne de mars 2010 couvre la santé.")
        let agreement = try #require(extraction.entities(ofType: .agreement).first)
        #expect(agreement.dates == [DatedRole(.signed, try .iso("2010-03"))])
        #expect(extraction.has(.partyTo, "DZ", agreement.id))
        #expect(extraction.has(.partyTo, "TN", agreement.id))
    }

    @Test func sectionSectorIsCovered() throws {
        let text = "Dans le domaine des transports, une convention de partenariat a été signée en décembre 2013."
        let extraction = try Support.extract(text)
        let agreement = try #require(extraction.entities(ofType: .agreement).first)
        #expect(extraction.has(.covers, agreement.id, "sector.transport"))
    }

    @Test func sameKindAndDateIsOneAgreement() throws {
        let text = """
            La convention de partenariat signée en décembre 2007 fixe les axes.
            Dans le secteur de la santé, la convention de partenariat de décembre 2007 s'applique aussi.
            """
        let agreements = try Support.extract(text).entities(ofType: .agreement)
        #expect(agreements.count == 1)
        #expect(agreements.first?.sources.map(\.line) == [1, 2])
    }

    @Test func linksToTheKnowledgeBaseByKindAndDate() throws {
        let known = Entity(id: "agr.dz-fr.2007-12.partenariat", type: .agreement, names: Names(fr: "Convention de partenariat"),
                           properties: ["kind": .string("convention")], dates: [DatedRole(.signed, try .iso("2007-12"))])
        let kb = try Support.graph([known])
        let extraction = try Support.extract("Une convention cadre signée en décembre 2007 organise la coopération.", knowledge: kb)
        #expect(extraction.entities(ofType: .agreement).map(\.id) == ["agr.dz-fr.2007-12.partenariat"])
    }
}
