/// A node: a unique identifier and its attributes.
public struct Node: Sendable, Hashable {
    /// The node's name in Graphviz, unique in its graph; shown as its label when none is set.
    public let id: String
    /// The node's own attributes, on top of the graph's node defaults.
    public var attributes: Attributes

    /// A node named `id`.
    public init(_ id: String, attributes: Attributes = [:]) {
        self.id = id
        self.attributes = attributes
    }
}

extension Node {
    /// The attributes as handed to Graphviz: a node without a label whose name holds characters
    /// Graphviz would interpret (`\`, `&`, line breaks) gets its name as an explicit plain label,
    /// because the default label `\N` would apply Graphviz's escapes to the name.
    var effectiveAttributes: Attributes {
        guard attributes.label == nil, id.unicodeScalars.contains(where: { "\\&\n\r".unicodeScalars.contains($0) })
        else { return attributes }
        var result = attributes
        result.label = .plain(id)
        return result
    }
}
