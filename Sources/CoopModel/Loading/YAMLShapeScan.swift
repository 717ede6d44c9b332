/// A quick pass over raw YAML bytes that bounds its nesting depth and spots anchors and aliases,
/// before the recursive composer of Yams sees the text (a 10 000-deep file would overflow its stack).
///
/// The depth it measures is an upper bound of the real one for block and flow collections alike;
/// the exact limit is enforced later on the composed tree.
struct YAMLShapeScan {
    enum Finding: Equatable {
        case tooDeep(line: Int, column: Int)
        case anchor(line: Int, column: Int)
    }

    private let bytes: [UInt8]
    private let depthGuard: Int

    init(bytes: [UInt8], depthGuard: Int) {
        self.bytes = bytes
        self.depthGuard = depthGuard
    }

    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// The first problem found, if any.
    func run() -> Finding? {
        var flowDepth = 0
        var quote: UInt8 = 0
        var indentStack: [Int] = []
        var blockScalarParent: Int?
        var lineNumber = 0
        var lineStart = 0
        while lineStart < bytes.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != Self.newline { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            var position = lineStart
            while position < lineEnd && (bytes[position] == Self.space || bytes[position] == Self.tab) {
                position += 1
            }
            let indent = position - lineStart
            let blank = position == lineEnd || bytes[position] == Self.carriageReturn
            if let parent = blockScalarParent {
                if blank || indent > parent { continue }
                blockScalarParent = nil
            }
            var blockDepth = 0
            if quote == 0 && flowDepth == 0 {
                if blank || bytes[position] == UInt8(ascii: "#") { continue }
                while let top = indentStack.last, top > indent { indentStack.removeLast() }
                if indentStack.last != indent { indentStack.append(indent) }
            }
            blockDepth = indentStack.count * 2
            if blockDepth > depthGuard { return .tooDeep(line: lineNumber, column: indent + 1) }
            var atNodeStart = quote == 0
            var previous = Self.space
            while position < lineEnd {
                let byte = bytes[position]
                let column = position - lineStart + 1
                defer {
                    previous = byte
                    position += 1
                }
                if quote != 0 {
                    if quote == UInt8(ascii: "\"") && byte == UInt8(ascii: "\\") {
                        position += 1
                    } else if byte == quote {
                        if quote == UInt8(ascii: "'") && position + 1 < lineEnd && bytes[position + 1] == quote {
                            position += 1
                        } else {
                            quote = 0
                        }
                    }
                    continue
                }
                if byte == Self.space || byte == Self.tab { continue }
                if byte == UInt8(ascii: "#") && (previous == Self.space || previous == Self.tab) { break }
                if atNodeStart {
                    switch byte {
                    case UInt8(ascii: "&"), UInt8(ascii: "*"):
                        return .anchor(line: lineNumber, column: column)
                    case UInt8(ascii: "\""), UInt8(ascii: "'"):
                        quote = byte
                        atNodeStart = false
                    case UInt8(ascii: "["), UInt8(ascii: "{"):
                        flowDepth += 1
                        if blockDepth + flowDepth > depthGuard { return .tooDeep(line: lineNumber, column: column) }
                    case UInt8(ascii: "-"), UInt8(ascii: "?"):
                        if flowDepth == 0 && isSeparated(after: position, end: lineEnd) {
                            blockDepth += 2
                            if blockDepth > depthGuard { return .tooDeep(line: lineNumber, column: column) }
                        } else {
                            atNodeStart = false
                        }
                    case UInt8(ascii: "|"), UInt8(ascii: ">"):
                        if flowDepth == 0 {
                            blockScalarParent = indent
                            position = lineEnd
                        }
                        atNodeStart = false
                    case UInt8(ascii: "]"), UInt8(ascii: "}"):
                        flowDepth = max(0, flowDepth - 1)
                        atNodeStart = false
                    default:
                        atNodeStart = false
                    }
                    continue
                }
                switch byte {
                case UInt8(ascii: ":"):
                    if flowDepth > 0 || isSeparated(after: position, end: lineEnd) { atNodeStart = true }
                case UInt8(ascii: ","):
                    if flowDepth > 0 { atNodeStart = true }
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    if flowDepth > 0 {
                        flowDepth += 1
                        if blockDepth + flowDepth > depthGuard { return .tooDeep(line: lineNumber, column: column) }
                    }
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    if flowDepth > 0 { flowDepth -= 1 }
                default:
                    break
                }
            }
        }
        return nil
    }

    /// Whether the byte at `position` is followed by white space or the end of the line.
    private func isSeparated(after position: Int, end: Int) -> Bool {
        position + 1 >= end || bytes[position + 1] == Self.space || bytes[position + 1] == Self.tab
            || bytes[position + 1] == Self.carriageReturn
    }
}
