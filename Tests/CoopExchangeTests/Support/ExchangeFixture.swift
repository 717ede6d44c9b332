import CoopModel
import Foundation

/// A small cooperation graph that exercises every field and the awkward characters.
enum ExchangeFixture {
    /// A schema with the node types, relation types and roles the fixture uses.
    static let schema = Schema(
        nodeTypes: [
            .country: NodeTypeSpec(
                label: LocalizedText(fr: "Pays", en: "Country", ar: "دولة"),
                properties: ["iso3": PropertySpec(kind: .string), "un_member": PropertySpec(kind: .bool)]),
            .ministry: NodeTypeSpec(label: LocalizedText(fr: "Ministère", en: "Ministry", ar: "وزارة")),
            .agreement: NodeTypeSpec(
                label: LocalizedText(fr: "Accord", en: "Agreement", ar: "اتفاق"),
                properties: [
                    "kind": PropertySpec(kind: .enumeration(["accord", "convention"]), required: true),
                    "count": PropertySpec(kind: .int),
                ]),
            .event: NodeTypeSpec(label: LocalizedText(fr: "Événement", en: "Event", ar: "حدث")),
            .sector: NodeTypeSpec(
                label: LocalizedText(fr: "Secteur", en: "Sector", ar: "قطاع"),
                properties: ["parent": PropertySpec(kind: .reference([.sector]))]),
        ],
        relationTypes: [
            .partyTo: RelationTypeSpec(
                label: LocalizedText(fr: "partie à", en: "party to", ar: "طرف في"), from: [.country, .ministry],
                to: [.agreement], properties: ["role": PropertySpec(kind: .enumeration(["party", "signatory"]))]),
            .cooperatesWith: RelationTypeSpec(
                label: LocalizedText(fr: "coopère avec", en: "cooperates with", ar: "يتعاون مع"),
                from: [.country, .ministry], to: [.country, .ministry],
                properties: [
                    "sectors": PropertySpec(kind: .reference([.sector]), many: true),
                    "area": PropertySpec(kind: .string),
                    "under": PropertySpec(kind: .reference([.agreement])),
                ], symmetric: true),
            .tookPartIn: RelationTypeSpec(
                label: LocalizedText(fr: "a participé à", en: "took part in", ar: "شارك في"), from: [.country, .ministry],
                to: [.event]),
            .covers: RelationTypeSpec(
                label: LocalizedText(fr: "porte sur", en: "covers", ar: "يشمل"), from: [.agreement], to: [.sector]),
        ],
        dateRoles: [
            .signed: LocalizedText(fr: "signé", en: "signed", ar: "وُقّع"),
            .inForce: LocalizedText(fr: "en vigueur", en: "in force", ar: "ساري المفعول"),
            .held: LocalizedText(fr: "tenu", en: "held", ar: "عُقد"),
            .started: LocalizedText(fr: "depuis", en: "since", ar: "منذ"),
            .until: LocalizedText(fr: "jusqu'à", en: "until", ar: "حتى"),
        ])

    static func date(_ text: String) -> PartialDate {
        (try? PartialDate(parsing: text)) ?? PartialDate(year: 1)!
    }

    static func source(_ line: Int) -> SourceRef { SourceRef(document: "000_b6d4eff8678c418b.txt", line: line) }

