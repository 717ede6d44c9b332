import CoopExchange
import CoopModel
import Foundation
import Testing

@Suite("RDF: N-Triples and Turtle")
struct RDFTests {
    private let cg = "https://coopgraph.example/def#"
    private let id = "https://coopgraph.example/id/"
    private let xsd = "http://www.w3.org/2001/XMLSchema#"

    private func nTriples(_ graph: KnowledgeGraph) throws -> (lines: [String], count: Int) {
        var output = ""
        let count = try NTriples.write(graph, to: &output)
        return (output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init), count)
    }

    /// One N-Triples statement: IRI subject, IRI predicate, IRI or literal object (the W3C grammar, restated).
    private static var line: Regex<(Substring, Substring, Substring?, Substring?, Substring?)> { #/^<[^<>"{}|^`\\\x00-\x20]+> <[^<>"{}|^`\\\x00-\x20]+> (<[^<>"{}|^`\\\x00-\x20]+>|"([^"\\\n\r]|\\[tbnrf"'\\]|\\u[0-9A-F]{4})*"(@[a-z]+(-[a-zA-Z0-9]+)*|\^\^<[^<>"{}|^`\\\x00-\x20]+>)?) \.$/# }

    @Test("Every line is one well-formed triple, none repeats, and the count is what the writer returns")
    func grammar() throws {
        let (lines, count) = try nTriples(try ExchangeFixture.graph())
        #expect(lines.count == count)
        #expect(Set(lines).count == lines.count)
        for line in lines { #expect(line.wholeMatch(of: Self.line) != nil, "not N-Triples: \(line)") }
    }

    @Test("Literals escape quotes, backslashes, line breaks and control characters; Arabic stays UTF-8")
    func literals() throws {
        let lines = try nTriples(try ExchangeFixture.graph()).lines
        #expect(lines.contains(#"<\#(id)DZ> <http://www.w3.org/2004/02/skos/core#note> "Quotes \"here\", <angle> & ampersand,\nnew line; colon: hash #1" ."#))
        #expect(lines.contains(#"<\#(id)dz.mae> <http://www.w3.org/2004/02/skos/core#note> "tab\there, bell\u0007, nul-free \u001F end" ."#))
        #expect(lines.contains(#"<\#(id)DZ> <http://www.w3.org/2000/01/rdf-schema#label> "الجزائر"@ar ."#))
        #expect(lines.contains(#"<\#(id)DZ> <http://www.w3.org/2004/02/skos/core#altLabel> "RADP" ."#))
        #expect(lines.contains(#"<\#(id)DZ> <\#(cg)acronym> "RADP" ."#))
    }

    @Test("Ids are percent-encoded into stable IRIs; references point at entities")
    func iris() throws {
        let lines = try nTriples(try ExchangeFixture.graph()).lines
        let publicHealth = "<\(id)sector.health%2Fpublic%20health>"
        #expect(lines.contains("\(publicHealth) <\(cg)hasParent> <\(id)sector.health> ."))
        #expect(lines.contains("<\(id)DZ> <\(cg)cooperatesWith> <\(id)FR> ."))
        #expect(lines.contains("<https://coopgraph.example/statement/e3> <\(cg)hasSectors> \(publicHealth) ."))
        #expect(lines.contains("<https://coopgraph.example/statement/e3> <\(cg)hasUnder> <\(id)agr.dz-fr.2004.road> ."))
    }

    @Test("Dates are typed by precision: gYear, gYearMonth, date")
    func dates() throws {
        let lines = try nTriples(try ExchangeFixture.graph()).lines
        #expect(lines.contains(#"<\#(id)agr.dz-fr.2004.road> <\#(cg)signed> "2004"^^<\#(xsd)gYear> ."#))
        #expect(lines.contains(#"<\#(id)agr.dz-fr.2004.road> <\#(cg)inForce> "2009"^^<\#(xsd)gYear> ."#))
        #expect(lines.contains(#"<\#(id)evt.2008-05.session> <\#(cg)held> "2008-05"^^<\#(xsd)gYearMonth> ."#))
        #expect(lines.contains(#"<\#(id)evt.2008-05-15.visit> <\#(cg)held> "2008-05-15"^^<\#(xsd)date> ."#))
        #expect(lines.contains(#"<\#(id)agr.dz-fr.2004.road> <\#(cg)hasCount> "2"^^<\#(xsd)integer> ."#))
    }

    @Test("Each relation is a direct triple plus an rdf:Statement with its properties and sources")
    func reification() throws {
        let lines = try nTriples(try ExchangeFixture.graph()).lines
        let statement = "<https://coopgraph.example/statement/e0>"
        let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        for expected in [
            "\(statement) <\(rdf)type> <\(rdf)Statement> .",
            "\(statement) <\(rdf)subject> <\(id)DZ> .",
            "\(statement) <\(rdf)predicate> <\(cg)partyTo> .",
            "\(statement) <\(rdf)object> <\(id)agr.dz-fr.2004.road> .",
            "\(statement) <\(cg)hasRole> \"party\" .",
            "\(statement) <\(cg)source> \"000_b6d4eff8678c418b.txt:27\" .",
        ] {
            #expect(lines.contains(expected), "missing: \(expected)")
        }
        // Two parallel cooperates_with relations give one direct triple and two statements.
        #expect(lines.filter { $0 == "<\(id)DZ> <\(cg)cooperatesWith> <\(id)FR> ." }.count == 1)
    }

    @Test("The vocabulary comes from the schema: a class per node type, labels in three languages")
    func vocabulary() throws {
        let lines = try nTriples(try ExchangeFixture.graph()).lines
        for type in ExchangeFixture.schema.sortedNodeTypes {
            let local = type.rawValue.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
            #expect(lines.contains("<\(cg)\(local)> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2000/01/rdf-schema#Class> ."))
        }
        #expect(lines.contains(#"<\#(cg)partyTo> <http://www.w3.org/2000/01/rdf-schema#label> "طرف في"@ar ."#))
    }

    @Test("Names that would share one IRI are refused with a fix")
    func clash() throws {
        var schema = ExchangeFixture.schema
        schema.nodeTypes["joint_body"] = NodeTypeSpec(label: LocalizedText(fr: "Instance mixte"))
        schema.nodeTypes["joint-body"] = NodeTypeSpec(label: LocalizedText(fr: "Instance"))
        let graph = KnowledgeGraphBuilder(schema: schema).build()
        #expect {
            var output = ""
            try Turtle.write(graph, to: &output)
        } throws: { error in
            "\(error)".contains("would be cg:JointBody") && "\(error)".contains("rename")
        }
    }

    @Test("Turtle and N-Triples bytes do not depend on the order entities were added in")
    func deterministic() throws {
        var first = ""
        var second = ""
        try Turtle.write(try ExchangeFixture.graph(), to: &first)
        try Turtle.write(try ExchangeFixture.graph(reversed: true), to: &second)
        #expect(first == second)
        #expect(try nTriples(try ExchangeFixture.graph()).lines == nTriples(try ExchangeFixture.graph(reversed: true)).lines)
        #expect(first.contains("id:sector.health%2Fpublic%20health"))
    }

    @Test("Docs/rdf-vocabulary.md lists every term the exporter derives from the shipped schema")
    func documentation() throws {
        let graph = try KnowledgeBase.load(directory: OracleTests.dataDirectory).graph
        let doc = try String(
            contentsOf: OracleTests.dataDirectory.deletingLastPathComponent().appendingPathComponent("Docs/rdf-vocabulary.md"),
            encoding: .utf8)
        let terms = try RDFVocabulary(graph: graph).terms
        let rows = terms.classes.map { ($0.0.rawValue, $0.1) } + terms.relations.map { ($0.0.rawValue, $0.1) }
            + terms.roles.map { ($0.0.rawValue, $0.1) } + terms.properties
        let schema = graph.schema
        let propertyNames = Set(schema.nodeTypes.values.flatMap(\.properties.keys) + schema.relationTypes.values.flatMap(\.properties.keys))
        #expect(rows.count == schema.nodeTypes.count + schema.relationTypes.count + schema.dateRoles.count + propertyNames.count)
        for (name, local) in rows {
            #expect(doc.contains("| `\(name)` | `cg:\(local)` |"), "Docs/rdf-vocabulary.md lacks \(name) → cg:\(local)")
        }
    }
}
