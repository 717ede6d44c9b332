/// An ordered set of Graphviz attributes; setting a name again replaces its value in place.
///
/// Typed accessors (`shape`, `color`, `label`, …) cover common cases; the subscript takes any
/// attribute name Graphviz knows.
public struct Attributes: Sendable, Hashable {
    /// One attribute as stored, in insertion order.
    public struct Entry: Sendable, Hashable {
        /// Graphviz's attribute name, e.g. `fillcolor`.
        public let name: String
        /// The value and how to pass it.
        public let value: AttributeValue
    }

    private var storage: [Entry] = []

    /// An empty attribute set.
    public init() {}

    /// The attributes in insertion order.
    public var entries: [Entry] { storage }

    /// Whether no attribute is set.
    public var isEmpty: Bool { storage.isEmpty }

    /// The value of the attribute `name`, or nil; assigning nil removes it.
    ///
    /// - Complexity: O(*n*) in the number of attributes, which is small.
    public subscript(name: String) -> AttributeValue? {
        get { storage.first { $0.name == name }?.value }
        set {
            let index = storage.firstIndex { $0.name == name }
            switch (index, newValue) {
            case (let index?, let value?): storage[index] = Entry(name: name, value: value)
            case (let index?, nil): storage.remove(at: index)
            case (nil, let value?): storage.append(Entry(name: name, value: value))
            case (nil, nil): break
            }
        }
    }

    /// These attributes overridden by `other`'s.
    public func merging(_ other: Attributes) -> Attributes {
        var result = self
        for entry in other.storage { result[entry.name] = entry.value }
        return result
    }
}

extension Attributes: ExpressibleByDictionaryLiteral {
    /// Attributes from a literal, in the literal's order, e.g. `["shape": "box"]`.
    public init(dictionaryLiteral elements: (String, AttributeValue)...) {
        for (name, value) in elements { self[name] = value }
    }
}
