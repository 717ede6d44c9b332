import CoopModel

/// Answers of pure functions of a text that the rules ask again and again: the same names recur
/// on every page of a document, and building an id's slug (a tokenization) or a knowledge-base
/// look-up key (Unicode folding) cost more than hashing the text once.
///
/// Memory: one entry per distinct text asked, dropped wholesale past `limit` entries so a huge
/// input of ever-new names stays bounded (the answers are recomputed, never wrong).
struct TextMemo {
    static let limit = 200_000

    private var slugs = Answers<String>()
    private var lookups = Answers<[EntityIndex]>()
    private var folds = Answers<String>()
    /// By bytes alone: canonically equal texts may be capitalised into other bytes.
    private var capitals: [BytesKey: String] = [:]

    /// `Folding.fold(text)`: a tokenization of the whole text, some thousands of instructions,
    /// asked for the same names and words of every page.
    mutating func fold(_ text: String) -> String { folds.remembered(text) { Folding.fold(text) } }

    /// `DocumentExtraction.slug(text)`.
    mutating func slug(_ text: String) -> String { slugs.remembered(text) { DocumentExtraction.slug(text) } }

    /// `knowledge.lookup(text)`; the knowledge base never changes while a document is read.
    mutating func lookup(_ text: String, in knowledge: KnowledgeGraph) -> [EntityIndex] {
        lookups.remembered(text) { knowledge.lookup(text) }
    }

    /// `DocumentExtraction.capitalisedFirst(text)`: an agreement's name capitalised anew at each
    /// mention was a new string (about 1,400 instructions), which the store then compared with
    /// the candidate's name; the same string again is recognised by its storage.
    mutating func capitalisedFirst(_ text: String) -> String {
        let key = BytesKey(text)
        if let known = capitals[key] { return known }
        if capitals.count >= Self.limit { capitals.removeAll(keepingCapacity: true) }
        let made = DocumentExtraction.capitalisedFirst(text)
        capitals[key] = made
        return made
    }

    /// The answers kept for one function, by text.
    ///
    /// Why two tables: a name-long text as a `String` key cost about 1,700 instructions a
    /// look-up (SipHash of every byte, then an equality that checks the normalisation of text
    /// outside ASCII), most of the memo's cost. A text is looked up first by its bytes
    /// (`BytesKey`); `byText`, keyed by `String` as the memo always was, answers the rest, so a
    /// text canonically equal to one asked before (other bytes, the same `String`) still gets
    /// that one's answer, as it did.
    struct Answers<Value> {
        private var byText: [String: Value] = [:]
        private var byBytes: [BytesKey: Value] = [:]

        /// The answer kept for `text`, else `make()`'s, kept (both tables emptied first when
        /// `byText` is full, as the single table was).
        @inline(__always)
        mutating func remembered(_ text: String, _ make: () -> Value) -> Value {
            let key = BytesKey(text)
            if let known = byBytes[key] { return known }
            if let known = byText[text] {
                // (Only canonically equal variants get here: at most a few per text.)
                if byBytes.count >= 2 * TextMemo.limit { byBytes.removeAll(keepingCapacity: true) }
                byBytes[key] = known
                return known
            }
            if byText.count >= TextMemo.limit {
                byText.removeAll(keepingCapacity: true)
                byBytes.removeAll(keepingCapacity: true)
            }
            let made = make()
            byText[text] = made
            byBytes[key] = made
            return made
        }
    }
}

extension TextMemo {
    /// A text as a key equal to another with the same UTF-8 bytes, hashed once, eight bytes at a
    /// time, into one word that is all the table's hasher is given.
    struct BytesKey: Hashable {
        let text: String
        let bytesHash: UInt64

        init(_ text: String) {
            self.text = text
            bytesHash = text.utf8.withContiguousStorageIfAvailable(Self.hash) ?? Self.hash(Array(text.utf8))
        }

        func hash(into hasher: inout Hasher) { hasher.combine(bytesHash) }

        /// Equal bytes, compared eight at a time (`utf8.elementsEqual` took about 2,800
        /// instructions for a name, more than the `String` equality it replaced).
        static func == (lhs: BytesKey, rhs: BytesKey) -> Bool {
            guard lhs.bytesHash == rhs.bytesHash else { return false }
            var (left, right) = (lhs.text, rhs.text)
            return left.withUTF8 { left in right.withUTF8 { right in Self.equal(left, right) } }
        }

        static func equal(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
            guard left.count == right.count else { return false }
            guard let leftBase = left.baseAddress, let rightBase = right.baseAddress else { return true }
            let (leftBytes, rightBytes) = (UnsafeRawPointer(leftBase), UnsafeRawPointer(rightBase))
            var index = 0
            while index + 8 <= left.count {
                guard leftBytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) == rightBytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                else { return false }
                index += 8
            }
            while index < left.count {
                guard left[index] == right[index] else { return false }
                index += 1
            }
            return true
        }

        /// A multiplicative mix of the bytes' words, the length first (a collision costs only a
        /// comparison of bytes). (CoopExchange's `ByteHash` mixing, tried here, cost 1.2 M
        /// instructions per MB more: its two rounds per word.)
        static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
            let hash = ByteWords.fold(UnsafeRawBufferPointer(bytes), into: 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)) { state, word in
                let mixed = (state ^ word) &* 0xFF51_AFD7_ED55_8CCD
                return mixed ^ mixed >> 32
            }
            return hash ^ hash >> 29
        }

        static func hash(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBufferPointer(hash) }
    }
}

extension DocumentExtraction {
    /// The first KB entity named by one of `texts` (tried in order) that `accepts` takes, through
    /// the memo: what `texts.lazy.flatMap(knowledge.lookup).first(where:)` gives.
    mutating func firstKnown(_ texts: [String], where accepts: (Entity) -> Bool) -> EntityIndex? {
        guard let knowledge = vocabulary.knowledge else { return nil }
        for text in texts {
            if let found = memo.lookup(text, in: knowledge).first(where: { accepts(knowledge.entity(at: $0)) }) { return found }
        }
        return nil
    }
}
