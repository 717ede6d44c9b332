import CoopModel
import Testing

/// A type added in YAML works without any Swift change; a broken schema is reported with places.
@Suite struct SchemaLoadingTests {
    static let custom = """
        date_roles:
          signed: {fr: signé}
        groups:
          body: [city, club]
        node_types:
          city: {label: {fr: Ville}}
          club:
            label: {fr: Club, en: Club}
            properties:
              founded: {kind: int}
              rival: {kind: ref, to: [body], many: true}
        relation_types:
          twinned_with: {label: {fr: jumelée avec}, from: [body], to: [city], symmetric: true}
        """

    @Test func userDefinedTypesNeedNoSwift() throws {
        let schema = try Schema(yaml: Self.custom)
        #expect(schema.sortedNodeTypes == ["city", "club"])
        #expect(schema.relationTypes["twinned_with"]?.from == ["city", "club"])
        #expect(schema.relationTypes["twinned_with"]?.symmetric == true)
        #expect(schema.nodeTypes["club"]?.properties["rival"] == PropertySpec(kind: .reference(["city", "club"]), many: true))
        #expect(schema.nodeTypes["club"]?.properties["founded"]?.kind == .int)
    }

    @Test func brokenSchemaListsEveryProblem() {
        let text = """
            node_types:
              city: {label: {fr: Ville}, propertes: {}}
            relation_types:
              near: {label: {fr: près de}, from: [citty], to: [city]}
            """
        #expect(throws: KnowledgeBaseError.self) { try Schema(yaml: text) }
        do {
            _ = try Schema(yaml: text)
        } catch {
            let found = error.errors.map { "\($0.code.rawValue)@\($0.line):\($0.column)" }
            #expect(Set(found) == ["unknown-key@2:30", "schema-invalid@4:39", "schema-invalid@4:3"])
            #expect(error.errors.contains { $0.code == .unknownKey && $0.hint?.contains("properties") == true })
            #expect(error.errors.contains { $0.code == .schemaInvalid && $0.hint?.contains("city") == true })
        }
    }
}
