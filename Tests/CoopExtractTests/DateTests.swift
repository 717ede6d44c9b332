import CoopExtract
import CoopModel
import Testing

/// Every date form of the genre, and the role a nearby word gives it.
struct DateTests {
    /// The dates of the only agreement or event of `text`.
    private func dates(_ text: String, type: NodeType = .agreement) throws -> [DatedRole] {
        let found = try Support.extract(text).entities(ofType: type)
        try #require(found.count == 1, "expected one \(type) in: \(text), got \(found.map(\.id))")
        return found[0].dates.sorted()
    }

    @Test func monthAndYearAfterSigned() throws {
        #expect(try dates("Une convention de partenariat a été signée en décembre 2007.") == [DatedRole(.signed, try .iso("2007-12"))])
    }

    @Test func fullDayDate() throws {
        #expect(try dates("L'accord sur la pêche, signé le 16 février 2006, reste le cadre.") == [DatedRole(.signed, try .iso("2006-02-16"))])
    }

    @Test func firstOfTheMonth() throws {
        #expect(try dates("La session annuelle s'est tenue à Tunis le 1er avril 2014.", type: .event) == [DatedRole(.held, try .iso("2014-04-01"))])
    }

    @Test func zeroPaddedDay() throws {
        #expect(try dates("Une visite de travail a eu lieu à Oran en date du 04 juin 2014.", type: .event) == [DatedRole(.held, try .iso("2014-06-04"))])
    }

    @Test func duringTheMonthOf() throws {
        #expect(try dates("Des équipes sont intervenues lors des inondations en Libye au cours du mois de septembre 2023.", type: .event)
            == [DatedRole(.held, try .iso("2023-09"))])
    }

    @Test func sinceGivesStarted() throws {
        let extraction = try Support.extract("Le Ministère de la Culture coopère avec l'Office national du patrimoine italien depuis 2009.")
        let relation = try #require(extraction.relations.first { $0.relation.type == .cooperatesWith })
        #expect(relation.relation.dates == [DatedRole(.started, try .iso("2009"))])
    }

    @Test func dayRangeGivesHeldAndUntil() throws {
        #expect(try dates("Une réunion des ministres de l'agriculture tenue à Rome les 15 et 16 mai 2008 a conclu les travaux.", type: .event)
            == [DatedRole(.held, try .iso("2008-05-15")), DatedRole(.until, try .iso("2008-05-16"))])
    }

    @Test func yearInBrackets() throws {
        #expect(try dates("Nos secours ont aidé lors des feux de forêts en Grèce (2007).", type: .event) == [DatedRole(.held, try .iso("2007"))])
    }

    @Test func createdDatesABody() throws {
        let body = try #require(try Support.extract("L'Office National des Statistiques, créé en 2011, publie les données.").entities(ofType: .agency).first)
        #expect(body.dates == [DatedRole(.created, try .iso("2011"))])
    }

    @Test func adoptedDatesAPlan() throws {
        let plan = try #require(try Support.extract("Le Plan National de l'Eau (PNE), adopté en 2010, fixe les priorités.").entities(ofType: .programme).first)
        #expect(plan.dates == [DatedRole(.adopted, try .iso("2010"))])
    }

    @Test func undatedExpressionGivesNoDate() throws {
        let extraction = try Support.extract("Dès le lendemain de l'indépendance, une convention générale fut négociée.")
        #expect(extraction.entities(ofType: .agreement).allSatisfy { $0.dates.isEmpty })
    }

    @Test func entryIntoForceBindsForwardAndCarriesOver() throws {
        let text = "Le cadre a été renforcé par l'entrée en vigueur, en 2008, de l'accord sur les transports aériens, signé le 16 février 2006 et, en 2009, de l'accord sur le transport routier, signé en 2004."
        let agreements = try Support.extract(text).entities(ofType: .agreement)
        try #require(agreements.count == 2)
        let air = try #require(agreements.first { $0.names.fr.contains("aériens") })
        let road = try #require(agreements.first { $0.names.fr.contains("routier") })
        #expect(Set(air.dates) == [DatedRole(.inForce, try .iso("2008")), DatedRole(.signed, try .iso("2006-02-16"))])
        #expect(Set(road.dates) == [DatedRole(.inForce, try .iso("2009")), DatedRole(.signed, try .iso("2004"))])
    }

    @Test func yearRightAfterAnAgreementIsItsOwn() throws {
        let agreements = try Support.extract("Il s'agit de la convention générale de 1980, du protocole annexe sur les soins.").entities(ofType: .agreement)
        let general = try #require(agreements.first { $0.names.fr.hasPrefix("Convention") })
        #expect(general.dates == [DatedRole(.signed, try .iso("1980"))])
        #expect(agreements.first { $0.names.fr.hasPrefix("Protocole") }?.dates.isEmpty == true)
    }

    @Test func oneDatePerRole() throws {
        #expect(try dates("Une convention signée en juin 2001 et renouvelée en 2016 lie les deux pays.") == [DatedRole(.signed, try .iso("2001-06"))])
    }

    /// A full stop inside a dotted date does not end the sentence, so the date and its role hold.
    @Test func dottedNumericDate() throws {
        #expect(try dates("Un accord a été signé le 12.03.2015 avec le Maroc.") == [DatedRole(.signed, try .iso("2015-03-12"))])
    }

}
