import CoopModel

/// The `role` property of party and participation relations, built once.
///
/// Why: a dictionary literal per relation was allocated and hashed on every repeat of a fact,
/// though the store keeps the first one it sees.
enum RoleProperties {
    static let party: [String: PropertyValue] = ["role": .string("party")]
    static let participant: [String: PropertyValue] = ["role": .string("participant")]
    static let visitor: [String: PropertyValue] = ["role": .string("visitor")]
    static let host: [String: PropertyValue] = ["role": .string("host")]

    /// `["role": .string(role)]`, shared when it is one of the roles above.
    static func of(_ role: String) -> [String: PropertyValue] {
        switch role {
        case "party": return party
        case "participant": return participant
        case "visitor": return visitor
        case "host": return host
        default: return ["role": .string(role)]
        }
    }
}
