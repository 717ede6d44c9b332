import CoopExtract
import CoopModel
import Testing

/// Lists of partners under numbered headings, and lists of areas.
struct EnumerationTests {
    private let text = """
        Direction Générale des Douanes
        1-En matière de lutte contre la fraude
        La DGD a conclu des accords d'assistance mutuelle avec des partenaires comme la Tunisie, le Mali, l’Espagne et la Turquie.
        2-Modernisation de l'administration :
        Des actions de coopération ont été menées notamment avec l'Estonie et la Belgique dans les domaines de : la numérisation, la fiscalité locale et l'efficacité énergétique.
        """

    @Test func onePartnerRelationPerItemWithTheHeadingsArea() throws {
        let extraction = try Support.extract(text)
        let body = try #require(extraction.entities(ofType: .agency).first { $0.acronyms == ["DGD"] })
        for country in ["TN", "ML", "ES", "TR"] {
            let relation = try #require(extraction.relations.first {
                $0.relation.type == .cooperatesWith && Set([$0.relation.from, $0.relation.to]) == [body.id, EntityID(country)]
            })
            #expect(relation.relation.properties["area"] == .string("lutte contre la fraude"))
        }
    }

    @Test func secondHeadingAndAreaListGiveSectors() throws {
        let extraction = try Support.extract(text)
        let estonia = try #require(extraction.relations.first { $0.relation.type == .cooperatesWith && ($0.relation.to == "EE" || $0.relation.from == "EE") })
        #expect(estonia.relation.properties["area"] == .string("Modernisation de l'administration"))
        let sectors = Set(estonia.relation.properties["sectors"]?.strings ?? [])
        // The KB's finer sectors, which the lexicon holds too (SectorLexiconTests).
        #expect(sectors == ["sector.e-government", "sector.local-taxation", "sector.energy-efficiency"])
    }
}
