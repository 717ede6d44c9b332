import CoopModel

/// The properties of the cooperation relations of a sentence (its sectors and the section's
/// area), kept by those inputs.
///
/// Why: the sentences of a section mostly name the same few sector lists under one area, and
/// building the dictionary and its list anew for every sentence that names a cooperation cost
/// about as much as the relations it was attached to. The inputs are looked up by hash: the
/// eight most recent ones compared one by one missed for about two sentences in five on the
/// benchmark corpus, and comparing them cost about as much as building. A repeat also hands
/// the store the very dictionary its candidate holds, which the store recognises without
/// reading it (`CandidateStore.sharesStorage`). The table is emptied when it reaches
/// `capacity`, so it never grows past that.
struct CooperationProperties {
    private struct Inputs: Hashable {
        var sectors: [EntityID]
        var area: String?
    }

    private var known: [Inputs: [String: PropertyValue]] = [:]
    private static let capacity = 1024
    /// The inputs and answer of the last call: consecutive sentences of a section mostly hand the
    /// very same sector list (the section's, one array) and area, which `==` recognises by their
    /// storage before hashing them (SipHash of every id, about 1,800 instructions a call).
    private var last: (inputs: Inputs, properties: [String: PropertyValue])?
    /// The answers by the identity of their inputs (`IdentityTable`), before `known`: the sector
    /// ids are the gazetteer's and the mentions' own strings, handed again and again, so their
    /// two machine words find the answer with one multiplication per id instead of SipHash over
    /// every id's text (about 1,100 instructions a look-up). A miss falls back to `known`, so
    /// the same dictionary is handed out as before.
    private var byIdentity = IdentityTable()

    /// `["sectors": the sectors (if any), "area": the area (if any)]`.
    mutating func of(sectors: [EntityID], area: String?) -> [String: PropertyValue] {
        if let last, last.inputs.sectors == sectors, last.inputs.area == area { return last.properties }
        let identity = IdentityTable.hash(sectors, area)
        if let found = byIdentity.find(identity, sectors, area) {
            last = found
            return found.properties
        }
        let inputs = Inputs(sectors: sectors, area: area)
        let properties = known[inputs] ?? build(inputs)
        byIdentity.insert(identity, inputs: inputs, properties: properties)
        last = (inputs, properties)
        return properties
    }

    /// The answer for inputs `known` does not have, noted there.
    private mutating func build(_ inputs: Inputs) -> [String: PropertyValue] {
        // Room for both keys at once: growing from one slot to two rehashed the first.
        var properties = [String: PropertyValue](minimumCapacity: 2)
        if !inputs.sectors.isEmpty { properties["sectors"] = .list(inputs.sectors.map { .string($0.rawValue) }) }
        if let area = inputs.area { properties["area"] = .string(area) }
        if known.count >= Self.capacity {
            known.removeAll(keepingCapacity: true)
            // (Emptied together, so that every answer handed out is one `known` would give.)
            byIdentity = IdentityTable()
        }
        known[inputs] = properties
        return properties
    }

    /// Answers by the two words of each of their inputs' `String` values, open-addressed.
    ///
    /// Sound as `StringNumbers`' identity table is: each entry holds its inputs, so the storage
    /// a large string's words point to stays that string's; small strings carry their text in
    /// their words. Equal texts in other storage only miss here.
    private struct IdentityTable {
        private struct Entry {
            var hash: UInt64
            var inputs: Inputs
            var properties: [String: PropertyValue]
        }

        private static let slotBits = 11
        private var entries: [Entry] = []
        /// Position + 1 of the entry whose hash starts there (linear probing), 0 for none.
        private var slots = [Int32](repeating: 0, count: 1 << slotBits)

        @inline(__always)
        private static func words(_ text: String) -> (UInt64, UInt64) { unsafeBitCast(text, to: (UInt64, UInt64).self) }

        /// A hash of the inputs' words (and of the area's absence).
        static func hash(_ sectors: [EntityID], _ area: String?) -> UInt64 {
            var mixed: UInt64 = UInt64(sectors.count) &+ (area == nil ? 0x5851_F42D_4C95_7F2D : 0)
            @inline(__always) func add(_ text: String) {
                let (low, high) = words(text)
                mixed = (mixed ^ low ^ (high &* 0xFF51_AFD7_ED55_8CCD)) &* 0x9E37_79B9_7F4A_7C15
                mixed ^= mixed >> 29
            }
            for sector in sectors { add(sector.rawValue) }
            if let area { add(area) }
            return mixed
        }

        /// Whether `inputs` are the very values `sectors` and `area` (the same words each).
        @inline(__always)
        private static func same(_ inputs: Inputs, _ sectors: [EntityID], _ area: String?) -> Bool {
            guard inputs.sectors.count == sectors.count, (inputs.area == nil) == (area == nil) else { return false }
            if let known = inputs.area, let area, words(known) != words(area) { return false }
            for index in sectors.indices where words(inputs.sectors[index].rawValue) != words(sectors[index].rawValue) { return false }
            return true
        }

        @inline(__always)
        private func slot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> UInt64(64 - Self.slotBits)) }

        func find(_ hash: UInt64, _ sectors: [EntityID], _ area: String?) -> (inputs: Inputs, properties: [String: PropertyValue])? {
            let mask = slots.count - 1
            var slot = slot(hash)
            while slots[slot] != 0 {
                let position = Int(slots[slot]) - 1
                if entries[position].hash == hash, Self.same(entries[position].inputs, sectors, area) {
                    return (entries[position].inputs, entries[position].properties)
                }
                slot = (slot + 1) & mask
            }
            return nil
        }

        /// Notes an answer not found by `find`; the table is emptied when half its slots are used.
        mutating func insert(_ hash: UInt64, inputs: Inputs, properties: [String: PropertyValue]) {
            if (entries.count + 1) * 2 > slots.count { self = IdentityTable() }
            let mask = slots.count - 1
            var slot = slot(hash)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entries.count + 1)
            entries.append(Entry(hash: hash, inputs: inputs, properties: properties))
        }
    }
}
