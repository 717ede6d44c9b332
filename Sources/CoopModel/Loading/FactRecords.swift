/// A `ref` property value to check once every entity is known.
struct ReferenceCheck {
    let property: String
    let id: EntityID
    let allowed: Set<NodeType>
    let place: Place
}

/// An entity as read from a file, with the places the cross-file checks point at.
struct EntityRecord {
    var entity: Entity
    var place: Place
    var idPlace: Place
    /// Each name, alias and acronym with its place.
    var names: [(text: String, place: Place)]
    var references: [ReferenceCheck]
}

/// A relation as read from a file, with the places the cross-file checks point at.
struct RelationRecord {
    var relation: Relation
    var place: Place
    var fromPlace: Place
    var toPlace: Place
    var references: [ReferenceCheck]
}
