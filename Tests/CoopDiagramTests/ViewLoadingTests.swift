import CoopDiagram
import CoopModel
import Testing

/// Reading view files: every mistake names file:line:column and how to fix it.
@Suite struct ViewLoadingTests {
    func parse(_ text: String) throws(DiagramError) -> ViewDefinition {
        try ViewDefinition.parse(text, name: "test", file: "Graphs/test.yaml", graph: Fixtures.base.graph)
    }

    func message(_ text: String) -> String {
        do {
            _ = try parse(text)
            return ""
        } catch {
            return error.description
        }
    }

    @Test func shippedViewsNameWhatTheySelect() throws {
        let miclat = try Fixtures.view("03-miclat-partners")
        #expect(miclat.selection.scope == .ego("dz.miclat", depth: 1))
        #expect(miclat.presentation.grouping == .area)
        #expect(miclat.formats == [.svg, .png])
        #expect(try Fixtures.view("02-dz-fr-sectors").selection.scope == .pair("DZ", "FR"))
    }

    @Test func namesAndAcronymsResolveToIds() throws {
        let view = try parse("select: {ego: {entity: DGPC, depth: 2}}\nsides: [Algérie, france]\n")
        #expect(view.selection.scope == .ego("dz.dgpc", depth: 2))
        #expect(view.presentation.sides == Sides("DZ", "FR"))
    }

    @Test func unknownKeyIsReportedWithItsPlaceAndTheAllowedKeys() {
        let text = message("select: {whole: true}\ntitel: {fr: Réseau}\n")
        #expect(text.hasPrefix("Graphs/test.yaml:2:1: error: unknown key 'titel'"))
        #expect(text.contains("did you mean 'title'"))
    }

    @Test func unknownEntityIsReportedWithSuggestions() {
        let text = message("select:\n  ego: {entity: Direction générale Protection, depth: 1}\n")
        #expect(text.hasPrefix("Graphs/test.yaml:2:17: error:"))
        #expect(text.contains("no entity is named 'Direction générale Protection'"))
        #expect(text.contains("dz.dgpc"))
    }

    @Test func badEngineListsTheEngines() {
        let text = message("select: {whole: true}\nlayout: {engine: dott}\n")
        #expect(text.hasPrefix("Graphs/test.yaml:2:18: error: 'dott' is not a valid layout engine"))
        #expect(text.contains("dot, neato, fdp, sfdp"))
    }

    @Test func otherMistakes() {
        #expect(message("title: {fr: x}\n").contains("the view has no 'select:'"))
        #expect(message("select: {pair: [DZ]}\n").contains("select.pair must name two countries"))
        #expect(message("select: {whole: true}\nnode_types: [country, pays]\n").contains("'pays' in node_types is not a type"))
        #expect(message("select: {whole: true}\ntime: {as_of: 2010-13}\n").contains("2:15"))
        #expect(message("select: {whole: true, ego: {entity: DZ}}\n").contains("exactly one of"))
        #expect(message("select: [whole\n").contains("YAML syntax error"))
    }
}
