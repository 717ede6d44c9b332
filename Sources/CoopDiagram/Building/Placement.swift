import CoopModel

/// Where each entity of a subgraph is drawn: its node name(s), its cluster, and what is left out.
struct Placement {
    /// One drawn node of an entity.
    struct Instance {
        let name: String
        let entity: EntityIndex
        let group: String?
    }

    /// A cluster: its key (cluster name suffix) and its label.
    struct Group {
        let key: String
        let label: String
    }

    private(set) var instances: [Instance] = []
    private(set) var groups: [Group] = []
    /// Entities drawn as no node (sectors, when clusters stand for them).
    private(set) var hidden: Set<EntityIndex> = []
    /// Relation types drawn as no line.
    private(set) var hiddenRelationTypes: Set<RelationType> = []
    /// The node name an entity's relations attach to by default.
    private(set) var primaryName: [EntityIndex: String] = [:]
    /// For relations that attach to a particular copy of an entity (area groups): entity → node name.
    private(set) var relationEnd: [RelationIndex: (entity: EntityIndex, name: String)] = [:]

    init(graph: KnowledgeGraph, subgraph: Subgraph, presentation: Presentation, language: Language) {
        var groupOf: [EntityIndex: String] = [:]
        var labels: [String: String] = [:]
        var sortDate: [EntityIndex: Int] = [:]
        var firstSeen: [String: Int] = [:]
        let anchors = Set(subgraph.anchors)
        switch presentation.grouping {
        case .none:
            break
        case .sector:
            hidden = Set(subgraph.entities.filter { graph.entity(at: $0).type == .sector })
            hiddenRelationTypes = [.covers]
            let tree = SectorTree(graph: graph)
            let grouped: Set<NodeType> = [.agreement, .programme, .event, .jointBody]
            for entity in subgraph.entities where grouped.contains(graph.entity(at: entity).type) {
                guard let covers = graph.outgoing(entity).first(where: { graph.relationType(at: $0) == .covers }) else { continue }
                let root = tree.root(of: graph.target(of: covers))
                let key = "sector-" + graph.entity(at: root).id.rawValue
                groupOf[entity] = key
                labels[key] = graph.entity(at: root).names.name(in: language)
            }
        case .area:
            guard let center = subgraph.anchors.first else { break }
            for relation in subgraph.relations where graph.relationType(at: relation) == .cooperatesWith {
                let ends = (graph.source(of: relation), graph.target(of: relation))
                guard ends.0 == center || ends.1 == center else { continue }
                let partner = ends.0 == center ? ends.1 : ends.0
                let payload = graph.payload(of: relation)
                let area = payload.properties["area"]?.stringValue ?? "—"
                let key = "area-" + Self.slug(area)
                let name = graph.entity(at: partner).id.rawValue + "@" + Self.slug(area)
                if labels[key] == nil {
                    labels[key] = Self.areaLabel(area, sectors: payload.properties["sectors"], graph, language)
                    firstSeen[key] = firstSeen.count
                }
                relationEnd[relation] = (partner, name)
                if !instances.contains(where: { $0.name == name }) {
                    instances.append(Instance(name: name, entity: partner, group: key))
                    if primaryName[partner] == nil { primaryName[partner] = name }
                }
            }
        case .year:
            for entity in subgraph.entities where !anchors.contains(entity) {
                let value = graph.entity(at: entity)
                guard let start = FactPeriod(dates: value.dates, isEvent: value.type == .event).start else { continue }
                sortDate[entity] = start
                let year = String(start / 10_000)
                groupOf[entity] = "year-" + year
                labels["year-" + year] = year
            }
            // Undated entities hanging off exactly one dated one (its place, then that place's country) join its year.
            for _ in 0..<2 {
                for entity in subgraph.entities where groupOf[entity] == nil && !anchors.contains(entity) {
                    let dated = Set(graph.touching(entity).filter { subgraph.relations.binarySearchContains($0) }.map {
                        graph.source(of: $0) == entity ? graph.target(of: $0) : graph.source(of: $0)
                    }.filter { groupOf[$0] != nil && sortDate[$0] != nil })
                    if dated.count == 1, let owner = dated.first {
                        groupOf[entity] = groupOf[owner]
                        sortDate[entity] = sortDate[owner]
                    }
                }
            }
        case .country:
            let chain = AuthorityChain(graph: graph)
            let countries = presentation.sides.map { [$0.first, $0.second].compactMap(graph.index(of:)) }
                ?? subgraph.anchors.filter { graph.entity(at: $0).type == .country }
            for country in countries {
                let key = "country-" + graph.entity(at: country).id.rawValue
                labels[key] = graph.entity(at: country).names.name(in: language)
                for member in chain.members(of: country) where groupOf[member] == nil { groupOf[member] = key }
            }
        }
        // Node order: anchors, then each group's members, then the rest; by date for timelines, else by id.
        let visible = subgraph.entities.filter { !hidden.contains($0) && primaryName[$0] == nil }
        func order(_ a: EntityIndex, _ b: EntityIndex) -> Bool {
            (sortDate[a] ?? 0, graph.entity(at: a).id) < (sortDate[b] ?? 0, graph.entity(at: b).id)
        }
        let groupKeys = Set(visible.compactMap { groupOf[$0] }).union(instances.compactMap(\.group))
        // Areas in the order the knowledge base lists them; other groups by key (years in time order).
        let groupOrder = groupKeys.sorted { (firstSeen[$0] ?? 0, $0) < (firstSeen[$1] ?? 0, $1) }
        groups = groupOrder.map { Group(key: $0, label: labels[$0] ?? $0) }
        var ordered = visible.filter { anchors.contains($0) }.sorted(by: order)
        for key in groupOrder { ordered += visible.filter { groupOf[$0] == key && !anchors.contains($0) }.sorted(by: order) }
        ordered += visible.filter { groupOf[$0] == nil && !anchors.contains($0) }.sorted(by: order)
        let copies = instances.sorted { (firstSeen[$0.group ?? ""] ?? 0, $0.name) < (firstSeen[$1.group ?? ""] ?? 0, $1.name) }
        instances = ordered.map { entity in
            let name = graph.entity(at: entity).id.rawValue
            primaryName[entity] = name
            return Instance(name: name, entity: entity, group: anchors.contains(entity) && presentation.grouping != .country ? nil : groupOf[entity])
        } + copies
    }

    /// The node name where `relation` meets `entity`.
    func name(of entity: EntityIndex, in relation: RelationIndex) -> String? {
        if let end = relationEnd[relation], end.entity == entity { return end.name }
        return primaryName[entity]
    }

    /// `text` folded to lower-case ASCII words joined by `-`, for stable names.
    static func slug(_ text: String) -> String {
        NameKey.make(text).split { !$0.isLetter && !$0.isNumber }.joined(separator: "-")
    }

    /// An area's label: the knowledge base's own words in French, the sectors' names otherwise.
    private static func areaLabel(_ area: String, sectors: PropertyValue?, _ graph: KnowledgeGraph, _ language: Language) -> String {
        guard language != .fr, let sectors else { return area }
        let names = sectors.strings.compactMap { graph.entity(EntityID($0))?.names.name(in: language) }
        guard !names.isEmpty else { return area }
        return names.prefix(3).joined(separator: ", ") + (names.count > 3 ? ", …" : "")
    }
}

extension Array where Element == Int {
    /// Whether this sorted array contains `value`.
    /// - Complexity: O(log n).
    func binarySearchContains(_ value: Int) -> Bool {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < count && self[low] == value
    }
}
