import CoopModel

/// A made-up cooperation graph of any size, the same for the same size and seed: countries,
/// ministries, agencies, agreements, events and programmes wired like the real knowledge base.
/// For benchmarks and the large-graph drawing mode.
public enum SyntheticGraph {
    /// A graph of `nodes` entities (about 1.7 relations per entity) drawn from `seed`.
    /// - Complexity: O(nodes).
    public static func make(nodes: Int, schema: Schema, seed: UInt64 = 2024) throws(DiagramError) -> KnowledgeGraph {
        var random = SplitMix64(seed: seed)
        var builder = KnowledgeGraphBuilder(schema: schema)
        let countries = max(2, min(60, nodes / 80))
        let kinds: [(NodeType, share: Int)] = [(.ministry, 8), (.agency, 30), (.agreement, 30), (.event, 17), (.programme, 15)]
        var byType: [NodeType: [EntityIndex]] = [:]
        let source = SourceRef(document: "synthetic")
        func add(_ type: NodeType, _ number: Int) throws(DiagramError) {
            let id = EntityID("syn.\(type.rawValue).\(number)")
            do {
                let index = try builder.add(Entity(id: id, type: type, names: Names(fr: "\(type.rawValue) \(number)"), sources: [source]))
                byType[type, default: []].append(index)
            } catch {
                throw .invalidInput(file: "synthetic", line: 0, column: 0, message: "\(error)", hint: "")
            }
        }
        for number in 0..<min(countries, nodes) { try add(.country, number) }
        let rest = max(0, nodes - countries)
        let total = kinds.map(\.share).reduce(0, +)
        var made = 0
        for (position, kind) in kinds.enumerated() {
            let count = position == kinds.count - 1 ? rest - made : rest * kind.share / total
            for number in 0..<count { try add(kind.0, number) }
            made += count
        }
        func pick(_ type: NodeType) -> EntityIndex? {
            guard let pool = byType[type], !pool.isEmpty else { return nil }
            return pool[Int(random.next() % UInt64(pool.count))]
        }
        func link(_ type: RelationType, _ from: EntityIndex?, _ to: EntityIndex?) {
            guard let from, let to, from != to else { return }
            builder.addRelation(type: type, from: from, to: to, payload: RelationPayload(sources: [source]))
        }
        for ministry in byType[.ministry] ?? [] { link(.underAuthorityOf, ministry, pick(.country)) }
        for agency in byType[.agency] ?? [] {
            link(.underAuthorityOf, agency, pick(.ministry) ?? pick(.country))
            if random.next() % 3 == 0 { link(.cooperatesWith, agency, pick(.agency)) }
        }
        for agreement in byType[.agreement] ?? [] {
            link(.partyTo, pick(.country), agreement)
            link(.partyTo, pick(.country), agreement)
            if random.next() % 2 == 0 { link(.partyTo, pick(.agency), agreement) }
        }
        for event in byType[.event] ?? [] {
            link(.tookPartIn, pick(.agency) ?? pick(.country), event)
            link(.heldIn, event, pick(.country))
        }
        for programme in byType[.programme] ?? [] {
            link(.runs, pick(.agency) ?? pick(.ministry), programme)
            link(.implements, programme, pick(.agreement))
        }
        return builder.build()
    }
}

/// A small, fast, seedable pseudo-random generator (SplitMix64), so synthetic graphs repeat exactly.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
