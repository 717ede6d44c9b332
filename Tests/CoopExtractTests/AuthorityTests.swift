import CoopExtract
import CoopModel
import Testing

/// Authority stated between two bodies of a sentence: "sous tutelle", "relevant de", "à travers".
struct AuthorityTests {
    /// The names of the `under_authority_of` pairs between institutions (countries left out).
    private func authority(_ text: String) throws -> Set<[String]> {
        let extraction = try Support.extract(text)
        var names: [EntityID: String] = [:]
        for candidate in extraction.entities { names[candidate.entity.id] = candidate.entity.names.fr }
        return Set(extraction.relations.map(\.relation).filter { $0.type == .underAuthorityOf }.compactMap { relation in
            guard let from = names[relation.from], let to = names[relation.to],
                extraction.entity(relation.to)?.type != .country
            else { return nil }
            return [from, to]
        })
    }

    @Test func underTheTutelageOfTheNextBody() throws {
        let pairs = try authority(
            "L'Office national des forêts (ONF), placé sous la tutelle du Ministère de l'Agriculture, gère les plantations.")
        #expect(pairs == [["Office national des forêts", "Ministère de l'Agriculture"]])
    }

    @Test func reportingToTheNextBody() throws {
        let pairs = try authority("Le Centre national des archives, relevant du Ministère de la Culture, numérise ses fonds.")
        #expect(pairs == [["Centre national des archives", "Ministère de la Culture"]])
    }

    @Test func actingThroughABody() throws {
        let pairs = try authority(
            "Le Ministère du Tourisme coopère avec la Tunisie à travers la Direction de la Promotion Touristique.")
        #expect(pairs == [["Direction de la Promotion Touristique", "Ministère du Tourisme"]])
    }

    /// Two bodies side by side, without a marker, say nothing about authority.
    @Test func noMarkerNoAuthority() throws {
        let pairs = try authority("Le Ministère du Tourisme et l'Office national du tourisme ont signé une convention.")
        #expect(pairs.isEmpty)
    }
}

/// "à travers A et B": both bodies answer to the subject.
struct ThroughCoordinationTests {
    @Test func bothCoordinatedBodiesAnswerToTheSubject() throws {
        let text = "Le Ministère de l'Agriculture coopère avec le Mali à travers la Direction des Forêts et l'Office National des Terres Agricoles."
        let extraction = try Support.extract(text)
        let ministry = try #require(extraction.entities(ofType: .ministry).first)
        let bodies = extraction.entities(ofType: .agency)
        #expect(bodies.count == 2)
        for body in bodies { #expect(extraction.has(.underAuthorityOf, body.id, ministry.id), "\(body.names.fr)") }
    }

    @Test func aBodyAfterAPrepositionIsNotCoordinated() throws {
        let text = "Le Ministère de l'Agriculture agit à travers la Direction des Forêts de l'Office National des Terres Agricoles."
        let extraction = try Support.extract(text)
        let ministry = try #require(extraction.entities(ofType: .ministry).first)
        let office = extraction.entities(ofType: .agency).first { $0.names.fr.hasPrefix("Office") }
        if let office { #expect(!extraction.has(.underAuthorityOf, office.id, ministry.id)) }
    }
}
