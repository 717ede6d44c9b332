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

    /// `["sectors": the sectors (if any), "area": the area (if any)]`.
    mutating func of(sectors: [EntityID], area: String?) -> [String: PropertyValue] {
        if let last, last.inputs.sectors == sectors, last.inputs.area == area { return last.properties }
        let inputs = Inputs(sectors: sectors, area: area)
        if let properties = known[inputs] {
            last = (inputs, properties)
            return properties
        }
        // Room for both keys at once: growing from one slot to two rehashed the first.
        var properties = [String: PropertyValue](minimumCapacity: 2)
        if !sectors.isEmpty { properties["sectors"] = .list(sectors.map { .string($0.rawValue) }) }
        if let area { properties["area"] = .string(area) }
        if known.count >= Self.capacity { known.removeAll(keepingCapacity: true) }
        known[inputs] = properties
        last = (inputs, properties)
        return properties
    }
}
