import CoopModel

/// The properties of the cooperation relations of a sentence (its sectors and the section's
/// area), kept for the last few distinct inputs.
///
/// Why: the sentences of a section mostly name the same few sector lists under one area, and
/// building the dictionary and its list anew for every sentence that names a cooperation cost
/// about as much as the relations it was attached to. Comparing a few short arrays of ids is
/// cheaper than hashing them, and the cache never grows past `capacity`.
struct CooperationProperties {
    private var entries: [(sectors: [EntityID], area: String?, properties: [String: PropertyValue])] = []
    /// The entry replaced next when the cache is full (oldest first).
    private var next = 0
    private static let capacity = 8

    /// `["sectors": the sectors (if any), "area": the area (if any)]`.
    mutating func of(sectors: [EntityID], area: String?) -> [String: PropertyValue] {
        // Read in place: iterating the entries copied each one (three retains and releases).
        for index in entries.indices where entries[index].area == area && entries[index].sectors == sectors {
            return entries[index].properties
        }
        // Room for both keys at once: growing from one slot to two rehashed the first.
        var properties = [String: PropertyValue](minimumCapacity: 2)
        if !sectors.isEmpty { properties["sectors"] = .list(sectors.map { .string($0.rawValue) }) }
        if let area { properties["area"] = .string(area) }
        if entries.count < Self.capacity {
            entries.append((sectors, area, properties))
        } else {
            entries[next] = (sectors, area, properties)
            next = (next + 1) % Self.capacity
        }
        return properties
    }
}
