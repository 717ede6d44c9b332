/// A word, number or punctuation mark of a line, with its folded key and its place.
struct Token: Sendable {
    /// What the token is.
    enum Kind: UInt8, Sendable {
        case word, number, apostrophe, hyphen, punct
    }

    /// The folded text: lower case, no accents; `'` for any apostrophe, `-` for any dash.
    var key: String
    var kind: Kind
    /// The number of `key` in the document's `KeyInterner`, -1 for none: the same key has the
    /// same number on every line of the document (`GazetteerGroups`). (Stored in the padding
    /// after `kind`: the token is no larger.)
    var keyID: Int32 = -1
    /// Start offset in the line, in Unicode scalars.
    var start: Int
    /// End offset (exclusive) in the line, in Unicode scalars.
    var end: Int
    /// Start and end offsets in the line's UTF-8 bytes, to cut the text back out.
    var byteStart: Int
    var byteEnd: Int
    /// Whether the first letter is upper case.
    var capitalized: Bool
    /// Whether every letter is upper case (and there are at least two).
    var allCaps: Bool
    /// `KeyHash.of(key)`, computed while the key is built: the gazetteer's look-up needs no
    /// other hashing.
    var keyHash: UInt32
}

extension UnsafeBufferPointer<Token> {
    /// Token `index`, read in place (no bounds check, as the buffer's own subscript in release).
    ///
    /// Why: the buffer's subscript is a getter that returns a copy of the token; reading one
    /// field through it (`tokens[index].kind`) copied the whole token and retained and released
    /// its key whenever the optimizer did not narrow the copy, which it often did not in the
    /// large rule functions (about 170K token copies per MB). A pointer's subscript is an
    /// addressor: a field is loaded alone.
    @inline(__always)
    subscript(at index: Int) -> Token {
        unsafeAddress { baseAddress.unsafelyUnwrapped + index }
    }
}

/// A cheap hash of a folded key's UTF-8 (FNV-1a), the same whether computed byte by byte while
/// tokenizing or from a finished key.
enum KeyHash {
    static let seed: UInt32 = 2_166_136_261

    @inline(__always)
    static func add(_ byte: UInt8, to hash: UInt32) -> UInt32 { (hash ^ UInt32(byte)) &* 16_777_619 }

    /// The hash of `key`'s UTF-8.
    static func of(_ key: String) -> UInt32 {
        // Native and small strings lend their bytes; iterating `utf8` element by element was
        // most of the cost of `Sentence.contains(anyOf:)`.
        if let hash = key.utf8.withContiguousStorageIfAvailable({ bytes in
            var hash = seed
            for byte in bytes { hash = add(byte, to: hash) }
            return hash
        }) {
            return hash
        }
        var hash = seed
        for byte in key.utf8 { hash = add(byte, to: hash) }
        return hash
    }
}

/// The tokens of one line and its UTF-8 bytes, to cut original text back out of it.
///
/// A class, read-only: every sentence and every piece of evidence of the line holds it, and
/// copying them retained one object rather than the three arrays and strings it holds.
final class TokenizedLine: Sendable {
    let tokens: [Token]
    /// The length of the line in UTF-8 bytes.
    let byteCount: Int
    /// The line itself.
    let source: String

    init(tokens: [Token], byteCount: Int, source: String) {
        self.tokens = tokens
        self.byteCount = byteCount
        self.source = source
    }

    /// The line's UTF-8 bytes.
    var bytes: [UInt8] { Array(source.utf8) }

    /// The original text between two byte offsets (on scalar boundaries, as tokens' are).
    func text(bytes start: Int, _ end: Int) -> String {
        // A sentence that is the whole line is the line itself: the same text, shared rather
        // than copied into a new string.
        if start == 0 && end == byteCount { return source }
        if #available(macOS 26.0, *), let text = String.copy(of: source, bytes: start, end) { return text }
        return plainText(bytes: start, end)
    }

