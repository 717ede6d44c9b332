/// An edge between two nodes; a key tells parallel edges between the same pair apart.
public struct Edge: Sendable, Hashable {
    /// The tail node's id (the source in directed graphs).
    public let tail: String
    /// The head node's id (the target in directed graphs).
    public let head: String
    /// The edge's name in Graphviz; edges with distinct keys between one pair are kept apart,
    /// edges with the same key between one pair are one edge. Nil means an anonymous edge.
    public let key: String?
    /// The edge's own attributes, on top of the graph's edge defaults.
    public var attributes: Attributes

    /// An edge from `tail` to `head`.
    public init(from tail: String, to head: String, key: String? = nil, attributes: Attributes = [:]) {
        self.tail = tail
        self.head = head
        self.key = key
        self.attributes = attributes
    }
}
