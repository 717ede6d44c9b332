import CoopExtract
import CoopModel
import Testing

/// Events told without a date: a place held in or come from, a qualifier, who took part.
struct EventTests {
    @Test func anUndatedVisitHasItsDestinationAndItsOrigin() throws {
        let text = "La visite d'une délégation de la wilaya de Tipaza à Bergen a renforcé les liens."
        let extraction = try Support.extract(text)
        let visit = try #require(extraction.entities(ofType: .event).first)
        #expect(visit.properties["kind"] == .string("visit"))
        #expect(visit.dates.isEmpty)
        #expect(extraction.has(.heldIn, visit.id, "place.no.bergen"))
        #expect(extraction.has(.tookPartIn, "place.dz.tipaza", visit.id))
        #expect(!extraction.has(.heldIn, visit.id, "place.dz.tipaza"))
    }

    @Test func anUndatedEventWordAloneIsNoEvent() throws {
        let extraction = try Support.extract("La mission principale du service reste l'appui aux régions.")
        #expect(extraction.entities(ofType: .event).isEmpty)
        // Nor with a country that is not where it was held.
        let partner = try Support.extract("Une réunion avec la Tunisie a permis de faire le point.")
        #expect(partner.entities(ofType: .event).isEmpty)
    }

    @Test func aQualifiedEventWithBothPartiesTakingPart() throws {
        let text = "Ambassade d'Algérie au Portugal\n\nLes liens reposent sur des visites ministérielles réciproques, de part et d'autre."
        let extraction = try Support.extract(text)
        let visits = try #require(extraction.entities(ofType: .event).first)
        #expect(visits.names.fr == "Visites ministérielles")
        #expect(extraction.has(.tookPartIn, "DZ", visits.id))
        #expect(extraction.has(.tookPartIn, "PT", visits.id))
    }

    @Test func peopleOfACountryTakePartWithTheEventsDates() throws {
        let text = "Une mission d'experts portugais s'est tenue à Oran le 3 juin 2019."
        let extraction = try Support.extract(text)
        let mission = try #require(extraction.entities(ofType: .event).first)
        let relation = try #require(extraction.relations.first { $0.relation.type == .tookPartIn && $0.relation.from == "PT" })
        #expect(relation.relation.to == mission.id)
        #expect(relation.relation.dates == [DatedRole(.held, try .iso("2019-06-03"))])
    }

    @Test func fairsAreEventsHeldWhereTheTextSays() throws {
        let text = "Dans le secteur du tourisme, les entreprises algériennes participent aux manifestations touristiques organisées en Italie."
        let extraction = try Support.extract(text)
        let fairs = try #require(extraction.entities(ofType: .event).first)
        #expect(fairs.properties["kind"] == .string("other"))
        #expect(extraction.has(.heldIn, fairs.id, "IT"))
        #expect(extraction.has(.tookPartIn, "DZ", fairs.id))
        #expect(extraction.has(.covers, fairs.id, "sector.tourism"))
    }

    @Test func aRegionNamedByItsAdjectiveIsAPlaceButNotWhereAnEventWasHeld() throws {
        let extraction = try Support.extract("Une mission de formation des pompiers sahéliens s'est tenue à Alger en mai 2022.")
        #expect(extraction.entity("place.sahel")?.type == .place)
        let mission = try #require(extraction.entities(ofType: .event).first)
        #expect(!extraction.has(.heldIn, mission.id, "place.sahel"))
        #expect(extraction.has(.heldIn, mission.id, "place.dz.alger"))
    }
}
