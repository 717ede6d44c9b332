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
/// (`ScalarTable`), others from their Unicode properties. Offsets are kept both in bytes (to cut
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
        var tokens: [Token] = []
        // Room for a token every three bytes: French prose ("l'", "d'", "à", commas) often
        // holds more than one every five, and the array then grew once more per line.
        tokens.reserveCapacity(count / 3 + 4)
        // The line's own UTF-8, lent in place: copying it into an array cost an allocation and
        // a copy per line.
        let scanned = line.utf8.withContiguousStorageIfAvailable { buffer -> Bool in
            scan(buffer, into: &tokens, interner: &interner)
            return true
        }
        if scanned != true {
            let bytes = Array(line.utf8)
            bytes.withUnsafeBufferPointer { buffer in scan(buffer, into: &tokens, interner: &interner) }
        }
        return TokenizedLine(tokens: tokens, byteCount: count, source: line)
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Token], interner: inout KeyInterner) {
        let table = Folding.table
        let limit = ScalarTable.limit
        @inline(__always) func classify(_ scalar: Unicode.Scalar) -> Folding.Class {
            scalar.value < limit ? table.classify(scalar) : Folding.classifyUncached(scalar)
        }
        @inline(__always) func isUpper(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < limit ? table.isUpper(scalar) : Folding.isUpperUncached(scalar)
        }
        // The folded keys of the whole line, one after the other: a key is the tail appended
        // since its word began, so the buffer is not cleared within the line. It is the
        // interner's, kept from line to line: one allocated per line cost a `malloc` and a
        // `free` for every line, most of which have no word outside ASCII.
        var key: [UInt8] = []
        swap(&key, &interner.foldedKeys)
        defer {
            key.removeAll(keepingCapacity: true)
            swap(&key, &interner.foldedKeys)
        }
        key.reserveCapacity(bytes.count + 16)
        var index = 0
        var scalarIndex = 0
        let count = bytes.count
        while index < count {
            // A space, the commonest byte of a line, passed over before any decoding.
            if bytes[index] == 0x20 {
                index += 1
                scalarIndex += 1
                continue
            }
            let (scalar, length) = decode(bytes, index)
            let kind = classify(scalar)
            switch kind {
            case .space:
                index += length
                scalarIndex += 1
            case .letter:
                if scalar.value < 0x80 {
                    // A word of ASCII letters only, the commonest kind: hashed and interned from
                    // the line's own bytes, lowered on the fly, with no copy into `key`. Its end,
                    // hash and capitals are found in one pass; a word that goes on in another
                    // script (the run of ASCII letters followed by a byte above 0x7F) is read
                    // again below, as before.
                    // (All capitals: no letter has the lower-case bit 0x20, or-ed over the word,
                    // rather than a count of capitals compared and incremented at each letter.)
                    var hash = KeyHash.seed
                    var lowerBits: UInt8 = 0
                    var end = index
                    repeat {
                        let byte = bytes[end]
                        lowerBits |= byte
                        hash = KeyHash.add(byte | 0x20, to: hash)
                        end += 1
                    } while end < count && (bytes[end] | 0x20) &- 0x61 < 26
                    if end == count || bytes[end] < 0x80 {
                        let letters = end - index
                        let (text, id) = interner.key(asciiLetters: UnsafeBufferPointer(rebasing: bytes[index..<end]), hash: hash)
                        tokens.append(Token(
                            key: text, kind: .word, keyID: id, start: scalarIndex, end: scalarIndex + letters, byteStart: index, byteEnd: end,
                            capitalized: bytes[index] <= 0x5A, allCaps: letters >= 2 && lowerBits & 0x20 == 0, keyHash: hash))
                        index = end
                        scalarIndex += letters
                        continue
                    }
                }
                // A word with a letter outside ASCII met before in the document: found by its
                // bytes as written, hashed as they are (`WrittenWord`); its end is found by the
                // same tests as below.
                var wordEnd = index
                var writtenHash = KeyHash.seed
                if interner.remembersWords {
                    var nextLength = length
                    repeat {
                        for offset in wordEnd..<wordEnd + nextLength { writtenHash = KeyHash.add(bytes[offset], to: writtenHash) }
                        wordEnd += nextLength
                        guard wordEnd < count else { break }
                        let byte = bytes[wordEnd]
                        if byte < 0x80 {
                            guard (byte | 0x20) &- 0x61 < 26 else { break }
                            nextLength = 1
                        } else {
                            let next: Unicode.Scalar
                            (next, nextLength) = decode(bytes, wordEnd)
                            guard classify(next) == .letter else { break }
                        }
                    } while true
                    if let word = interner.word(written: UnsafeBufferPointer(rebasing: bytes[index..<wordEnd]), hash: writtenHash) {
                        tokens.append(Token(
                            key: word.key, kind: .word, keyID: word.id, start: scalarIndex, end: scalarIndex + word.letters, byteStart: index,
                            byteEnd: wordEnd, capitalized: word.capitalized, allCaps: word.allCaps, keyHash: word.hash))
                        index = wordEnd
                        scalarIndex += word.letters
                        continue
                    }
                }
                let start = index
                let startScalar = scalarIndex
                var upper = 0
                var letters = 0
                let capitalized = isUpper(scalar)
                let keyStart = key.count
                var current = scalar
                var currentLength = length
                while true {
                    let value = current.value
                    if value < 0x80 {
                        // A run of ASCII letters, copied at once and folded in place (A–Z is upper
                        // case and folds to a–z): appending byte by byte checked the array's
                        // uniqueness and capacity for every letter of the text.
                        var end = index + 1
                        while end < count, (bytes[end] | 0x20) &- 0x61 < 26 { end += 1 }
                        let runStart = key.count
                        key.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                        key.withUnsafeMutableBufferPointer { folded in
                            for position in runStart..<folded.count {
                                if folded[position] <= 0x5A { upper += 1 }
                                folded[position] |= 0x20
                            }
                        }
                        letters += end - index
                        scalarIndex += end - index
                        index = end
                    } else {
                        if isUpper(current) { upper += 1 }
                        if value < limit { table.appendFolded(current, to: &key) } else { Folding.appendFoldedUncached(current, to: &key) }
                        letters += 1
                        index += currentLength
                        scalarIndex += 1
                    }
                    guard index < count else { break }
                    (current, currentLength) = decode(bytes, index)
                    let next = current.value
                    guard next < 0x80 ? (next | 0x20) &- 0x61 < 26 : classify(current) == .letter else { break }
                }
                // "à" stays apart from the verb "a": the one is a connector, the other ends a name.
                let isGraveA = letters == 1 && (scalar == "à" || scalar == "À")
                let (text, id, hash): (String, Int32, UInt32) = key.withUnsafeBufferPointer { key in
                    let folded = UnsafeBufferPointer(rebasing: key[keyStart...])
                    var hash = KeyHash.seed
                    for byte in folded { hash = KeyHash.add(byte, to: hash) }
                    if isGraveA { return ("à", -1, graveAHash) }
                    let (text, id) = interner.key(folded, hash: hash)
                    return (text, id, hash)
                }
                let allCaps = letters >= 2 && upper == letters
                tokens.append(Token(
                    key: text, kind: .word, keyID: id, start: startScalar,
                    end: scalarIndex, byteStart: start, byteEnd: index, capitalized: capitalized,
                    allCaps: allCaps, keyHash: hash))
                if interner.remembersWords && index == wordEnd {
                    interner.remember(
                        WrittenWord(key: text, id: id, hash: hash, letters: letters, capitalized: capitalized, allCaps: allCaps),
                        written: UnsafeBufferPointer(rebasing: bytes[start..<index]), hash: writtenHash)
                }
            case .digit:
                let start = index
                let startScalar = scalarIndex
                var current = scalar
                var currentLength = length
                while true {
                    index += currentLength
                    scalarIndex += 1
                    guard index < count else { break }
                    (current, currentLength) = decode(bytes, index)
                    guard classify(current) == .digit else { break }
                }
                // A run of digits is its own UTF-8, unchanged.
                let digits = UnsafeBufferPointer(rebasing: bytes[start..<index])
                var hash = KeyHash.seed
                for byte in digits { hash = KeyHash.add(byte, to: hash) }
                let (text, id) = interner.key(digits, hash: hash)
                tokens.append(Token(
                    key: text, kind: .number, keyID: id,
                    start: startScalar, end: scalarIndex, byteStart: start, byteEnd: index, capitalized: false, allCaps: false,
                    keyHash: hash))
            case .apostrophe, .hyphen, .other:
                let tokenKind: Token.Kind = kind == .apostrophe ? .apostrophe : kind == .hyphen ? .hyphen : .punct
                let text: String
                var id: Int32 = -1
                let hash: UInt32
                switch tokenKind {
                case .apostrophe:
                    text = "'"
                    hash = apostropheHash
                case .hyphen:
                    text = "-"
                    hash = hyphenHash
                case _ where scalar.value < 0x80:
                    // An ASCII mark (".", ",", "("): its UTF-8 is its one byte in the line.
                    hash = KeyHash.add(bytes[index], to: KeyHash.seed)
                    (text, id) = interner.key(asciiMark: UnsafeBufferPointer(rebasing: bytes[index..<index + 1]), hash: hash)
                default:
                    // The scalar's own UTF-8 (the same bytes as `String(scalar)`).
                    var utf8: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
                    var count = 0
                    withUnsafeMutableBytes(of: &utf8) { buffer in
                        Unicode.UTF8.encode(scalar) { byte in
                            buffer[count] = byte
                            count += 1
                        }
                    }
                    (text, id, hash) = withUnsafeBytes(of: &utf8) { raw in
                        let encoded = UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[..<count])
                        var hash = KeyHash.seed
                        for byte in encoded { hash = KeyHash.add(byte, to: hash) }
                        let (text, id) = interner.key(encoded, hash: hash)
                        return (text, id, hash)
                    }
                }
                tokens.append(Token(
                    key: text, kind: tokenKind, keyID: id, start: scalarIndex, end: scalarIndex + 1, byteStart: index,
                    byteEnd: index + length, capitalized: false, allCaps: false, keyHash: hash))
                index += length
                scalarIndex += 1
            }
        }
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
