import CoopModel
import Foundation
import Testing

/// The repository's own `Data/` folder must always load without errors.
@Suite struct ShippedDataTests {
    /// The repository's `Data/` folder (other suites use it too).
    static let dataDirectory = TemporaryKnowledgeBase.shippedData

    @Test func shippedDataHasNoErrors() throws {
        let directory = Self.dataDirectory
        let report = KnowledgeBase.validate(directory: directory)
        #expect(report.errors.map(\.description) == [])
        let base = try KnowledgeBase.load(directory: directory)
        #expect(base.schema.nodeTypes.count >= 10)
        #expect(base.schema.relationTypes[.cooperatesWith]?.symmetric == true)
        #expect(base.sources.document(named: "ISO-3166-1") != nil)
        if !KnowledgeBase.yamlFiles(under: directory.appendingPathComponent("kb")).isEmpty {
            #expect(base.graph.indices(ofType: .country).count >= 190)
        }
    }

    /// `names(at:)` and `names(of:)`, which read an entity's names in place, give the names of
    /// the whole entity, for every entity of the shipped graph and for an unknown id.
    @Test func namesReadInPlaceAreTheEntitysNames() throws {
        let graph = try KnowledgeBase.load(directory: Self.dataDirectory).graph
        for index in graph.entityIndices {
            let entity = graph.entity(at: index)
            #expect(graph.names(at: index) == entity.names)
            #expect(graph.names(of: entity.id) == entity.names)
        }
        #expect(graph.names(of: EntityID("no.such.id")) == nil)
    }

    @Test func shippedSchemaExpandsGroupsAndKeepsLabels() throws {
        let schema = try Schema.load(from: TemporaryKnowledgeBase.shippedData.appendingPathComponent("schema.yaml"))
        let actor: Set<NodeType> = [.country, .ministry, .agency, .organisation, .jointBody, .place]
        #expect(schema.relationTypes[.partyTo]?.from == actor)
        #expect(schema.relationTypes[.partyTo]?.to == [.agreement])
        #expect(schema.groups["institution"] == [.ministry, .agency, .organisation, .jointBody])
        #expect(schema.nodeTypes[.country]?.label.text(in: .en) == "Country")
        #expect(schema.nodeTypes[.country]?.isVocabulary == true)
        #expect(schema.nodeTypes[.agency]?.isVocabulary == false)
        #expect(schema.dateRoles[.inForce]?.fr == "en vigueur")
        #expect(schema.dateRoles.count == 8)
        let kind = try #require(schema.nodeTypes[.agreement]?.properties["kind"])
        #expect(kind.required)
        guard case .enumeration(let values) = kind.kind else { Issue.record("kind is not an enum"); return }
        #expect(values.contains("protocole_accord"))
        #expect(schema.relationTypes[.cooperatesWith]?.properties["sectors"] == PropertySpec(kind: .reference([.sector]), many: true))
    }
}
