import CoopExtract
import CoopModel
import Testing

/// Activities the text describes without naming a programme (`Rules+Activities`, `activities.yaml`).
struct ActivityTests {
    private func programme(_ extraction: Extraction, named name: String) -> Entity? {
        extraction.entities(ofType: .programme).first { $0.names.fr == name }
    }

    @Test func theCooperationAsAWholeIsRunAndMonitoredByTheBodyAfterSous() throws {
        let text = "La coopération scientifique bilatérale s'effectue sous l'égide et la supervision du Comité mixte algéro-marocain de la recherche."
        let extraction = try Support.extract(text)
        let umbrella = try #require(programme(extraction, named: "Coopération scientifique bilatérale"))
        let committee = try #require(extraction.entities.map(\.entity).first { $0.type == .jointBody })
        #expect(extraction.has(.runs, committee.id, umbrella.id))
        #expect(extraction.has(.monitors, committee.id, umbrella.id))
        // Only "égide": it runs the cooperation, it does not monitor it.
        let runOnly = try Support.extract("La coopération scientifique bilatérale s'effectue sous l'égide du Comité mixte algéro-marocain de la recherche.")
        #expect(runOnly.pairs(.runs).count == 1)
        #expect(runOnly.pairs(.monitors).isEmpty)
        // A legal basis is not a description of the cooperation: no umbrella.
        let basis = try Support.extract("La coopération scientifique bilatérale repose sur une convention signée en mars 2012.")
        #expect(basis.entities(ofType: .programme).isEmpty)
    }

    @Test func aLaterSentenceOnTheCooperationAddsItsSectorsAndAgreements() throws {
        let text = """
            La coopération technique bilatérale se déroule sous l'égide du Comité mixte algéro-marocain.
            Elle s'inscrit dans la mise en œuvre du mémorandum d'entente signé en mai 2010.
            La coopération technique (énergie, agriculture…) a connu un développement.
            """
        let extraction = try Support.extract(text)
        let umbrella = try #require(programme(extraction, named: "Coopération technique bilatérale"))
        let agreement = try #require(extraction.entities(ofType: .agreement).first)
        #expect(extraction.has(.implements, umbrella.id, agreement.id))
        #expect(extraction.has(.covers, umbrella.id, "sector.energy"))
        #expect(extraction.has(.covers, umbrella.id, "sector.agriculture"))
    }

    @Test func aFrameAndAnEarlierActivityOfTheLineAreReferredTo() throws {
        let text = """
            La coopération bilatérale algéro-belge se déroule dans le cadre de la convention de partenariat signée en juin 2016.
            Elle porte notamment sur la mise à niveau des ateliers de maintenance et l'échange d'enseignants.
            Cette mise à niveau a concerné en priorité les filières de l'énergie.
            """
        let extraction = try Support.extract(text)
        let umbrella = try #require(programme(extraction, named: "Coopération bilatérale algéro-belge"))
        let agreement = try #require(extraction.entities(ofType: .agreement).first)
        #expect(extraction.has(.implements, umbrella.id, agreement.id))
        // "Cette mise à niveau" names the first of the two activities of the line before, not the last.
        let upgrade = try #require(extraction.entities(ofType: .programme).first { $0.names.fr.hasPrefix("Mise à niveau") })
        let exchange = try #require(extraction.entities(ofType: .programme).first { $0.names.fr.hasPrefix("Échange") })
        #expect(extraction.has(.covers, upgrade.id, "sector.energy"))
        #expect(!extraction.has(.covers, exchange.id, "sector.energy"))
    }

