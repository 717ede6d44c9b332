/// A strict JSON (RFC 8259) parser that keeps line and column of every value.
struct JSONParser {
    private let bytes: [UInt8]
    private let file: String
    private var position = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0

    /// The deepest nesting accepted; deeper input is refused rather than risking the stack.
    static let maximumDepth = 200

    /// Parses `bytes` as one JSON document; errors name `file`, the line and the column.
    static func parse(_ bytes: [UInt8], file: String) throws(ExchangeError) -> JSONNode {
        var parser = JSONParser(bytes: bytes, file: file)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.position = 3 }
        parser.skipSpace()
        let node = try parser.value()
        parser.skipSpace()
        guard parser.position == bytes.count else { throw parser.failure("unexpected text after the JSON value") }
        return node
    }

    private init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    private var column: Int {
        // Columns count characters, not bytes: skip UTF-8 continuation bytes.
        bytes[lineStart..<position].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }

    func failure(_ reason: String) -> ExchangeError {
        .malformed(file: file, line: line, column: column, reason: reason)
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0D: position += 1
            case 0x0A:
                position += 1
                line += 1
                lineStart = position
            default: return
            }
        }
    }

    private mutating func value() throws(ExchangeError) -> JSONNode {
        let (startLine, startColumn) = (line, column)
        guard position < bytes.count else { throw failure("the JSON text ends where a value was expected") }
        let value: JSONValue
        switch bytes[position] {
        case UInt8(ascii: "{"): value = try object()
        case UInt8(ascii: "["): value = try array()
        case UInt8(ascii: "\""): value = .string(try string())
        case UInt8(ascii: "t"): try literal("true"); value = .bool(true)
        case UInt8(ascii: "f"): try literal("false"); value = .bool(false)
        case UInt8(ascii: "n"): try literal("null"); value = .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): value = try number()
        default: throw failure("expected a JSON value (object, array, string, number, true, false or null)")
        }
        return JSONNode(value: value, line: startLine, column: startColumn)
    }

    private mutating func literal(_ word: String) throws(ExchangeError) {
        let expected = Array(word.utf8)
        guard bytes.count - position >= expected.count, Array(bytes[position..<position + expected.count]) == expected
        else { throw failure("expected '\(word)'") }
        position += expected.count
    }

    private mutating func enter() throws(ExchangeError) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw failure("the JSON nests deeper than \(Self.maximumDepth) levels") }
    }

    private mutating func object() throws(ExchangeError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        position += 1
        var members: [JSONMember] = []
        var keys = Set<String>()
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return .object(members)
        }
        while true {
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw failure("expected a quoted member name")
            }
            let (keyLine, keyColumn) = (line, column)
            let key = try string()
            guard keys.insert(key).inserted else {
                throw .malformed(file: file, line: keyLine, column: keyColumn, reason: "the member '\(key)' is given twice; keep one")
            }
            skipSpace()
            try expect(":", "expected ':' after the member name")
            skipSpace()
            members.append(JSONMember(key: key, node: try value()))
            skipSpace()
            if try separator(closing: "}") { return .object(members) }
        }
    }

    private mutating func array() throws(ExchangeError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        position += 1
        var items: [JSONNode] = []
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return .array(items)
        }
        while true {
            skipSpace()
            items.append(try value())
            skipSpace()
            if try separator(closing: "]") { return .array(items) }
        }
    }

    /// Consumes `,` (returns false) or the closing bracket (returns true).
    private mutating func separator(closing: Character) throws(ExchangeError) -> Bool {
        guard position < bytes.count else { throw failure("the JSON text ends before '\(closing)'") }
        if bytes[position] == UInt8(ascii: ",") {
            position += 1
            return false
        }
        if let close = closing.asciiValue, bytes[position] == close {
            position += 1
            return true
        }
        throw failure("expected ',' or '\(closing)'")
    }

    private mutating func expect(_ character: Character, _ message: String) throws(ExchangeError) {
        guard position < bytes.count, let ascii = character.asciiValue, bytes[position] == ascii else {
            throw failure(message)
        }
        position += 1
    }

    private mutating func number() throws(ExchangeError) -> JSONValue {
        let start = position
        var isInteger = true
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard digits() > 0 else { throw failure("a number needs digits") }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            guard digits() > 0 else { throw failure("a number needs digits after '.'") }
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            isInteger = false
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard digits() > 0 else { throw failure("a number needs digits in its exponent") }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if isInteger, let integer = Int(text) { return .integer(integer) }
        guard let number = Double(text) else { throw failure("'\(text)' is not a number") }
        return .number(number)
    }

    private mutating func digits() -> Int {
        let start = position
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
        return position - start
    }

    private mutating func string() throws(ExchangeError) -> String {
        position += 1
        var scalars = String.UnicodeScalarView()
        var run = position
        func flushRun(_ parser: JSONParser, upTo end: Int) throws(ExchangeError) {
            guard run < end else { return }
            let piece = bytes[run..<end]
            guard let text = String(validating: piece, as: UTF8.self) else {
                throw parser.failure("the string is not valid UTF-8; save the file as UTF-8")
            }
            scalars.append(contentsOf: text.unicodeScalars)
        }
        while true {
            guard position < bytes.count else { throw failure("the string is not closed; add a '\"'") }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                try flushRun(self, upTo: position)
                position += 1
                return String(scalars)
            }
            if byte < 0x20 { throw failure("a control character must be escaped inside a string (write \\n, \\t or \\u00XX)") }
            if byte == UInt8(ascii: "\\") {
                try flushRun(self, upTo: position)
                position += 1
                scalars.append(try escape())
                run = position
            } else {
                position += 1
            }
        }
    }

    private mutating func escape() throws(ExchangeError) -> Unicode.Scalar {
        guard position < bytes.count else { throw failure("the string ends inside an escape") }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try hex4()
            if (0xD800...0xDBFF).contains(high) {
                guard bytes.count - position >= 6, bytes[position] == UInt8(ascii: "\\"),
                    bytes[position + 1] == UInt8(ascii: "u")
                else { throw failure("a lone UTF-16 high surrogate; give its low half as \\uDC00-\\uDFFF") }
                position += 2
                let low = try hex4()
                guard (0xDC00...0xDFFF).contains(low), let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
                else { throw failure("an invalid UTF-16 surrogate pair") }
                return scalar
            }
            guard let scalar = Unicode.Scalar(high) else { throw failure("a lone UTF-16 low surrogate") }
            return scalar
        default:
            throw failure("unknown escape '\\\(Character(Unicode.Scalar(byte)))'; use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX")
        }
    }

    private mutating func hex4() throws(ExchangeError) -> UInt32 {
        guard bytes.count - position >= 4 else { throw failure("\\u needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Character(Unicode.Scalar(bytes[position])).hexDigitValue else {
                throw failure("\\u needs four hex digits")
            }
            value = value * 16 + UInt32(digit)
            position += 1
        }
        return value
    }
}
