/// The tokenizer's scan of a line's UTF-8 (the tokens of `Tokenizer.tokenize(_:interner:)`).
///
/// `TokenizerOracle` (in the tests) keeps the scan this one replaced; both give the same
/// tokens, field by field (`TokenizerOracleTests`).
extension Tokenizer {
    /// Where `scan` stopped: the byte and the scalar offsets it reached.
    struct ScanPosition {
        var byte = 0
        var scalar = 0
    }

    /// Scans `bytes` from `position`, writing tokens to `out` until the line ends or `capacity`
    /// tokens are written; returns their number and leaves `position` where it stopped (the
    /// start of the token there was no room for).
    ///
    /// Why tokens go to raw storage: an array's `append` called the runtime's uniqueness check
    /// at every token. Why the capacity: the caller sizes its array for the usual density of a
    /// line and scans the rest of a denser line a token at a time (`LineScan`).
    static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, from position: inout ScanPosition, into out: UnsafeMutablePointer<Token>, capacity: Int,
        interner: inout KeyInterner
    ) -> Int {
        let table = Folding.table
        let limit = ScalarTable.limit
        // Scalars above the table (an Arabic name of the lexicon, a curly quote) are read from
        // `Folding.cached`: from their Unicode properties they cost thousands of instructions.
        @inline(__always) func classify(_ scalar: Unicode.Scalar) -> Folding.Class {
            if scalar.value < limit { return table.classify(scalar) }
            return Folding.markClass(scalar.value) ?? Folding.cached(scalar).kind
        }
        @inline(__always) func isUpper(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < limit ? table.isUpper(scalar) : Folding.cached(scalar).upper
        }
        // The folded keys of the whole line, one after the other: a key is the tail appended
        // since its word began, so the buffer is not cleared within the line. It is the
        // interner's, kept from line to line (no allocation per line).
        var key: [UInt8] = []
        swap(&key, &interner.foldedKeys)
        defer {
            key.removeAll(keepingCapacity: true)
            swap(&key, &interner.foldedKeys)
        }
        key.reserveCapacity(bytes.count + 16)
        var written = 0
        var index = position.byte
        var scalarIndex = position.scalar
        defer { position = ScanPosition(byte: index, scalar: scalarIndex) }
        let count = bytes.count
        while index < count {
            // A space, the commonest byte of a line, passed over before any decoding.
            let lead = bytes[index]
            if lead == 0x20 {
                index += 1
                scalarIndex += 1
                continue
            }
            guard written < capacity else { break }
            if isASCIILetter(lead) {
                // A word of ASCII letters only, the commonest kind: its end found eight bytes at a
                // time, hashed and interned from the line's own bytes, lowered on the fly, with no
                // copy into `key`. A word that goes on in another script (the run followed by a
                // byte above 0x7F) is read again below, by the general path.
                let (end, head) = asciiLetterRun(bytes, from: index)
                if end == count || bytes[end] < 0x80 {
                    // (All capitals: no letter has the lower-case bit 0x20, or-ed over the word.)
                    var hash = KeyHash.seed
                    var lowerBits: UInt8 = 0
                    for offset in index..<end {
                        let byte = bytes[offset]
                        lowerBits |= byte
                        hash = KeyHash.add(byte | 0x20, to: hash)
                    }
                    let letters = end - index
                    let (text, id) = interner.key(asciiWord: UnsafeBufferPointer(rebasing: bytes[index..<end]), head: head, hash: hash)
                    (out + written).initialize(to: Token(
                        key: text, kind: .word, keyID: id, start: scalarIndex, end: scalarIndex + letters, byteStart: index, byteEnd: end,
                        capitalized: lead <= 0x5A, allCaps: letters >= 2 && lowerBits & 0x20 == 0, keyHash: hash))
                    written += 1
                    index = end
                    scalarIndex += letters
                    continue
                }
            }
            let (scalar, length) = decode(bytes, index)
            let kind = classify(scalar)
            switch kind {
            case .space:
                index += length
                scalarIndex += 1
            case .letter:
                // A word with a letter outside ASCII met before in the document: found by its
                // bytes as written, hashed as they are (`WrittenWord`).
                var wordEnd = index
                var writtenHash = KeyHash.seed
                if interner.remembersWords {
                    // The word's end first, its runs of ASCII letters passed eight bytes at a
                    // time, then its bytes hashed in one loop. (Byte by byte, each byte tested
                    // and hashed in turn, this cost about twenty instructions a byte.)
                    wordEnd = index + length
                    while wordEnd < count {
                        let byte = bytes[wordEnd]
                        if byte < 0x80 {
                            guard isASCIILetter(byte) else { break }
                            wordEnd = asciiLetterRun(bytes, from: wordEnd).end
                        } else {
                            let (next, nextLength) = decode(bytes, wordEnd)
                            guard classify(next) == .letter else { break }
                            wordEnd += nextLength
                        }
                    }
                    for offset in index..<wordEnd { writtenHash = KeyHash.add(bytes[offset], to: writtenHash) }
                    if let word = interner.word(written: UnsafeBufferPointer(rebasing: bytes[index..<wordEnd]), hash: writtenHash) {
                        (out + written).initialize(to: Token(
                            key: word.key, kind: .word, keyID: word.id, start: scalarIndex, end: scalarIndex + word.letters, byteStart: index,
                            byteEnd: wordEnd, capitalized: word.capitalized, allCaps: word.allCaps, keyHash: word.hash))
                        written += 1
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
                        // case and folds to a–z).
                        var end = index + 1
                        while end < count, isASCIILetter(bytes[end]) { end += 1 }
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
                        if value < limit { table.appendFolded(current, to: &key) } else { key.append(contentsOf: Folding.cached(current).folded) }
                        letters += 1
                        index += currentLength
                        scalarIndex += 1
                    }
                    guard index < count else { break }
                    (current, currentLength) = decode(bytes, index)
                    let next = current.value
                    guard next < 0x80 ? isASCIILetter(UInt8(next)) : classify(current) == .letter else { break }
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
                (out + written).initialize(to: Token(
                    key: text, kind: .word, keyID: id, start: startScalar,
                    end: scalarIndex, byteStart: start, byteEnd: index, capitalized: capitalized,
                    allCaps: allCaps, keyHash: hash))
                written += 1
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
                (out + written).initialize(to: Token(
                    key: text, kind: .number, keyID: id,
                    start: startScalar, end: scalarIndex, byteStart: start, byteEnd: index, capitalized: false, allCaps: false,
                    keyHash: hash))
                written += 1
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
                    hash = KeyHash.add(lead, to: KeyHash.seed)
                    (text, id) = interner.key(asciiMark: UnsafeBufferPointer(rebasing: bytes[index..<index + 1]), hash: hash)
                default:
                    // The scalar's own UTF-8, as written in the line (the same bytes as
                    // `String(scalar)` for valid UTF-8, which a `String`'s is).
                    let encoded = UnsafeBufferPointer(rebasing: bytes[index..<index + length])
                    var folded = KeyHash.seed
                    for byte in encoded { folded = KeyHash.add(byte, to: folded) }
                    hash = folded
                    (text, id) = interner.key(encoded, hash: hash)
                }
                (out + written).initialize(to: Token(
                    key: text, kind: tokenKind, keyID: id, start: scalarIndex, end: scalarIndex + 1, byteStart: index,
                    byteEnd: index + length, capitalized: false, allCaps: false, keyHash: hash))
                written += 1
                index += length
                scalarIndex += 1
            }
        }
        return written
    }

    /// Whether `byte` is an ASCII letter (A–Z, a–z).
    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    /// The end of the run of ASCII letters that starts at `start` (an ASCII letter), and the
    /// run's first eight bytes or fewer, lowered, as a little-endian number padded with zeros
    /// (`ByteTable`'s `head` of the key).
    ///
    /// Why eight at a time: a loop over the letters one by one, testing and branching on each,
    /// was a fifth of the tokenizer's instructions; most words end within the first eight bytes.
    @inline(__always)
    static func asciiLetterRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, head: UInt64) {
        let count = bytes.count
        guard start + 8 <= count, let base = bytes.baseAddress else {
            // Near the end of the line: byte by byte, without reading past it.
            var end = start
            var head: UInt64 = 0
            repeat {
                if end - start < 8 { head |= UInt64(bytes[end] | 0x20) << UInt64(8 * (end - start)) }
                end += 1
            } while end < count && isASCIILetter(bytes[end])
            return (end, head)
        }
        let raw = UnsafeRawPointer(base)
        let first = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: start, as: UInt64.self))
        var run = leadingLetters(first)
        let lowered = first | 0x2020_2020_2020_2020
        guard run == 8 else { return (start + run, lowered & ((1 << UInt64(8 * run)) &- 1)) }
        var end = start + 8
        while end + 8 <= count {
            run = leadingLetters(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: end, as: UInt64.self)))
            end += run
            if run < 8 { return (end, lowered) }
        }
        while end < count && isASCIILetter(bytes[end]) { end += 1 }
        return (end, lowered)
    }

    /// How many of the eight bytes of `chunk` (first byte lowest) are ASCII letters before the
    /// first that is not: a test of all eight at once.
    @inline(__always)
    static func leadingLetters(_ chunk: UInt64) -> Int {
        let high: UInt64 = 0x8080_8080_8080_8080
        // Each byte's low seven bits, lowered: a letter is one of 0x61–0x7A with its top bit clear.
        // Adding 0x1F sets the top bit from 0x61 up, adding 0x05 from 0x7B up; neither carries
        // into the next byte (0x7F + 0x1F < 0x100).
        let low = (chunk | 0x2020_2020_2020_2020) & ~high
        let fromA = (low &+ 0x1F1F_1F1F_1F1F_1F1F) & high
        let pastZ = (low &+ 0x0505_0505_0505_0505) & high
        let letters = fromA & ~pastZ & ~chunk
        return ((letters ^ high).trailingZeroBitCount) >> 3
    }
}