    @Test func aCueNamesTheActivityAndCoordinationSplitsOnlyAfterAFullPhrase() throws {
        let text = "Dans le domaine de l'énergie, la coopération porte particulièrement sur la mise en place d'un laboratoire d'essais à Oran et le renforcement des capacités des techniciens."
        let extraction = try Support.extract(text)
        let setup = try #require(programme(extraction, named: "Mise en place d’un laboratoire d’essais à Oran")
            ?? programme(extraction, named: "Mise en place d'un laboratoire d'essais à Oran"))
        #expect(setup.properties["kind"] == .string("project"))
        #expect(programme(extraction, named: "Renforcement des capacités des techniciens") != nil)
        #expect(extraction.has(.covers, setup.id, "sector.energy"))
        // A bare noun of action shares what follows: one activity.
        let shared = try Support.extract("Les actions conjointes portent principalement sur la formation et le perfectionnement des douaniers.")
        #expect(shared.entities(ofType: .programme).map(\.names.fr) == ["Formation et le perfectionnement des douaniers"])
        // A means ("à travers la formation de …") names one too; a named programme after it does not.
        let means = try Support.extract("L'Office contribue à l'échelle régionale, à travers la formation des pompiers sahéliens (40 bourses par an).")
        #expect(means.entities(ofType: .programme).map(\.names.fr) == ["Formation des pompiers sahéliens"])
        #expect(try Support.extract("Cet appui passe à travers un programme de bourses.").entities(ofType: .programme).allSatisfy { !$0.names.fr.hasPrefix("Programme") })
        // Not a noun of action: nothing.
        #expect(try Support.extract("La coopération porte également sur les domaines de la santé.").entities(ofType: .programme).isEmpty)
    }

    @Test func aDemonstrativeMakesTheNextActivitiesAndProgrammesPartOfTheLastOne() throws {
        let text = """
            Les actions de coopération ont porté sur l'appui à la politique nationale de la statistique.
            Cet appui concerne la création d'un institut de sondage, à travers un Programme National de Formation des Statisticiens (PNFS).
            """
        let extraction = try Support.extract(text)
        let support = try #require(extraction.entities(ofType: .programme).first { $0.names.fr.hasPrefix("Appui") })
        let creation = try #require(extraction.entities(ofType: .programme).first { $0.names.fr.hasPrefix("Création") })
        let named = try #require(extraction.entities(ofType: .programme).first { $0.acronyms.contains("PNFS") })
        #expect(extraction.has(.partOf, creation.id, support.id))
        #expect(extraction.has(.partOf, named.id, support.id))
    }

    @Test func theEffortsOfABodyForAnActivityAreRunByIt() throws {
        let text = "Les efforts déployés par l'Office National des Statistiques pour la numérisation des recensements se poursuivent avec l'appui d'experts suédois."
        let extraction = try Support.extract(text)
        let activity = try #require(programme(extraction, named: "Numérisation des recensements"))
        let office = try #require(extraction.entities.map(\.entity).first { $0.names.fr == "Office National des Statistiques" })
        #expect(extraction.has(.runs, office.id, activity.id))
        // "Ces efforts …" then names a programme: part of the activity, run by its runner.
        let next = try Support.extract(text + " Ces efforts couronnés par le Plan National de Recensement Numérique (PNRN) se poursuivent.")
        let register = try #require(next.entities(ofType: .programme).first { $0.acronyms.contains("PNRN") })
        let nextActivity = try #require(programme(next, named: "Numérisation des recensements"))
        #expect(next.has(.partOf, register.id, nextActivity.id))
        #expect(next.has(.runs, office.id, register.id))
    }

    @Test func anUmbrellaOfTwoCountriesHoldsNoActivityWithAThird() throws {
        let text = """
            La coopération numérique algéro-tunisienne s'organise sous l'égide du Comité mixte algéro-tunisien.
            Avec la Tunisie, la coopération porte sur la formation des ingénieurs des réseaux.
            Avec le Canada, la coopération porte sur la formation des techniciens postaux.
            """
        let extraction = try Support.extract(text)
        let umbrella = try #require(programme(extraction, named: "Coopération numérique algéro-tunisienne"))
        let engineers = try #require(programme(extraction, named: "Formation des ingénieurs des réseaux"))
        let technicians = try #require(programme(extraction, named: "Formation des techniciens postaux"))
        #expect(extraction.has(.partOf, engineers.id, umbrella.id))
        #expect(!extraction.has(.partOf, technicians.id, umbrella.id))
    }

    @Test func theDomainsListedAfterTheCooperationAreTheUmbrellas() throws {
        let text = """
            Ministère des Finances
            Les axes de cette coopération portent notamment sur :
            - La fiscalité,
            - Les douanes.
            Autre paragraphe sans liste.
            - Le commerce.
            """
        let extraction = try Support.extract(text)
        let umbrella = try #require(extraction.entities(ofType: .programme).first)
        #expect(extraction.has(.covers, umbrella.id, "sector.finance"))
        #expect(!extraction.has(.covers, umbrella.id, "sector.trade"))
    }
}
