@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// The sectors lexicon holds every sector of the shipped KB under the KB's id, parent and names,
/// so that a run on the lexicons alone files a sector where a run with the KB files it.
struct SectorLexiconTests {
    /// Forms the KB gives to one sector that the lexicon keeps apart on purpose: the seed
    /// documents group training with higher education and vocational training; the lexicon
    /// proposes finer sectors for a KB that does not.
    static let keptApart: Set<String> = ["enseignement superieur", "formation professionnelle"]

    /// A form as the extractor compares it: case, accents and a last word's plural "s" ignored.
    static func key(_ form: String) -> String {
        let key = NameKey.make(form)
        return key.hasSuffix("s") ? String(key.dropLast()) : key
    }

    static func knowledgeSectors() throws -> [Entity] {
        let knowledge = try KnowledgeFiles.load(directory: Support.root.appendingPathComponent("Data")).graph()
        return knowledge.indices(ofType: .sector).map { knowledge.entity(at: $0) }
    }

    @Test func everyKnowledgeBaseSectorHasItsLexiconEntry() throws {
        let lexicon = Dictionary(try Support.lexicon().sectors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sectors = try Self.knowledgeSectors()
        #expect(sectors.count >= 50)
        for sector in sectors {
            let entry = try #require(lexicon[sector.id], "\(sector.id) is in Data/kb but not in the sectors lexicon")
            let parent = sector.properties["parent"]?.stringValue.map { EntityID($0) }
            #expect(entry.parent == parent, "\(sector.id): lexicon parent \(String(describing: entry.parent)), KB \(String(describing: parent))")
            let forms = Set(([entry.fr] + entry.forms).map(Self.key))
            for name in [sector.names.fr] + sector.aliases where !Self.keptApart.contains(NameKey.make(name)) {
                #expect(forms.contains(Self.key(name)), "\(sector.id): the KB's \"\(name)\" is no form of its lexicon entry")
            }
        }
    }

    @Test func noLexiconFormNamesAnotherKnowledgeBaseSector() throws {
        var owner: [String: EntityID] = [:]
        for sector in try Self.knowledgeSectors() {
            for name in [sector.names.fr] + sector.aliases { owner[Self.key(name)] = sector.id }
        }
        var checked = 0
        for entry in try Support.lexicon().sectors {
            for form in [entry.fr] + entry.forms {
                guard let kb = owner[Self.key(form)], !Self.keptApart.contains(NameKey.make(form)) else { continue }
                checked += 1
                #expect(kb == entry.id, "the lexicon files \"\(form)\" under \(entry.id), the KB under \(kb)")
            }
        }
        #expect(checked >= 100)
    }

    /// End to end: an agreement on each KB sector, named by its French name, is filed under
    /// the same sectors with and without the KB.
    @Test func aRunOnTheLexiconsAloneFilesSectorsAsTheKnowledgeBaseDoes() throws {
        let knowledge = try KnowledgeFiles.load(directory: Support.root.appendingPathComponent("Data")).graph()
        let lexicon = try Support.lexicon()
        let withoutKB = Extractor(lexicon: lexicon, homeCountry: "DZ")
        let withKB = Extractor(lexicon: lexicon, knowledge: knowledge, homeCountry: "DZ")
        var found = 0
        for sector in try Self.knowledgeSectors() {
            let text = "Un accord de coopération dans le domaine de « \(sector.names.fr) » a été signé le 3 mars 2020."
            let alone = withoutKB.extract(text: text, document: "test.txt")
            let linked = withKB.extract(text: text, document: "test.txt")
            let ids = Set(alone.entities(ofType: .sector).map(\.id))
            #expect(ids == Set(linked.entities(ofType: .sector).map(\.id)), "\(sector.names.fr)")
            if ids.contains(sector.id) { found += 1 }
        }
        #expect(found >= 45)
    }

    /// A lexicon sector's chain of parents does not depend on the order of the entries, and a
    /// cycle in hand-edited data ends the walk.
    @Test func parentChainsFollowTheLexiconInAnyOrder() {
        func sector(_ id: EntityID, _ parent: EntityID?) -> Lexicon.Sector {
            Lexicon.Sector(id: id, fr: id.rawValue, forms: [], parent: parent)
        }
        let chain: [Lexicon.Sector] = [sector("sector.c", "sector.b"), sector("sector.b", "sector.a"), sector("sector.a", nil)]
        for order in [chain, chain.reversed()] {
            let parents = SectorParents(nil, lexicon: order)
            #expect(parents["sector.c"].map(\.id) == ["sector.b", "sector.a"])
            #expect(parents["sector.b"].map(\.id) == ["sector.a"])
            #expect(parents["sector.a"].isEmpty)
        }
        let loop = SectorParents(nil, lexicon: [sector("sector.x", "sector.y"), sector("sector.y", "sector.x")])
        #expect(loop["sector.x"].map(\.id) == ["sector.y"])
    }
}
