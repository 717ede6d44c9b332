import CoopModel

/// The sector hierarchy, read from each sector's `parent` property.
struct SectorTree {
    let graph: KnowledgeGraph

    /// `sector` and the sectors above it, nearest first.
    /// - Complexity: O(depth of the hierarchy).
    func ancestors(of sector: EntityIndex) -> [EntityIndex] {
        var path = [sector]
        var current = sector
        while let parent = graph.entity(at: current).properties["parent"]?.stringValue,
            let index = graph.index(of: EntityID(parent)), !path.contains(index)
        {
            path.append(index)
            current = index
        }
        return path
    }

    /// The broadest sector above `sector`.
    func root(of sector: EntityIndex) -> EntityIndex { ancestors(of: sector).last ?? sector }
}
