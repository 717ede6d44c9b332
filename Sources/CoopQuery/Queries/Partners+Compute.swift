import CoopModel

/// Who cooperates with an entity, on what and when: co-parties of its agreements, co-participants
/// of its events, co-supporters of its programmes, fellow members of its joint bodies, and the
/// `cooperates_with` relations either way. The entity's superiors and subordinates (through
/// `under_authority_of`) are never listed as its partners.
///
/// A link is kept when the link node and both participation relations hold together within the
/// query's time filter (``CoopModel/TimeFilter``); undated links are kept (``PartnerLink/when(in:)`` is nil).
/// Links are ordered by partner, kind, link node and member, each by position in the graph.
/// - Complexity: O(Σ degree of the entity's link nodes · log), plus the subordinates' when asked.
public func partners(_ query: PartnersQuery, in graph: KnowledgeGraph) -> PartnersAnswer {
    SearchMarks.with { (marks: inout SearchMarks) in
        var search = PartnerSearch(query: query, graph: graph)
        return search.run(&marks)
    }
}

/// One partners query: the entity's family, then one row per (partner, link, relation), sorted.
private struct PartnerSearch {
    let query: PartnersQuery
    let graph: KnowledgeGraph
    let types: PartnerTypes
    /// The link nodes a member takes part in, with the member's relations to each.
    var slots: [(node: Int32, member: Int32, kind: UInt8, first: Int32, count: Int32)] = []
    var memberRelations: [Int32] = []
    var rows: [Row] = []

    init(query: PartnersQuery, graph: KnowledgeGraph) {
        self.query = query
        self.graph = graph
        self.types = PartnerTypes(graph)
    }

    /// One relation of one link, keyed as the answer orders links.
    struct Row {
        /// Partner, then kind.
        let high: UInt64
        /// Link (asserted relations in decreasing order, as `-1 - relation` sorts), then member.
        let low: UInt64
        let relation: Int32
        /// The link node's slot, whose member relations join the link; -1 when asserted.
        let slot: Int32

        var partner: Int { Int(high >> 32) }
        var kindRank: Int { Int(high & 0xff) }
        var member: Int { Int(UInt32(truncatingIfNeeded: low)) }

        static func < (lhs: Row, rhs: Row) -> Bool {
            if lhs.high != rhs.high { return lhs.high < rhs.high }
            if lhs.low != rhs.low { return lhs.low < rhs.low }
            return lhs.relation < rhs.relation
        }
    }

    mutating func run(_ marks: inout SearchMarks) -> PartnersAnswer {
        // Stamps: superiors, subordinates, the entity itself (its family: the first three), link nodes.
        let base = marks.begin(count: graph.entityCount, width: 4)
        let (up, down, itself, linked) = (base, base + 1, base + 2, base + 3)
        let entity = query.entity
        marks.mark(entity, itself)
        markSuperiors(&marks, up, itself)
        var members = [entity]
        var authority: [RelationIndex] = []
        markSubordinates(&marks, down, itself, &members, &authority)
        if !query.includeSubordinates {
            members = [entity]
            authority = []
        }
        let asserted = query.kinds.contains(.asserted)
        // Bit (rank + 1) for each link kind asked for, as in `PartnerTypes.relationFlags`.
        var wanted: UInt8 = 0
        for (rank, kind) in PartnerTypes.kinds.enumerated() where query.kinds.contains(kind) { wanted |= 1 << (rank + 1) }
        var pending: [(relation: Int32, node: Int32)] = []
        for member in members {
            let firstSlot = slots.count
            pending.removeAll(keepingCapacity: true)
            for end in graph.outgoingEnds(member) {
                let (relation, other) = (end.relation, end.other)
                if marks.isMarked(other, from: base, width: 3) { continue }
                let flags = types.relationFlags[end.typeCode]
                if flags & PartnerTypes.cooperates != 0 {
                    if asserted { rows.append(assertedRow(other, relation, member)) }
                    continue
                }
                let kind = types.linkKinds[graph.nodeTypeCode(at: other)]
                guard kind != 0, flags & wanted & (1 << kind) != 0 else { continue }
                if marks.stamps[other] != linked || !holdsSlot(marks.values[other], other, member) {
                    marks.mark(other, linked)
                    marks.values[other] = Int32(slots.count)
                    slots.append((Int32(other), Int32(member), kind, 0, 0))
                }
                slots[Int(marks.values[other])].count += 1
                pending.append((Int32(relation), Int32(other)))
            }
            placeMemberRelations(pending, slots: firstSlot..<slots.count, marks)
            for slot in firstSlot..<slots.count { collectPartners(slot: slot, marks, base) }
            if asserted {
                for end in graph.incomingEnds(member) {
                    guard types.relationFlags[end.typeCode] & PartnerTypes.cooperates != 0,
                        !marks.isMarked(end.other, from: base, width: 3)
                    else { continue }
                    rows.append(assertedRow(end.other, end.relation, member))
                }
            }
        }
        sortRows(&marks)
        return PartnersAnswer(
            entity: entity, members: members, links: links(), authority: authority, graph: graph)
    }