    /// `text(bytes:_:)` through the `String` API alone: the oracle of the copy above, and the
    /// path of systems without `UTF8Span`.
    func plainText(bytes start: Int, _ end: Int) -> String {
        // Cut from the line, whose UTF-8 is known valid: decoding the bytes again validated
        // them scalar by scalar, about a thousand instructions per evidence text.
        let utf8 = source.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: start)
        let to = utf8.index(from, offsetBy: end - start)
        return String(utf8[from..<to]) ?? String(decoding: utf8[from..<to], as: UTF8.self)
    }

    /// The original text from token `first` through token `last`.
    func text(tokens first: Int, _ last: Int) -> String {
        text(bytes: tokens[first].byteStart, tokens[last].byteEnd)
    }

    /// The keys of tokens `range` but hyphens, joined by single spaces (a name's folded form).
    func joinedKeys(_ range: Range<Int>) -> String {
        // Bytes first, one `String` at the end: appending to a `String` checked its capacity
        // and storage on each piece.
        var joined: [UInt8] = []
        joined.reserveCapacity(range.count * 10)
        var first = true
        for index in range where tokens[index].kind != .hyphen {
            if !first { joined.append(0x20) }
            var key = tokens[index].key
            key.withUTF8 { joined.append(contentsOf: $0) }
            first = false
        }
        return String(decoding: joined, as: UTF8.self)
    }
}

extension String {
    /// The UTF-8 of `source` between two byte offsets copied into a new `String` unchecked,
    /// when both offsets fall on scalar boundaries (nil otherwise).
    ///
    /// Why: a `String` is valid UTF-8, so a cut between scalar boundaries needs no check; a
    /// line's `String(text[from..<to])`, and `String(utf8[from..<to])` for each evidence text and
    /// name, checked the bounds' alignment and copied through a `Substring`: about 610
    /// instructions a cut, against 350 for this copy.
    @available(macOS 26.0, *)
    static func copy(of source: String, bytes start: Int, _ end: Int) -> String? {
        let span = source.utf8Span.span
        guard 0 <= start, start <= end, end <= span.count, start == span.count || span[start] & 0xC0 != 0x80,
            end == span.count || span[end] & 0xC0 != 0x80
        else { return nil }
        var text = UTF8Span(unchecked: span.extracting(start..<end))
        // (Marked ASCII when it is, as `String`'s own copy marks it: a long ASCII text left
        // unmarked was hashed and compared through the Unicode normalisation paths.)
        _ = text.checkForASCII()
        return String(copying: text)
    }
}

/// Splits a line into tokens: runs of letters, runs of digits, and single marks.
///
/// Works on the UTF-8 bytes; scalars below U+0370 are classified and folded from one table
/// (`ScalarTable`), others from their Unicode properties once each (`Folding.cached`); runs of
/// ASCII letters are found eight bytes at a time (`Tokenizer+Scan.swift`). Offsets are kept both in bytes (to cut
/// text) and in Unicode scalars (the unit of evidence spans).
enum Tokenizer {
    // The hashes of three fixed keys, worked out from their UTF-8 by constant folding: as
    // `static let`s, each use went through `swift_once` (tens of thousands of calls per MB).
    // `FastPathTests` checks them against `KeyHash.of`.
    @inline(__always) static var graveAHash: UInt32 { KeyHash.add(0xA0, to: KeyHash.add(0xC3, to: KeyHash.seed)) }  // "à"
    @inline(__always) static var apostropheHash: UInt32 { KeyHash.add(0x27, to: KeyHash.seed) }  // "'"
    @inline(__always) static var hyphenHash: UInt32 { KeyHash.add(0x2D, to: KeyHash.seed) }  // "-"

    /// Tokenizes `line`.
    /// - Complexity: O(n) in the number of bytes.
    static func tokenize(_ line: String) -> TokenizedLine {
        var interner = KeyInterner(enabled: false)
        return tokenize(line, interner: &interner)
    }

