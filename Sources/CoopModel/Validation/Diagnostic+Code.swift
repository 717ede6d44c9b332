extension Diagnostic {
    /// The stable, machine-readable name of a kind of problem (`unknown-type`, `dangling-reference`, …).
    public enum Code: String, Hashable, Sendable, CaseIterable, Comparable {
        // Reading files
        case missingDirectory = "missing-directory"
        case unreadableFile = "unreadable-file"
        case fileTooLarge = "file-too-large"
        case invalidUTF8 = "invalid-utf8"
        case emptyFile = "empty-file"
        case yamlSyntax = "yaml-syntax"
        case nestingTooDeep = "nesting-too-deep"
        case anchorsNotAllowed = "anchors-not-allowed"
        case badTopLevel = "bad-top-level"
        // Shape of entries
        case wrongShape = "wrong-shape"
        case unknownKey = "unknown-key"
        case missingKey = "missing-key"
        case invalidID = "invalid-id"
        case schemaInvalid = "schema-invalid"
        case sourcesInvalid = "sources-invalid"
        // Types and properties
        case unknownType = "unknown-type"
        case unknownRelationType = "unknown-relation-type"
        case propertyNotAllowed = "property-not-allowed"
        case missingProperty = "missing-property"
        case enumValue = "enum-value"
        case propertyKind = "property-kind"
        case refMissing = "ref-missing"
        case refWrongType = "ref-wrong-type"
        case endpointType = "endpoint-type"
        case danglingReference = "dangling-reference"
        case duplicateID = "duplicate-id"
        case missingAdditionTarget = "missing-addition-target"
        case ambiguousName = "ambiguous-name"
        // Dates, names and sources
        case malformedDate = "malformed-date"
        case impossibleDate = "impossible-date"
        case unknownDateRole = "unknown-date-role"
        case missingFrenchName = "missing-french-name"
        case missingSource = "missing-source"
        case malformedSource = "malformed-source"
        case undeclaredDocument = "undeclared-document"
        case sourceLineOutOfRange = "source-line-out-of-range"
        // Warnings
        case isolatedEntity = "isolated-entity"
        case duplicateRelation = "duplicate-relation"

        public static func < (lhs: Code, rhs: Code) -> Bool { lhs.rawValue < rhs.rawValue }
    }
}
