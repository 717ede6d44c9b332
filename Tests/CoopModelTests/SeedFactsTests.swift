import CoopModel
import Foundation
import Testing

/// Spot checks of facts from both seed documents, read back from the shipped knowledge base.
@Suite struct SeedFactsTests {
    static let base: KnowledgeBase? = try? KnowledgeBase.load(directory: ShippedDataTests.dataDirectory)

    private func graph() throws -> KnowledgeGraph { try #require(Self.base).graph }

    private func entity(_ id: EntityID) throws -> Entity { try #require(try graph().entity(id), "no entity \(id)") }

    /// The targets of `entity`'s outgoing relations of `type`.
    private func targets(_ id: EntityID, _ type: RelationType) throws -> Set<EntityID> {
        let graph = try graph()
        let index = try #require(graph.index(of: id))
        return Set(graph.outgoing(index).filter { graph.relationType(at: $0) == type }
            .map { graph.entity(at: graph.target(of: $0)).id })
    }

    /// The sources of `entity`'s incoming relations of `type`.
    private func sources(_ id: EntityID, _ type: RelationType) throws -> Set<EntityID> {
        let graph = try graph()
        let index = try #require(graph.index(of: id))
        return Set(graph.incoming(index).filter { graph.relationType(at: $0) == type }
            .map { graph.entity(at: graph.source(of: $0)).id })
    }

    private func date(_ text: String) throws -> PartialDate { try PartialDate(parsing: text) }

    @Test("Air transport agreement: signed 2006-02-16, in force 2008, Algeria and France")
    func airTransport() throws {
        let agreement = try entity("agr.dz-fr.2006-02-16.air-transport")
        #expect(agreement.type == .agreement)
        #expect(agreement.date(.signed) == (try date("2006-02-16")))
        #expect(agreement.date(.inForce) == (try date("2008")))
        #expect(try sources(agreement.id, .partyTo).isSuperset(of: ["DZ", "FR"]))
        #expect(try targets(agreement.id, .covers).contains("sector.air-transport"))
        #expect(agreement.sources.contains(SourceRef(document: "000_b6d4eff8678c418b.txt", line: 27)))
    }

    @Test("Road freight agreement: signed 2004, in force 2009, so not in force in 2006")
    func roadFreight() throws {
        let agreement = try entity("agr.dz-fr.2004.road-freight")
        #expect(agreement.date(.signed) == (try date("2004")))
        #expect(agreement.date(.inForce) == (try date("2009")))
        #expect(!TimeFilter(asOf: try date("2006")).admits(dates: agreement.dates))
        #expect(TimeFilter(asOf: try date("2010")).admits(dates: agreement.dates))
    }

    @Test("Partnership convention of December 2007 frames health and youth-and-sports cooperation")
    func partnership2007() throws {
        let convention = try entity("agr.dz-fr.2007-12.partenariat")
        #expect(convention.date(.signed) == (try date("2007-12")))
        #expect(convention.properties["kind"] == .string("convention"))
        #expect(try targets(convention.id, .covers).isSuperset(of: ["sector.health", "sector.youth-sports"]))
        let lines = Set(convention.sources.compactMap(\.line))
        #expect(lines.isSuperset(of: [9, 25, 35]))
    }

    @Test("Urban policy protocol of November 2010, signed by the two ministers")
    func urbanPolicy() throws {
        let protocolNode = try entity("agr.dz-fr.2010-11.urban-policy")
        #expect(protocolNode.date(.signed) == (try date("2010-11")))
        #expect(try sources(protocolNode.id, .partyTo).isSuperset(of: ["dz.meat", "fr.se-ville"]))
        #expect(try targets(protocolNode.id, .covers).contains("sector.urban-policy"))
    }

    @Test("The 5+5 tourism ministers met in Ajaccio on 15 and 16 May 2008")
    func ajaccio() throws {
        let meeting = try entity("evt.2008-05-15.5plus5-tourism-ajaccio")
        #expect(meeting.date(.held) == (try date("2008-05-15")))
        #expect(meeting.date(.until) == (try date("2008-05-16")))
        #expect(try targets(meeting.id, .heldIn) == ["place.fr.ajaccio"])
    }

    @Test("The last joint social-security commission session was in Paris on 1 April 2014")
    func socialSecuritySession() throws {
        let session = try entity("evt.2014-04-01.dz-fr.social-security-session")
        #expect(session.properties["kind"] == .string("joint_commission_session"))
        #expect(session.date(.held) == (try date("2014-04-01")))
        #expect(try targets(session.id, .heldIn) == ["place.fr.paris"])
    }

    @Test("ANRU's trip of 4 June 2014")
    func anru() throws {
        let trip = try entity("evt.2014-06-04.anru-oran")
        #expect(trip.date(.held) == (try date("2014-06-04")))
        #expect(try sources(trip.id, .tookPartIn).contains("fr.anru"))
    }

    @Test("DNRM, created in 2011, answers to MICLAT")
    func dnrm() throws {
        let dnrm = try entity("dz.dnrm")
        #expect(dnrm.date(.created) == (try date("2011")))
        #expect(try targets("dz.dnrm", .underAuthorityOf) == ["dz.miclat"])
    }

    @Test("MICLAT has security accords with thirteen partners")
    func miclatSecurity() throws {
        let graph = try graph()
        let accords = graph.entities(ofType: .agreement).filter { $0.id.rawValue.hasSuffix(".miclat-security") }
        #expect(accords.count == 13)
        var partners = Set<EntityID>()
        for accord in accords { partners.formUnion(try sources(accord.id, .partyTo)) }
        let expected: Set<EntityID> = ["IT", "YE", "FR", "ES", "AE", "EG", "TN", "NE", "QA", "TD", "CG", "GN", "TR"]
        #expect(partners.subtracting(["DZ", "dz.miclat"]) == expected)
        let chad = try #require(accords.first { $0.id == "agr.dz-td.miclat-security" })
        #expect(try targets(chad.id, .covers).isSuperset(of: ["sector.cybercrime", "sector.counter-terrorism"]))
    }

    @Test("MICLAT's e-government partners")
    func eGovernment() throws {
        let graph = try graph()
        let miclat = try #require(graph.index(of: "dz.miclat"))
        var partners = Set<EntityID>()
        for relation in Array(graph.outgoing(miclat)) + Array(graph.incoming(miclat)) where graph.relationType(at: relation) == .cooperatesWith {
            let sectors = graph.payload(of: relation).properties["sectors"]?.strings ?? []
            guard sectors.contains("sector.e-government") else { continue }
            let other = graph.source(of: relation) == miclat ? graph.target(of: relation) : graph.source(of: relation)
            partners.insert(graph.entity(at: other).id)
        }
        #expect(partners.isSuperset(of: ["EE", "DE", "KR", "AT", "BE", "TR", "QA"]))
    }

    @Test("Civil protection interventions: places and dates")
    func interventions() throws {
        let expected: [(EntityID, String, EntityID)] = [
            ("evt.2003.fr.forest-fires", "2003", "FR"),
            ("evt.2003.ir.bam-earthquake", "2003", "place.ir.bam"),
            ("evt.2004.ma.al-hoceima-earthquake", "2004", "place.ma.al-hoceima"),
            ("evt.2023-02-06.tr.earthquake", "2023-02-06", "TR"),
            ("evt.2023-02-06.sy.earthquake", "2023-02-06", "SY"),
            ("evt.2023-09.ly.floods", "2023-09", "LY"),
        ]
        for (id, held, place) in expected {
            let event = try entity(id)
            #expect(event.date(.held) == (try date(held)), "\(id)")
            #expect(try targets(id, .heldIn).contains(place), "\(id)")
            #expect(try sources(id, .intervenedIn).contains("dz.dgpc"), "\(id)")
        }
    }

    @Test("Names resolve ignoring case and accents", arguments: [
        ("algerie", "DZ"), ("ALGÉRIE", "DZ"), ("Algérie", "DZ"), ("Corée du Sud", "KR"),
        ("République de Corée", "KR"), ("Grande Bretagne", "GB"), ("Royaume-Uni", "GB"),
        ("les Emirats Arabes Unis", nil), ("Emirats Arabes Unis", "AE"), ("dgpc", "dz.dgpc"),
        ("ANRU", "fr.anru"), ("Housseyma", "place.ma.al-hoceima"), ("الجزائر", "DZ"), ("Pays Bas", "NL"),
    ] as [(String, EntityID?)])
    func names(text: String, expected: EntityID?) throws {
        let graph = try graph()
        let found = graph.lookup(text).map { graph.entity(at: $0).id }
        if let expected {
            #expect(found == [expected], "\(text)")
        } else {
            #expect(found.isEmpty, "\(text) should need its article removed")
        }
    }
}
