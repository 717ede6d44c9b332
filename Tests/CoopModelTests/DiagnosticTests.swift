import CoopModel
import Testing

/// One minimal bad file per kind of problem; each must give exactly the expected code at the expected place.
@Suite struct DiagnosticTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let yaml: String
        let expected: [Found]
        var testDescription: String { name }
    }

    static func entity(_ lines: String) -> String { "entities:\n  - id: x.a\n" + lines }

    static let cases: [Case] = [
        Case(name: "unknown node type", yaml: entity("    type: agencyy\n    name: {fr: A}\n    sources: [ISO-3166-1]\n"),
             expected: [Found(.unknownType, "b.yaml", 3, 11)]),
        Case(name: "unknown relation type",
             yaml: "relations:\n  - type: under_authority\n    from: fr.anru\n    to: FR\n    sources: [ISO-3166-1]\n",
             expected: [Found(.unknownRelationType, "b.yaml", 2, 11)]),
        Case(name: "property not allowed",
             yaml: entity("    type: agency\n    name: {fr: A}\n    properties: {portfolio: x}\n    sources: [ISO-3166-1]\n"),
             expected: [Found(.propertyNotAllowed, "b.yaml", 5, 18)]),
        Case(name: "enum value",
             yaml: entity("    type: agency\n    name: {fr: A}\n    properties: {kind: agencyy}\n    sources: [ISO-3166-1]\n"),
             expected: [Found(.enumValue, "b.yaml", 5, 24)]),
        Case(name: "property kind",
             yaml: entity("    type: agreement\n    name: {fr: A}\n    properties: {kind: accord, count: many}\n    sources: [ISO-3166-1]\n"),
             expected: [Found(.propertyKind, "b.yaml", 5, 39)]),
        Case(name: "missing required property",
             yaml: entity("    type: agreement\n    name: {fr: A}\n    sources: [ISO-3166-1]\n"),
             expected: [Found(.missingProperty, "b.yaml", 2, 5)]),
        Case(name: "ref to a missing entity",
             yaml: entity("    type: sector\n    name: {fr: Santé}\n    properties: {parent: sector.zz}\n    sources: [ISO-3166-1]\n"),
             expected: [Found(.refMissing, "b.yaml", 5, 26)]),
        Case(name: "ref to an entity of the wrong type",
             yaml: entity("    type: sector\n    name: {fr: Santé}\n    properties: {parent: FR}\n    sources: [ISO-3166-1]\n"),
             expected: [Found(.refWrongType, "b.yaml", 5, 26)]),
        Case(name: "endpoint of the wrong type",
             yaml: "relations:\n  - type: under_authority_of\n    from: FR\n    to: fr.anru\n    sources: [ISO-3166-1]\n",
             expected: [Found(.endpointType, "b.yaml", 3, 11)]),
        Case(name: "dangling reference",
             yaml: "relations:\n  - type: under_authority_of\n    from: fr.nope\n    to: FR\n    sources: [ISO-3166-1]\n",
             expected: [Found(.danglingReference, "b.yaml", 3, 11)]),
        Case(name: "duplicate id",
             yaml: "entities:\n  - id: FR\n    type: country\n    name: {fr: Francia}\n    sources: [ISO-3166-1]\n",
             expected: [Found(.duplicateID, "b.yaml", 2, 9)]),
        Case(name: "name shared by two entities",
             yaml: "entities:\n  - id: FR2\n    type: country\n    name: {fr: FRANCE}\n    sources: [ISO-3166-1]\n",
             expected: [Found(.ambiguousName, "b.yaml", 4, 16)]),
        Case(name: "malformed date",
             yaml: entity("    type: country\n    name: {fr: A}\n    dates: [{role: signed, date: \"2007/12\"}]\n    sources: [ISO-3166-1]\n"),
             expected: [Found(.malformedDate, "b.yaml", 5, 34)]),
        Case(name: "impossible date",
             yaml: entity("    type: country\n    name: {fr: A}\n    dates: [{role: signed, date: 2007-02-30}]\n    sources: [ISO-3166-1]\n"),
             expected: [Found(.impossibleDate, "b.yaml", 5, 34)]),
        Case(name: "unknown date role",
             yaml: entity("    type: country\n    name: {fr: A}\n    dates: [{role: signd, date: \"2007\"}]\n    sources: [ISO-3166-1]\n"),
             expected: [Found(.unknownDateRole, "b.yaml", 5, 20)]),
        Case(name: "missing French name",
             yaml: entity("    type: country\n    name: {en: A}\n    sources: [ISO-3166-1]\n"),
             expected: [Found(.missingFrenchName, "b.yaml", 4, 11)]),
        Case(name: "missing source", yaml: entity("    type: country\n    name: {fr: A}\n"),
             expected: [Found(.missingSource, "b.yaml", 2, 5)]),
        Case(name: "malformed source",
             yaml: entity("    type: country\n    name: {fr: A}\n    sources: [\"000_b6d4eff8678c418b.txt:0\"]\n"),
             expected: [Found(.malformedSource, "b.yaml", 5, 15)]),
        Case(name: "undeclared document",
             yaml: entity("    type: country\n    name: {fr: A}\n    sources: [nope.txt]\n"),
             expected: [Found(.undeclaredDocument, "b.yaml", 5, 15)]),
        Case(name: "source line beyond the document",
             yaml: entity("    type: country\n    name: {fr: A}\n    sources: [\"000_b6d4eff8678c418b.txt:36\"]\n"),
             expected: [Found(.sourceLineOutOfRange, "b.yaml", 5, 15)]),
        Case(name: "unknown key (typo)",
             yaml: entity("    type: country\n    name: {fr: A}\n    soruces: [ISO-3166-1]\n"),
             expected: [Found(.unknownKey, "b.yaml", 5, 5), Found(.missingSource, "b.yaml", 2, 5)]),
        Case(name: "invalid id",
             yaml: "entities:\n  - id: \"x a\"\n    type: country\n    name: {fr: A}\n    sources: [ISO-3166-1]\n",
             expected: [Found(.invalidID, "b.yaml", 2, 9)]),
        Case(name: "wrong shape", yaml: entity("    type: country\n    name: France\n    sources: [ISO-3166-1]\n"),
             expected: [Found(.wrongShape, "b.yaml", 4, 11)]),
        Case(name: "missing id", yaml: "entities:\n  - type: country\n    name: {fr: A}\n    sources: [ISO-3166-1]\n",
             expected: [Found(.missingKey, "b.yaml", 2, 5)]),
        Case(name: "top level not a mapping", yaml: "- a\n- b\n", expected: [Found(.badTopLevel, "b.yaml", 1, 1)]),
        Case(name: "top level without entities or relations", yaml: "entites: []\n",
             expected: [Found(.unknownKey, "b.yaml", 1, 1), Found(.badTopLevel, "b.yaml", 1, 1)]),
        Case(name: "YAML syntax error", yaml: "entities:\n  - id: [a\n", expected: [Found(.yamlSyntax, "b.yaml", 3, 1)]),
        Case(name: "duplicate key", yaml: "entities: []\nentities: []\n", expected: [Found(.yamlSyntax, "b.yaml", 1, 1)]),
        Case(name: "addition to a missing entity",
             yaml: "additions:\n  - entity: fr.nope\n    aliases: [Agence]\n",
             expected: [Found(.missingAdditionTarget, "b.yaml", 2, 13)]),
        Case(name: "addition to a missing relation",
             yaml: "additions:\n  - relation: {type: under_authority_of, from: FR, to: fr.anru}\n    sources: [ISO-3166-1]\n",
             expected: [Found(.missingAdditionTarget, "b.yaml", 2, 15)]),
        Case(name: "addition with an unknown key",
             yaml: "additions:\n  - entity: fr.anru\n    alias: [Agence]\n    sources: [ISO-3166-1]\n",
             expected: [Found(.unknownKey, "b.yaml", 3, 5)]),
        Case(name: "addition naming no fact", yaml: "additions:\n  - aliases: [Agence]\n",
             expected: [Found(.missingKey, "b.yaml", 2, 5)]),
        Case(name: "addition of names to a relation",
             yaml: "additions:\n  - relation: {type: under_authority_of, from: fr.anru, to: FR}\n    aliases: [tutelle]\n",
             expected: [Found(.propertyNotAllowed, "b.yaml", 3, 15)]),
        Case(name: "empty file", yaml: "", expected: [Found(.emptyFile, "b.yaml", 0, 0)]),
        Case(name: "comments only", yaml: "# nothing yet\n", expected: [Found(.emptyFile, "b.yaml", 0, 0)]),
    ]

    @Test(arguments: cases) func reportsTheProblemAtItsPlace(_ testCase: Case) throws {
        let base = try TemporaryKnowledgeBase(b: testCase.yaml)
        defer { base.remove() }
        let report = base.validate()
        #expect(Set(report.errors.map(Found.init)) == Set(testCase.expected))
        #expect(report.errors.count == testCase.expected.count)
        for error in report.errors {
            #expect(error.hint?.isEmpty == false, "\(error) has no hint")
            #expect(error.description.hasPrefix(error.line > 0 ? "\(error.file):\(error.line):\(error.column): error: " : "\(error.file): error: "))
        }
    }
}