    /// The fixture's entities, in the order they are added (not id order).
    static func entities(controlCharacters: Bool = true) -> [Entity] {
        let awkward = controlCharacters ? "tab\there, bell\u{07}, nul-free \u{1F} end" : "tab\there, CR\r, end"
        return [
            Entity(
                id: "FR", type: .country, names: Names(fr: "France", en: "France", ar: "فرنسا"),
                aliases: ["République française"], properties: ["iso3": .string("FRA"), "un_member": .bool(true)],
                sources: [SourceRef(document: "ISO-3166-1")]),
            Entity(
                id: "DZ", type: .country, names: Names(fr: "Algérie", en: "Algeria", ar: "الجزائر"),
                aliases: ["République algérienne démocratique et populaire", "NO"], acronyms: ["RADP"],
                properties: ["iso3": .string("DZA"), "un_member": .bool(true)], sources: [SourceRef(document: "ISO-3166-1")],
                note: "Quotes \"here\", <angle> & ampersand,\nnew line; colon: hash #1"),
            Entity(
                id: "dz.mae", type: .ministry, names: Names(fr: "Ministère des Affaires étrangères", ar: "وزارة الشؤون الخارجية"),
                acronyms: ["MAE"], sources: [source(3)], note: awkward),
            Entity(
                id: "agr.dz-fr.2004.road", type: .agreement,
                names: Names(fr: "Accord sur le transport routier \"TIR\" & transit <2004>", en: "Road transport agreement"),
                properties: ["kind": .string("accord"), "count": .int(2)],
                dates: [DatedRole(.signed, date("2004")), DatedRole(.inForce, date("2009"))], sources: [source(27), source(28)]),
            Entity(
                id: "evt.2008-05.session", type: .event, names: Names(fr: "Session de mai 2008"),
                dates: [DatedRole(.held, date("2008-05"))], sources: [source(40)]),
            Entity(
                id: "evt.2008-05-15.visit", type: .event, names: Names(fr: "Visite du 15 mai 2008"),
                dates: [DatedRole(.held, date("2008-05-15")), DatedRole(.until, date("2008-05-16"))], sources: [source(41)]),
            Entity(id: "sector.health", type: .sector, names: Names(fr: "Santé", en: "Health", ar: "الصحة"), sources: [source(5)]),
            Entity(
                id: "sector.health/public health", type: .sector, names: Names(fr: "Santé publique", en: "Public health"),
                properties: ["parent": .string("sector.health")], sources: [source(5)]),
            Entity(id: "2007", type: .sector, names: Names(fr: "yes"), sources: [source(6)]),
        ]
    }

    /// The fixture's relations, with two parallel `cooperates_with` edges.
    static let relations: [Relation] = [
        Relation(type: .partyTo, from: "DZ", to: "agr.dz-fr.2004.road", properties: ["role": .string("party")], sources: [source(27)]),
        Relation(type: .partyTo, from: "FR", to: "agr.dz-fr.2004.road", properties: ["role": .string("party")], sources: [source(27)]),
        Relation(type: .partyTo, from: "dz.mae", to: "agr.dz-fr.2004.road", properties: ["role": .string("signatory")], sources: [source(27)]),
        Relation(
            type: .cooperatesWith, from: "DZ", to: "FR",
            properties: [
                "sectors": .list([.string("sector.health"), .string("sector.health/public health")]),
                "area": .string("santé & \"hôpitaux\""), "under": .string("agr.dz-fr.2004.road"),
            ],
            dates: [DatedRole(.started, date("2009")), DatedRole(.until, date("2012"))], sources: [source(7), source(8)],
            note: "first of two"),
        Relation(type: .cooperatesWith, from: "DZ", to: "FR", properties: ["area": .string("formation")], sources: [source(15)]),
        Relation(type: .tookPartIn, from: "DZ", to: "evt.2008-05-15.visit", dates: [DatedRole(.held, date("2008-05-15"))], sources: [source(41)]),
        Relation(type: .covers, from: "agr.dz-fr.2004.road", to: "sector.health", sources: [source(27)]),
        Relation(type: .cooperatesWith, from: "dz.mae", to: "FR", sources: [source(9)]),
    ]

    /// The fixture graph; `reversed` adds the entities in the opposite order.
    static func graph(controlCharacters: Bool = true, reversed: Bool = false) throws -> KnowledgeGraph {
        var builder = KnowledgeGraphBuilder(schema: schema)
        let all = entities(controlCharacters: controlCharacters)
        for entity in reversed ? all.reversed() : all { try builder.add(entity) }
        for relation in relations { try builder.add(relation) }
        return builder.build()
    }
}

/// A graph reduced to what the exchange formats must keep: entities by id, relations in order.
struct GraphContent: Equatable, CustomStringConvertible {
    let entities: [Entity]
    let relations: [Relation]

    init(_ graph: KnowledgeGraph) {
        entities = graph.entityIndices.map { graph.entity(at: $0) }.sorted { $0.id < $1.id }
        relations = graph.relationIndices.map { graph.relation(at: $0) }
    }

    var description: String { "\(entities.count) entities, \(relations.count) relations" }
}

extension String {
    /// The UTF-8 bytes of the string.
    var bytes: [UInt8] { Array(utf8) }
}
