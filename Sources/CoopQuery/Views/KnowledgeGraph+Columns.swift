import CoopModel

extension KnowledgeGraph {
    /// The id of an entity, without copying the entity.
    func id(of entity: EntityIndex) -> EntityID { id(at: entity) }

    /// The type of an entity, from the graph's type column.
    func type(of entity: EntityIndex) -> NodeType { type(at: entity) }
}

extension Sequence {
    /// The elements sorted by a key computed once per element (not once per comparison).
    func sorted<Key>(byKey key: (Element) -> Key, _ isLess: (Key, Key) -> Bool) -> [Element] {
        let items = Array(self)
        let keys = items.map(key)
        return keys.indices.sorted { isLess(keys[$0], keys[$1]) }.map { items[$0] }
    }

    /// The elements sorted by a comparable key computed once per element.
    func sorted<Key: Comparable>(byKey key: (Element) -> Key) -> [Element] { sorted(byKey: key, <) }
}
