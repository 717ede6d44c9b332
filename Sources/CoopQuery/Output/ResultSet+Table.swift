extension ResultSet {
    /// Aligned columns for people: a dashed rule under the header, notes after the rows.
    ///
    /// Without `width` every cell stays on one line. With it, and when the natural table is
    /// wider, the widest columns are narrowed and their cells wrap at `; ` and spaces, so one
    /// row may take several lines. When that would squeeze a column under
    /// ``minimumWrappedWidth`` characters, each row is written as a record instead: one
    /// `column  value` line per cell, the value wrapped. Cells of ``namedColumns`` show
    /// ``displayNames`` instead of ids.
    /// - Complexity: O(characters of the table).
    public func tableText(width: Int? = nil) -> String {
        let cells = rows.map { row in
            zip(columns, row).map { column, value in Self.oneLine(displayText(value, column: column)) }
        }
        let natural = columns.indices.map { column in
            cells.reduce(columns[column].count) { max($0, $1[column].count) }
        }
        var widths = natural
        if let width {
            let longestWords = columns.indices.map { column in
                cells.reduce(0) { longest, row in
                    row[column].split(separator: " ").reduce(longest) { max($0, $1.count) }
                }
            }
            guard let fitted = Self.fitted(natural, headers: columns, longestWords: longestWords, into: width),
                  !zip(fitted, natural).contains(where: { $0 < $1 && $0 < Self.minimumWrappedWidth })
            else { return recordText(cells, width: width) }
            widths = fitted
        }

        var output = ""
        func emit(_ values: [String]) {
            let wrapped = values.enumerated().map { Self.wrap($1, width: widths[$0]) }
            for lineIndex in 0..<(wrapped.map(\.count).max() ?? 1) {
                var text = ""
                for (column, lines) in wrapped.enumerated() {
                    let piece = lineIndex < lines.count ? lines[lineIndex] : ""
                    text += piece
                    if column < wrapped.count - 1 { text += String(repeating: " ", count: widths[column] - piece.count + 2) }
                }
                output += text.trimmingTrailingSpaces() + "\n"
            }
        }
        emit(columns)
        emit(widths.map { String(repeating: "-", count: $0) })
        for row in cells { emit(row) }
        if rows.isEmpty { output += "(no results)\n" }
        for note in notes { output += "note: \(note)\n" }
        return output
    }

    /// The narrowest a wrapped column may get before the table turns into records.
    public static let minimumWrappedWidth = 16

    /// Each row as a block of `column  value` lines under a `-- N --` rule, values wrapped to `width`.
    private func recordText(_ cells: [[String]], width: Int) -> String {
        let labelWidth = columns.map(\.count).max() ?? 0
        let valueWidth = max(width - labelWidth - 2, Self.minimumWrappedWidth)
        let indent = String(repeating: " ", count: labelWidth + 2)
        var output = ""
        for (number, row) in cells.enumerated() {
            let title = "-- \(number + 1) "
            output += title + String(repeating: "-", count: max(width - title.count, 2)) + "\n"
            for (column, value) in zip(columns, row) where !value.isEmpty {
                let lines = Self.wrap(value, width: valueWidth)
                output += column + String(repeating: " ", count: labelWidth - column.count + 2) + lines[0] + "\n"
                for line in lines.dropFirst() { output += indent + line + "\n" }
            }
        }
        if rows.isEmpty { output += "(no results)\n" }
        for note in notes { output += "note: \(note)\n" }
        return output
    }

    private func displayText(_ value: JSONValue, column: String) -> String {
        guard namedColumns.contains(column) else { return value.cellText }
        switch value {
        case .string(let id): return displayNames[id] ?? id
        case .array(let items): return items.map { displayText($0, column: column) }.joined(separator: "; ")
        default: return value.cellText
        }
    }

    /// Column widths whose sum, with two spaces between columns, fits `total`, or nil when the
    /// floors do not fit. A column's floor is its header, 8 characters, or its longest word (a
    /// citation, a name), whichever is widest; an id column's (`id`, `…_id`) is its width,
    /// while the others can still fit. Every column wider than a common cap is cut to it, the
    /// cap as large as fits.
    static func fitted(_ natural: [Int], headers: [String], longestWords: [Int], into total: Int) -> [Int]? {
        let gaps = 2 * max(natural.count - 1, 0)
        guard natural.reduce(gaps, +) > total else { return natural }
        var floors = natural.indices.map { min(natural[$0], max(headers[$0].count, 8, min(longestWords[$0], 40))) }
        let whole = floors.indices.map { headers[$0] == "id" || headers[$0].hasSuffix("_id") ? natural[$0] : floors[$0] }
        if whole.reduce(gaps, +) <= total { floors = whole }
        guard floors.reduce(gaps, +) <= total else { return nil }
        func widths(cap: Int) -> [Int] { zip(natural, floors).map { min($0, max($1, cap)) } }
        var low = 1
        var high = natural.max() ?? 1
        while low < high {  // the largest cap that fits
            let middle = (low + high + 1) / 2
            if widths(cap: middle).reduce(gaps, +) <= total { low = middle } else { high = middle - 1 }
        }
        return widths(cap: low)
    }

    /// `text` cut into lines of at most `width` characters, after `; ` or a space where possible.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard text.count > width, width > 0 else { return [text] }
        var lines: [String] = []
        var rest = Substring(text)
        while rest.count > width {
            let window = rest.prefix(width + 1)
            // Break after a list separator, else after a space, else inside the word.
            var afterSeparator: String.Index?
            var afterSpace: String.Index?
            var previous: Character?
            for index in window.indices {
                if window[index] == " " {
                    afterSpace = window.index(after: index)
                    if previous == ";" { afterSeparator = afterSpace }
                }
                previous = window[index]
            }
            // A separator early in the line would waste it: take it only past half the width.
            if let separator = afterSeparator, window.distance(from: window.startIndex, to: separator) <= width / 2 {
                afterSeparator = nil
            }
            let end = afterSeparator ?? afterSpace ?? rest.index(rest.startIndex, offsetBy: width)
            let line = rest[..<end]
            lines.append(String(line).trimmingTrailingSpaces())
            rest = rest[end...].drop(while: { $0 == " " })
        }
        if !rest.isEmpty { lines.append(String(rest)) }
        return lines
    }

    static func oneLine(_ text: String) -> String {
        text.contains(where: \.isNewline) ? text.split(whereSeparator: \.isNewline).joined(separator: " ") : text
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