    /// Tokenizes `line`, taking the keys' strings from `interner` (the same tokens as
    /// `tokenize(_:)`, without building a `String` for a key seen before).
    /// - Complexity: O(n) in the number of bytes.
    static func tokenize(_ line: String, interner: inout KeyInterner) -> TokenizedLine {
        let count = line.utf8.count
        // The line's own UTF-8, lent in place: copying it into an array cost an allocation and
        // a copy per line.
        var tokens = line.utf8.withContiguousStorageIfAvailable { (bytes) -> [Token] in tokenArray(of: bytes, interner: &interner) }
        if tokens == nil {
            tokens = Array(line.utf8).withUnsafeBufferPointer { (bytes) -> [Token] in Self.tokenArray(of: bytes, interner: &interner) }
        }
        return TokenizedLine(tokens: tokens ?? [], byteCount: count, source: line)
    }

    /// The tokens of a line's UTF-8, written straight into the array's storage by `scan`.
    ///
    /// Why: appending token by token checked the array's uniqueness and capacity at every token
    /// (a call into the runtime each time, since the interner's calls in between are opaque).
    /// Why through `append(contentsOf:)`: `Array(unsafeUninitializedCapacity:)`, the plain way to
    /// fill an array in place, allocated through the runtime's generic path (its storage's type
    /// looked up at every call, 790 instructions a line against 340 for `reserveCapacity`).
    private static func tokenArray(of bytes: UnsafeBufferPointer<UInt8>, interner: inout KeyInterner) -> [Token] {
        var tokens: [Token] = []
        // Room for a token every three bytes: French prose ("l'", "d'", "à", commas) often
        // holds more than one every five. A denser line gets the rest one by one.
        tokens.reserveCapacity(bytes.count / 3 + 4)
        withUnsafeMutablePointer(to: &interner) { interner in
            tokens.append(contentsOf: LineScan(bytes: bytes, interner: interner))
        }
        return tokens
    }

    /// The scalar starting at byte `index` of valid UTF-8, and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}

/// A line's tokens as a sequence whose `_copyContents(initializing:)`, which
/// `Array.append(contentsOf:)` calls with the array's free capacity, runs `Tokenizer.scan`
/// straight into that storage; its iterator scans the rest, if any, a token at a time.
///
/// Valid only while `bytes` and `interner` are (inside `Tokenizer.tokenArray(of:interner:)`).
private struct LineScan: Sequence {
    let bytes: UnsafeBufferPointer<UInt8>
    let interner: UnsafeMutablePointer<KeyInterner>

    struct Iterator: IteratorProtocol {
        let bytes: UnsafeBufferPointer<UInt8>
        let interner: UnsafeMutablePointer<KeyInterner>
        var position: Tokenizer.ScanPosition

        mutating func next() -> Token? {
            guard position.byte < bytes.count else { return nil }
            return withUnsafeTemporaryAllocation(of: Token.self, capacity: 1) { slot in
                // (None when only spaces were left.)
                let written = Tokenizer.scan(bytes, from: &position, into: slot.baseAddress!, capacity: 1, interner: &interner.pointee)
                return written == 1 ? slot.baseAddress!.move() : nil
            }
        }
    }

    // (The default, 0: `append(contentsOf:)` traps if fewer are written than this promises; the
    // caller reserves the room itself.)
    var underestimatedCount: Int { 0 }

    func makeIterator() -> Iterator { Iterator(bytes: bytes, interner: interner, position: Tokenizer.ScanPosition()) }

    func _copyContents(initializing buffer: UnsafeMutableBufferPointer<Token>) -> (Iterator, Int) {
        var position = Tokenizer.ScanPosition()
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return (Iterator(bytes: bytes, interner: interner, position: position), 0) }
        let written = Tokenizer.scan(bytes, from: &position, into: base, capacity: buffer.count, interner: &interner.pointee)
        return (Iterator(bytes: bytes, interner: interner, position: position), written)
    }
}
