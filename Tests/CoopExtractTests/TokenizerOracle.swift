@testable import CoopExtract

/// The tokenizer as it was before its scan was rewritten (`Tokenizer+Scan.swift`): tokens
/// appended to an array one by one, every ASCII word looked up in the interner byte by byte,
/// every scalar above `ScalarTable.limit` classified and folded from its Unicode properties.
///
/// Why keep it: it is the oracle of the rewrite. `TokenizerOracleTests` tokenizes the fixtures,
/// the held-out notes and generated lines with both and compares every field of every token.
/// It is not used by the extractor.
enum TokenizerOracle {
    /// Tokenizes `line` as `Tokenizer.tokenize(_:interner:)` does, by the old scan.
    static func tokenize(_ line: String, interner: inout KeyInterner) -> TokenizedLine {
        let count = line.utf8.count
        var tokens: [Token] = []
        tokens.reserveCapacity(count / 3 + 4)
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

    /// Tokenizes `line` with a disabled interner, as `Tokenizer.tokenize(_:)` does.
    static func tokenize(_ line: String) -> TokenizedLine {
        var interner = KeyInterner(enabled: false)
        return tokenize(line, interner: &interner)
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
            let (scalar, length) = Tokenizer.decode(bytes, index)
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
                            (next, nextLength) = Tokenizer.decode(bytes, wordEnd)
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
                    (current, currentLength) = Tokenizer.decode(bytes, index)
                    let next = current.value
                    guard next < 0x80 ? (next | 0x20) &- 0x61 < 26 : classify(current) == .letter else { break }
                }
                // "à" stays apart from the verb "a": the one is a connector, the other ends a name.
                let isGraveA = letters == 1 && (scalar == "à" || scalar == "À")
                let (text, id, hash): (String, Int32, UInt32) = key.withUnsafeBufferPointer { key in
                    let folded = UnsafeBufferPointer(rebasing: key[keyStart...])
                    var hash = KeyHash.seed
                    for byte in folded { hash = KeyHash.add(byte, to: hash) }
                    if isGraveA { return ("à", -1, Tokenizer.graveAHash) }
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
                    (current, currentLength) = Tokenizer.decode(bytes, index)
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
                    hash = Tokenizer.apostropheHash
                case .hyphen:
                    text = "-"
                    hash = Tokenizer.hyphenHash
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
}
