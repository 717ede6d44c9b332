import CoopModel

/// Deterministic synthetic cooperation graphs for benchmarks and cross-checks: countries,
/// ministries, agencies, organisations, joint bodies, sectors, agreements (with signing and
/// entry-into-force dates), events (with dates) and programmes, linked as the schema allows.
public enum SyntheticGraph {
    /// A graph of about `nodes` entities and exactly `edges` relations (when `edges` is at least
    /// the structural minimum of one authority link per ministry, agency and joint body);
    /// the same seed always gives the same graph.
    /// - Complexity: O(nodes + edges).
    public static func make(nodes: Int, edges: Int, seed: UInt64, schema: Schema) -> KnowledgeGraph {
        var random = SplitMix64(seed: seed)
        var builder = KnowledgeGraphBuilder(schema: schema)
        builder.reserve(entities: nodes, relations: edges)
        let plan = Plan(nodes: max(nodes, 12))
        var ids: [String] = []
        var kinds: [NodeType: [EntityIndex]] = [:]
        var spans: [EntityIndex: [DatedRole]] = [:]
        for (type, count) in plan.counts {
            for number in 0..<count {
                let entity = makeEntity(type, number, &random)
                // Ids are unique by construction, so adding cannot fail.
                guard let index = try? builder.add(entity) else { continue }
                ids.append(entity.id.rawValue)
                kinds[type, default: []].append(index)
                if !entity.dates.isEmpty { spans[index] = entity.dates }
            }
        }
        let actors = [NodeType.country, .ministry, .agency, .organisation].flatMap { kinds[$0] ?? [] }
        var added = 0
        func relate(_ type: RelationType, _ from: EntityIndex, _ to: EntityIndex, _ payload: RelationPayload) {
            guard added < edges else { return }
            builder.addRelation(type: type, from: from, to: to, payload: payload)
            added += 1
        }
        func source() -> [SourceRef] { [SourceRef(document: "synth.txt", line: 1 + random.pick(5_000))] }
        func any(_ type: NodeType, skewed: Bool = true) -> EntityIndex? {
            guard let all = kinds[type], !all.isEmpty else { return nil }
            return all[random.pick(all.count, skewed: skewed)]
        }
        // Structure first: every body sits under one authority.
        for ministry in kinds[.ministry] ?? [] {
            if let country = any(.country) { relate(.underAuthorityOf, ministry, country, RelationPayload(sources: source())) }
        }
        for body in (kinds[.agency] ?? []) + (kinds[.jointBody] ?? []) {
            if let ministry = any(.ministry) { relate(.underAuthorityOf, body, ministry, RelationPayload(sources: source())) }
        }
        while added < edges {
            let actor = actors[random.pick(actors.count, skewed: true)]
            let dice = random.pick(100)
            switch dice {
            case 0..<35:
                if let agreement = any(.agreement, skewed: false) {
                    let role: PropertyValue = .string(random.chance(0.8) ? "party" : "signatory")
                    relate(.partyTo, actor, agreement, RelationPayload(properties: ["role": role], sources: source()))
                }
            case 35..<45:
                let holder = [NodeType.agreement, .programme, .event][random.pick(3)]
                if let node = any(holder, skewed: false), let sector = any(.sector) {
                    relate(.covers, node, sector, RelationPayload(sources: source()))
                }
            case 45..<65:
                if let event = any(.event, skewed: false) {
                    let role: PropertyValue = .string(["participant", "host", "visitor"][random.pick(3)])
                    relate(
                        .tookPartIn, actor, event,
                        RelationPayload(properties: ["role": role], dates: spans[event] ?? [], sources: source()))
                }
            case 65..<68:
                if let event = any(.event, skewed: false) {
                    relate(.intervenedIn, actor, event, RelationPayload(dates: spans[event] ?? [], sources: source()))
                }
            case 68..<78:
                let other = actors[random.pick(actors.count, skewed: true)]
                if other != actor, let sector = any(.sector) {
                    let since = PartialDate(year: 1995 + random.pick(30)).map { DatedRole(.started, $0) }
                    relate(
                        .cooperatesWith, actor, other,
                        RelationPayload(
                            properties: ["sectors": .list([.string(ids[sector])])],
                            dates: random.chance(0.6) ? [since].compactMap { $0 } : [], sources: source()))
                }
            case 78..<88:
                if let programme = any(.programme, skewed: false) {
                    let type: RelationType = [.supports, .supports, .runs, .beneficiaryOf][random.pick(4)]
                    relate(type, actor, programme, RelationPayload(sources: source()))
                }
            case 88..<93:
                if let event = any(.event, skewed: false), let country = any(.country) {
                    relate(.heldIn, event, country, RelationPayload(sources: source()))
                }
            case 93..<98:
                if let body = any(random.chance(0.5) ? .jointBody : .organisation) {
                    relate(.memberOf, actor, body, RelationPayload(sources: source()))
                }
            default:
                if let programme = any(.programme, skewed: false), let agreement = any(.agreement, skewed: false) {
                    relate(.implements, programme, agreement, RelationPayload(sources: source()))
                }
            }
        }
        return builder.build()
    }

    /// How many entities of each type, in a fixed order.
    private struct Plan {
        var counts: [(NodeType, Int)]

        init(nodes: Int) {
            let shares: [(NodeType, Double)] = [
                (.country, 0.02), (.ministry, 0.08), (.agency, 0.20), (.organisation, 0.01), (.jointBody, 0.02),
                (.sector, 0.01), (.programme, 0.05), (.event, 0.25),
            ]
            var counts = shares.map { type, share in (type, max(1, Int(Double(nodes) * share))) }
            counts.append((.agreement, max(1, nodes - counts.reduce(0) { $0 + $1.1 })))
            self.counts = counts
        }
    }

    private static func makeEntity(_ type: NodeType, _ number: Int, _ random: inout SplitMix64) -> Entity {
        let source = [SourceRef(document: "synth.txt", line: 1 + random.pick(5_000))]
        let label = type.rawValue.replacingOccurrences(of: "_", with: " ")
        var entity = Entity(
            id: EntityID("\(type.rawValue.prefix(3)).\(number)"), type: type,
            names: Names(fr: "\(label) \(number)", en: random.chance(0.5) ? "\(label) \(number) (en)" : nil),
            sources: source)
        let year = 1990 + random.pick(35)
        switch type {
        case .ministry, .agency:
            entity.acronyms = ["\(type.rawValue.prefix(1).uppercased())\(number)"]
        case .agreement:
            entity.properties = ["kind": .string(["accord", "convention", "memorandum", "protocole"][random.pick(4)])]
            guard random.chance(0.9), let signed = PartialDate(year: year, month: random.chance(0.6) ? 1 + random.pick(12) : nil)
            else { break }
            entity.dates = [DatedRole(.signed, signed)]
            if random.chance(0.5), let inForce = PartialDate(year: min(9999, year + 1 + random.pick(5))) {
                entity.dates.append(DatedRole(.inForce, inForce))
            }
        case .event:
            entity.properties = ["kind": .string(["visit", "ministerial_meeting", "joint_commission_session"][random.pick(3)])]
            if let held = PartialDate(year: year, month: 1 + random.pick(12), day: 1 + random.pick(28)) {
                entity.dates = [DatedRole(.held, held)]
            }
        case .programme:
            if let started = PartialDate(year: year) {
                entity.dates = [DatedRole(.started, started)]
                if random.chance(0.5), let until = PartialDate(year: min(9999, year + 2 + random.pick(6))) {
                    entity.dates.append(DatedRole(.until, until))
                }
            }
        default:
            break
        }
        return entity
    }
}