    /// Sorts the rows as the answer lists links: bucketed by partner (the family and link marks are
    /// no longer needed, so the stamps serve again), then each partner's few rows sorted in place.
    /// - Complexity: O(r + p log p) for r rows and p distinct partners, plus each bucket's sort.
    private mutating func sortRows(_ marks: inout SearchMarks) {
        guard rows.count > 1 else { return }
        let seen = marks.begin(count: graph.entityCount, width: 1)
        var partners: [Int32] = []
        var counts: [Int32] = []
        for row in rows {
            let partner = row.partner
            if marks.stamps[partner] != seen {
                marks.mark(partner, seen)
                marks.values[partner] = Int32(partners.count)
                partners.append(Int32(partner))
                counts.append(0)
            }
            counts[Int(marks.values[partner])] += 1
        }
        partners.sortEntityPositions()
        var next = counts
        var offset: Int32 = 0
        for partner in partners {
            let bucket = Int(marks.values[Int(partner)])
            next[bucket] = offset
            offset += counts[bucket]
        }
        var sorted = rows
        for row in rows {
            let bucket = Int(marks.values[row.partner])
            sorted[Int(next[bucket])] = row
            next[bucket] += 1
        }
        var start = 0
        for partner in partners {
            let end = start + Int(counts[Int(marks.values[Int(partner)])])
            if end - start > 1 { sorted[start..<end].sort(by: <) }
            start = end
        }
        rows = sorted
    }

    private func holdsSlot(_ slot: Int32, _ node: Int, _ member: Int) -> Bool {
        Int(slot) < slots.count && Int(slots[Int(slot)].node) == node && Int(slots[Int(slot)].member) == member
    }

    /// Stores a member's relations grouped by slot (in relation order within a slot), by counting.
    private mutating func placeMemberRelations(
        _ pending: [(relation: Int32, node: Int32)], slots range: Range<Int>, _ marks: SearchMarks
    ) {
        var offset = Int32(memberRelations.count)
        for slot in range {
            slots[slot].first = offset
            offset += slots[slot].count
            slots[slot].count = 0
        }
        memberRelations += repeatElement(0, count: pending.count)
        for (relation, node) in pending {
            let slot = Int(marks.values[Int(node)])
            memberRelations[Int(slots[slot].first + slots[slot].count)] = relation
            slots[slot].count += 1
        }
    }

    /// One row per participant of a slot's link node (other than the family), through a relation
    /// of that link kind.
    private mutating func collectPartners(slot: Int, _ marks: SearchMarks, _ base: UInt32) {
        let (node, member, kind) = (Int(slots[slot].node), Int(slots[slot].member), slots[slot].kind)
        let bit = UInt8(1) << kind
        for end in graph.incomingEnds(node) where types.relationFlags[end.typeCode] & bit != 0 {
            let partner = end.other
            if marks.isMarked(partner, from: base, width: 3) { continue }
            rows.append(
                Row(
                    high: UInt64(partner) << 32 | UInt64(kind - 1), low: UInt64(node) << 32 | UInt64(member),
                    relation: Int32(end.relation), slot: Int32(slot)))
        }
    }

    private func assertedRow(_ other: Int, _ relation: Int, _ member: Int) -> Row {
        Row(
            high: UInt64(other) << 32 | UInt64(PartnerTypes.kinds.count - 1),
            low: UInt64(UInt32.max - UInt32(relation)) << 32 | UInt64(member), relation: Int32(relation), slot: -1)
    }

