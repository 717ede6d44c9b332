import CoopModel

/// The properties of the cooperation relations of a sentence (its sectors and the section's
/// area), kept by those inputs.
///
/// Why: the sentences of a section mostly name the same few sector lists under one area, and
/// building the dictionary and its list anew for every sentence that names a cooperation cost
/// about as much as the relations it was attached to. A repeat also hands the store the very
/// dictionary its candidate holds, which the store recognises without reading it
/// (`CandidateStore.sharesStorage`).
///
/// The inputs are found first by the *identity* of their strings (the two machine words of each
/// `String` value, as `IdentityCache`), then by their texts (`byText`): a `[Inputs: …]` keyed by
/// the texts cost about 1,200 instructions a look-up (SipHash of every id), and a repeat mostly
/// hands the same values again. Same bits, same texts: a slot's answer is one the texts gave.
/// Each slot keeps the last inputs that hashed there, so the slots never grow.
struct CooperationProperties {
    private struct Inputs: Hashable {
        var sectors: [EntityID]
        var area: String?
    }

    private var known: [Inputs: [String: PropertyValue]] = [:]
    private static let capacity = 1024
    private static let slotCount = 1024
    /// Per slot, the inputs last kept there (the values themselves, so that the strings'
    /// storage stays theirs while their bits are compared) and their properties; side by side,
    /// so that a slot is compared where it lies rather than copied out.
    private var sectorLists = [[EntityID]](repeating: [], count: slotCount)
    private var areas = [String?](repeating: nil, count: slotCount)
    private var filled = [Bool](repeating: false, count: slotCount)
    private var answers = [[String: PropertyValue]](repeating: [:], count: slotCount)
    /// The slot of the last call: consecutive sentences of a section mostly hand the very same
    /// sector list (the section's, one array) and area.
    private var last = 0

    /// `["sectors": the sectors (if any), "area": the area (if any)]`.
    mutating func of(sectors: [EntityID], area: String?) -> [String: PropertyValue] {
        if holds(last, sectors, area) { return answers[last] }
        let slot = Self.slot(sectors, area)
        last = slot
        if holds(slot, sectors, area) { return answers[slot] }
        let properties = byText(sectors: sectors, area: area)
        sectorLists[slot] = sectors
        areas[slot] = area
        filled[slot] = true
        answers[slot] = properties
        return properties
    }

    /// The properties kept for inputs of the same texts, else built and kept: the slots miss
    /// for about half the calls on the benchmark corpus (sector lists whose ids are built anew),
    /// and this table answers most of those with the dictionary it gave before, which the store
    /// then recognises by its storage. Emptied when it reaches `capacity`.
    private mutating func byText(sectors: [EntityID], area: String?) -> [String: PropertyValue] {
        let inputs = Inputs(sectors: sectors, area: area)
        if let properties = known[inputs] { return properties }
        // Room for both keys at once: growing from one slot to two rehashed the first.
        var properties = [String: PropertyValue](minimumCapacity: 2)
        if !sectors.isEmpty { properties["sectors"] = .list(sectors.map { .string($0.rawValue) }) }
        if let area { properties["area"] = .string(area) }
        if known.count >= Self.capacity { known.removeAll(keepingCapacity: true) }
        known[inputs] = properties
        return properties
    }

    /// Whether `slot` keeps inputs of the same bits as `sectors` and `area`.
    @inline(__always)
    private func holds(_ slot: Int, _ sectors: [EntityID], _ area: String?) -> Bool {
        guard filled[slot], Self.bits(areas[slot]) == Self.bits(area), sectorLists[slot].count == sectors.count else { return false }
        return sectorLists[slot].withUnsafeBufferPointer { kept in
            sectors.withUnsafeBufferPointer { asked in
                for index in 0..<asked.count
                where IdentityCache<Never>.bits(kept[index].rawValue) != IdentityCache<Never>.bits(asked[index].rawValue) {
                    return false
                }
                return true
            }
        }
    }

    /// The bits of an optional area, (0, 0) for none (no `String` value has those bits: an
    /// empty string's are not zero).
    @inline(__always)
    private static func bits(_ area: String?) -> (UInt64, UInt64) {
        area.map { IdentityCache<Never>.bits($0) } ?? (0, 0)
    }

    /// A multiplicative mix of the inputs' bits.
    private static func slot(_ sectors: [EntityID], _ area: String?) -> Int {
        @inline(__always) func mix(_ hash: UInt64, _ bits: (UInt64, UInt64)) -> UInt64 {
            let mixed = (hash ^ bits.0 ^ (bits.1 &* 0xFF51_AFD7_ED55_8CCD)) &* 0x9E37_79B9_7F4A_7C15
            return mixed ^ mixed >> 29
        }
        var hash = mix(UInt64(truncatingIfNeeded: sectors.count), bits(area))
        for sector in sectors { hash = mix(hash, IdentityCache<Never>.bits(sector.rawValue)) }
        return Int(truncatingIfNeeded: hash >> 32) & (slotCount - 1)
    }
}
