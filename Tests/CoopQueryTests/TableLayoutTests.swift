import CoopModel
import Testing

@testable import CoopQuery

/// The people's table: wrapping to a width keeps every character of every cell, in its column.
@Suite struct TableLayoutTests {
    static let sources = (1...9).map { "document-\($0).txt:\($0 * 7)" }

    static func answer() -> ResultSet {
        ResultSet(
            command: "test", query: [], columns: ["id", "name", "sectors", "sources"],
            rows: [
                [.string("A"), .string("Accord de coopération technique et scientifique"),
                 .array(["sector.security", "sector.police-cooperation", "sector.cybercrime"].map(JSONValue.string)),
                 .array(sources.map(JSONValue.string))],
                [.string("B"), .string("Convention"), .array([]), .array([.string("x.txt:1")])],
                [.string("C"), .string("Un-nom-sans-espace-beaucoup-trop-long-pour-sa-colonne-étroite"), .null, .null],
            ],
            subgraph: AnswerSubgraph(entities: [], relations: []))
    }

    /// The cells of a wrapped table, read back column by column from the dashed rule's offsets;
    /// a row starts at each line whose first column is not blank.
    static func readBack(_ table: String) -> [[String]] {
        let lines = table.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        let rule = lines[1]
        var starts: [Int] = [0]
        for index in 1..<rule.count where rule[index] == "-" && rule[index - 1] == " " { starts.append(index) }
        var rows: [[String]] = []
        for line in lines.dropFirst(2) where !line.isEmpty {
            let pieces = starts.indices.map { column -> String in
                let from = min(starts[column], line.count)
                let to = column + 1 < starts.count ? min(starts[column + 1], line.count) : line.count
                return String(line[from..<to]).trimmingSpaces()
            }
            if !pieces[0].isEmpty || rows.isEmpty {
                rows.append(pieces)
            } else {
                for column in pieces.indices where !pieces[column].isEmpty {
                    rows[rows.count - 1][column] += " " + pieces[column]
                }
            }
        }
        return rows
    }

    @Test(arguments: [95, 120, 160, 250])
    func wrappedTableFitsAndKeepsEveryCell(width: Int) {
        let answer = Self.answer()
        let table = answer.tableText(width: width)
        #expect(table.hasPrefix("id "), "wide enough for columns")
        for line in table.split(separator: "\n") { #expect(line.count <= width, "\(line)") }
        let unwrapped = answer.tableText()
        #expect(unwrapped.split(separator: "\n").count == 2 + answer.rows.count, "no width, one line per row")
        let expected = answer.rows.map { $0.map(\.cellText) }
        let read = Self.readBack(table)
        #expect(read.count == expected.count)
        for (row, cells) in zip(read, expected) {
            #expect(row.map(\.withoutSpaces) == cells.map(\.withoutSpaces))
        }
    }

    @Test func aTableThatFitsIsNotWrapped() {
        let answer = Self.answer()
        #expect(answer.tableText(width: 10_000) == answer.tableText())
    }

    @Test func narrowingKeepsFloorsAndCapsTheWidestFirst() throws {
        let headers = ["id", "name", "sectors", "sources"]
        let widths = try #require(ResultSet.fitted([2, 50, 90, 12], headers: headers, longestWords: [2, 9, 12, 12], into: 80))
        #expect(widths[0] == 2 && widths[3] == 12, "columns under the cap keep their width")
        #expect(widths.reduce(6, +) <= 80)
        #expect(widths[1] == widths[2], "both wide columns are cut to one cap")
        let words = try #require(ResultSet.fitted([30, 30], headers: ["a", "b"], longestWords: [27, 3], into: 40))
        #expect(words == [27, 11], "a column is not cut inside its longest word")
        let ids = try #require(ResultSet.fitted([42, 60], headers: ["id", "name"], longestWords: [42, 10], into: 70))
        #expect(ids == [42, 26], "an id column keeps its width while the others fit")
        #expect(ResultSet.fitted([30, 30], headers: ["a_long_header", "b"], longestWords: [1, 1], into: 10) == nil)
    }

    @Test(arguments: [30, 60, 90])
    func aTableTooNarrowForItsColumnsTurnsIntoRecords(width: Int) {
        let answer = Self.answer()
        let records = answer.tableText(width: width)
        #expect(records.hasPrefix("-- 1 "))
        #expect(records.contains("\n-- 3 "))
        for line in records.split(separator: "\n") { #expect(line.count <= width, "\(line)") }
        let sources = records.split(separator: "\n").drop(while: { !$0.hasPrefix("sources") }).prefix(while: { !$0.hasPrefix("--") })
        #expect(sources.joined().filter { !$0.isWhitespace }.hasSuffix(Self.sources.joined(separator: ";").filter { !$0.isWhitespace }))
    }

    @Test(arguments: [1, 5, 12, 33])
    func wrapKeepsTextAndBreaksAfterSeparators(width: Int) {
        let text = Self.sources.joined(separator: "; ")
        let lines = ResultSet.wrap(text, width: width)
        #expect(lines.allSatisfy { $0.count <= width })
        #expect(lines.joined().withoutSpaces == text.withoutSpaces)
        if width >= 33 { #expect(lines.allSatisfy { $0.hasSuffix(";") || $0 == lines.last }) }
    }

    @Test func namedColumnsShowNamesInTablesAndIdsElsewhere() throws {
        var answer = Self.answer()
        answer.namedColumns = ["sectors"]
        answer.displayNames = ["sector.security": "sécurité", "sector.cybercrime": "cybercriminalité"]
        let table = answer.tableText()
        #expect(table.contains("sécurité; sector.police-cooperation; cybercriminalité"), "unknown ids stay ids")
        #expect(!answer.csvText().contains("sécurité"))
        #expect(answer.csvText().contains("sector.security; sector.police-cooperation; sector.cybercrime"))
    }
}

extension String {
    fileprivate var withoutSpaces: String { String(filter { !$0.isWhitespace }) }

    fileprivate func trimmingSpaces() -> String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