    /// Groups the sorted rows into links, joining each link node's member relations. All the
    /// links' relations go into one array, of which each link keeps its slice: one allocation
    /// per answer, not one per link.
    private func links() -> [PartnerLink] {
        let kinds = PartnerTypes.kinds
        var flat: [RelationIndex] = []
        flat.reserveCapacity(rows.count + memberRelations.count)
        var groups: [(first: Row, relations: Range<Int>)] = []
        var start = 0
        while start < rows.count {
            let first = rows[start]
            var end = start + 1
            while end < rows.count && rows[end].high == first.high && rows[end].low == first.low { end += 1 }
            let lower = flat.count
            if first.slot < 0 {
                flat.append(Int(first.relation))
            } else {
                let slot = slots[Int(first.slot)]
                let own = memberRelations[Int(slot.first)..<Int(slot.first + slot.count)]
                // Both lists are increasing and never share a relation: merge them.
                var mine = own.startIndex
                var theirs = start
                while mine < own.endIndex || theirs < end {
                    if theirs == end || mine < own.endIndex && own[mine] < rows[theirs].relation {
                        flat.append(Int(own[mine]))
                        mine += 1
                    } else {
                        flat.append(Int(rows[theirs].relation))
                        theirs += 1
                    }
                }
            }
            groups.append((first, lower..<flat.count))
            start = end
        }
        let allowedSectors = query.sectors.isEmpty ? nil : graph.sectorsWithDescendants(query.sectors)
        var links: [PartnerLink] = []
        links.reserveCapacity(groups.count)
        for (first, relations) in groups {
            let link = PartnerLink(
                partner: first.partner, member: first.member, kind: kinds[first.kindRank],
                link: first.slot < 0 ? nil : Int(first.low >> 32), relations: flat[relations])
            if let allowedSectors, !link.sectors(in: graph).contains(where: allowedSectors.contains) { continue }
            if !link.holds(query.time, in: graph) { continue }
            links.append(link)
        }
        return links
    }

    /// Marks everything `entity` is under, directly or through intermediate bodies.
    private func markSuperiors(_ marks: inout SearchMarks, _ up: UInt32, _ itself: UInt32) {
        var stack = [query.entity]
        while let next = stack.popLast() {
            for end in graph.outgoingEnds(next) where types.isAuthority(end.typeCode) {
                let parent = end.other
                if marks.stamps[parent] == up || marks.stamps[parent] == itself { continue }
                marks.mark(parent, up)
                stack.append(parent)
            }
        }
    }

    /// Marks everything under `entity`, breadth-first; lists them and the relations walked.
    private func markSubordinates(
        _ marks: inout SearchMarks, _ down: UInt32, _ itself: UInt32, _ found: inout [EntityIndex],
        _ relations: inout [RelationIndex]
    ) {
        var head = 0
        while head < found.count {
            let current = found[head]
            head += 1
            for end in graph.incomingEnds(current) where types.isAuthority(end.typeCode) {
                let child = end.other
                relations.append(end.relation)
                if marks.stamps[child] == down || marks.stamps[child] == itself { continue }
                marks.mark(child, down)
                found.append(child)
            }
        }
    }
}

/// What each relation and node type of a graph means to a partners search, by type code.
private struct PartnerTypes {
    /// The link kinds by rank; a node's link kind is stored as rank + 1.
    static let kinds: [PartnerLinkKind] = PartnerLinkKind.allCases
    static let cooperates: UInt8 = 1
    static let authority: UInt8 = 1 << 7

    /// Per relation type code: `cooperates`, `authority`, and bit (rank + 1) for each link kind
    /// whose participants it joins.
    let relationFlags: [UInt8]
    /// Per node type code: the rank + 1 of the link kind such a node makes, or 0.
    let linkKinds: [UInt8]

    init(_ graph: KnowledgeGraph) {
        relationFlags = graph.relationTypesByCode.map { Self.flagsByType[$0] ?? 0 }
        linkKinds = graph.nodeTypesByCode.map { Self.kindByNodeType[$0] ?? 0 }
    }

    /// The flags of the relation types that matter, worked out once: a query then looks up each
    /// of its graph's few types instead of comparing names.
    private static let flagsByType: [RelationType: UInt8] = {
        var flags: [RelationType: UInt8] = [.cooperatesWith: cooperates, .underAuthorityOf: authority]
        for (rank, kind) in kinds.enumerated() where kind != .asserted {
            for type in kind.participation { flags[type, default: 0] |= 1 << (rank + 1) }
        }
        return flags
    }()

    private static let kindByNodeType: [NodeType: UInt8] = {
        var kindOf: [NodeType: UInt8] = [:]
        for type in [NodeType.agreement, .event, .programme, .jointBody] {
            if let kind = PartnerLinkKind(linkNode: type), let rank = kinds.firstIndex(of: kind) { kindOf[type] = UInt8(rank + 1) }
        }
        return kindOf
    }()

    func isAuthority(_ code: Int) -> Bool { relationFlags[code] & Self.authority != 0 }
}
