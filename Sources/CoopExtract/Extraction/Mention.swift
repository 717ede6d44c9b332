import CoopModel

/// Something named in a sentence: an entity the extractor found, with the tokens that name it.
struct Mention: Sendable {
    enum Kind: Sendable, Equatable {
        case country, institution, sector, agreement, event, place, programme
    }

    var kind: Kind
    var id: EntityID
    /// First token.
    var first: Int
    /// Past the last token.
    var end: Int
    /// For a country named inside a compound ("algéro-française"): the other country.
    var pairedWith: EntityID? = nil
    /// Named by an adjective ("français"): a party or partner, never a place.
    var adjective: Bool = false
    /// For agreements and events: the index of their draft in the sentence.
    var draft: Int? = nil
    /// Named by a demonstrative ("ce programme"): it takes only dates a role word gives it.
    var anaphoric: Bool = false
    /// Named again as the complement of a frame or of another noun ("au titre de ce mémorandum",
    /// "un protocole portant amendement de cette convention"): the sentence's dates are not its own.
    var complement: Bool = false
}

/// An agreement named in a sentence, before its dates and id are known.
struct AgreementDraft: Sendable {
    var kind: String
    var name: String
    var plural: Bool
    var count: Int?
    var acronym: String?
    var id: EntityID?
    /// Whether words beyond the kind word qualify it ("accords bilatéraux", "arrangements … complémentaires").
    var qualified = false
    /// For an executive programme: the kind of the agreement its name says it carries out ("le
    /// programme exécutif du protocole": protocole), the words from "du" on kept apart.
    var ofKind: String? = nil
    var ofText: String? = nil
    /// A short name in brackets after the name ("… de la Méditerranée (Convention de Barcelone)").
    var alias: String? = nil
}

/// An event named in a sentence, before its dates, places and id are known.
struct EventDraft: Sendable {
    var lexiconIndex: Int
    var name: String
    /// The kind when the words after the event word decide it rather than the lexicon
    /// ("session de la Conférence internationale du Travail").
    var kind: String? = nil
}

/// A date read in a sentence, with the role announced by a nearby word, if any.
struct DateMention: Sendable {
    var first: Int
    var end: Int
    var date: PartialDate
    /// The end of a range ("les 15 et 16 mai 2008", "entre 2010 et 2014").
    var until: PartialDate?
    /// The role given by a word before the date ("signé", "depuis").
    var role: DateRole?
}

/// One sentence of a line: its token range and what the gazetteer found at each token.
struct Sentence {
    let line: TokenizedLine
    let lineNumber: Int
    let range: Range<Int>
    /// Phrase matches by token index, for the whole line.
    let matches: MatchTable
    var mentions: [Mention] = []
    var dates: [DateMention] = []
    var agreements: [AgreementDraft] = []
    var events: [EventDraft] = []
    /// Whether a word like "domaine" or "secteur" makes sector words count here.
    var domainContext = false
    /// Whether a company's legal form ("AG", "GmbH") is among the words: tested once per
    /// sentence, not at each capitalised word (`legalFormCompany`).
    var legalForm = false
    /// Whether the sentence holds "filiale" (`subsidiaryName`).
    var subsidiary = false
    /// Tokens already part of a mention.
    var consumed = TokenSet()
    /// The filter bits of the sentence's tokens: most cue sets share none and are answered at once.
    let cueFilter: CueFilter

    init(line: TokenizedLine, lineNumber: Int, range: Range<Int>, matches: MatchTable) {
        self.line = line
        self.lineNumber = lineNumber
        self.range = range
        self.matches = matches
        self.cueFilter = CueFilter(line.tokens, range)
    }

    var tokens: [Token] { line.tokens }

    /// The sentence text.
    var text: String { range.isEmpty ? "" : line.text(tokens: range.lowerBound, range.upperBound - 1) }

    /// Whether a country mention covers token `index` ("of Korea" ending a foreign name).
    func isInCountryMention(_ index: Int) -> Bool {
        mentions.contains { $0.kind == .country && $0.first <= index && index < $0.end }
    }

    /// Whether token `index` is inside the sentence and has key `key` (`key(index) == key` for a
    /// non-empty `key`), read in place without copying the token.
    func key(_ index: Int, is key: String) -> Bool {
        guard range.contains(index) else { return false }
        return line.tokens.withUnsafeBufferPointer { Self.same($0[at: index].key, key) }
    }

    /// `key == word`, the lengths compared first: two different strings go to the standard
    /// library's comparison (a call, about 25 instructions for two short words), and the rules'
    /// word tests mostly fail, nearly always on words of other lengths.
    @inline(__always)
    static func same(_ key: String, _ word: String) -> Bool {
        key.utf8.count == word.utf8.count && key == word
    }

    /// Whether token `index` is inside the sentence and its key is one of `cues`' words
    /// (`cues.contains(key(index))` for cues without ""), by the token's precomputed hash: a
    /// `Set<String>` hashed the key with SipHash at each test.
    func key(_ index: Int, in cues: CueSet) -> Bool {
        guard range.contains(index) else { return false }
        return line.tokens.withUnsafeBufferPointer { cues.contains($0[at: index]) }
    }

    /// Whether token `index` is inside the sentence and its key is `first` or `second` (or
    /// `third`), none of them "": `key(index, isOneOf: [first, second])` without the array.
    ///
    /// Why: an array literal handed to `key(_:isOneOf:)` was allocated and freed at each call
    /// (about 40K times per MB in `institutionName` alone, at each word of a name).
    func key(_ index: Int, is first: String, or second: String, or third: String? = nil) -> Bool {
        guard range.contains(index) else { return false }
        return line.tokens.withUnsafeBufferPointer { tokens in
            let key = tokens[at: index].key
            return Self.same(key, first) || Self.same(key, second) || third.map { Self.same(key, $0) } ?? false
        }
    }

    /// Whether token `index` is inside the sentence and its key is one of `words`
    /// (`words.contains(key(index))` for words without ""), each compared in place.
    func key(_ index: Int, isOneOf words: [String]) -> Bool {
        guard range.contains(index) else { return false }
        let key = key(index)
        return words.contains { Self.same(key, $0) }
    }

    /// The kind of token `index` of the line, read in place: `tokens[index].kind` could copy
    /// the whole token out of the array (a retain and a release of its key) to read one field.
    func kind(_ index: Int) -> Token.Kind {
        line.tokens.withUnsafeBufferPointer { $0[at: index].kind }
    }

    /// `body` applied to token `index` of the line, read in place (a copy out of the array
    /// retained and released its key).
    @inline(__always)
    func token<Result>(_ index: Int, _ body: (borrowing Token) -> Result) -> Result {
        line.tokens.withUnsafeBufferPointer { body($0[at: index]) }
    }

    /// Whether token `index` is inside a date mention.
    func isInDate(_ index: Int) -> Bool {
        dates.contains { $0.first <= index && index < $0.end }
    }

    /// Whether a date read in the sentence lies wholly inside tokens `range`.
    func hasDate(within range: Range<Int>) -> Bool {
        dates.contains { $0.first >= range.lowerBound && $0.end <= range.upperBound }
    }

    /// The folded key of token `index`, or "" outside the sentence.
    func key(_ index: Int) -> String {
        guard range.contains(index) else { return "" }
        // Read in place: `tokens[index].key` copied the whole token out of the array (an outlined
        // copy retaining its key, and its destruction after) to take one field, on every call of
        // the rules' hundreds of word tests.
        return line.tokens.withUnsafeBufferPointer { $0[at: index].key }
    }

    /// Whether any token of `range` has one of these keys.
    /// - Complexity: O(k + n) for k keys and n tokens; a token is hashed only when its
    ///   precomputed `keyHash` passes a 128-bit filter of the keys' hashes.
    func contains(anyOf keys: Set<String>) -> Bool {
        guard keys.count <= 32 else { return range.contains { keys.contains(line.tokens[$0].key) } }
        return contains(anyOf: CueSet(keys))
    }

    /// Whether any token of `range` has one of the words of `cues`, whose filter is built once.
    /// - Complexity: O(n) for n tokens.
    func contains(anyOf cues: CueSet) -> Bool {
        cues.mayMeet(cueFilter) && cues.containsAny(of: line.tokens, in: range)
    }
}

/// The arrays a sentence fills, handed from one sentence to the next: each sentence filled four
/// new arrays, allocated on its first mention, date, agreement or event and freed after it (and
/// the bits of its consumed tokens, allocated on its first mention).
struct SentenceBuffers {
    fileprivate var mentions: [Mention] = []
    fileprivate var dates: [DateMention] = []
    fileprivate var agreements: [AgreementDraft] = []
    fileprivate var events: [EventDraft] = []
    fileprivate var consumed = TokenSet()
}

extension Sentence {
    /// Takes `buffers`' empty arrays as this sentence's (which must be empty too).
    mutating func borrow(_ buffers: inout SentenceBuffers) {
        swap(&mentions, &buffers.mentions)
        swap(&dates, &buffers.dates)
        swap(&agreements, &buffers.agreements)
        swap(&events, &buffers.events)
        swap(&consumed, &buffers.consumed)
    }

    /// Gives this sentence's arrays to `buffers`, emptied but keeping their storage; the sentence
    /// is left with empty arrays.
    mutating func giveBack(to buffers: inout SentenceBuffers) {
        swap(&mentions, &buffers.mentions)
        swap(&dates, &buffers.dates)
        swap(&agreements, &buffers.agreements)
        swap(&events, &buffers.events)
        swap(&consumed, &buffers.consumed)
        // (Most sentences leave most arrays empty: emptying an empty array still went through
        // the array's generic range replacement.)
        if !buffers.mentions.isEmpty { buffers.mentions.removeAll(keepingCapacity: true) }
        if !buffers.dates.isEmpty { buffers.dates.removeAll(keepingCapacity: true) }
        if !buffers.agreements.isEmpty { buffers.agreements.removeAll(keepingCapacity: true) }
        if !buffers.events.isEmpty { buffers.events.removeAll(keepingCapacity: true) }
        buffers.consumed.removeAll()
    }
}

/// A set of token positions of one line, as bits.
struct TokenSet {
    private var words: [UInt64] = []

    /// Adds `position` (not negative).
    mutating func insert(_ position: Int) {
        let word = position >> 6
        if word >= words.count { words.append(contentsOf: repeatElement(0, count: word - words.count + 1)) }
        words[word] |= 1 << UInt64(position & 63)
    }

    /// Adds every position of `range` (not negative), a word of bits at a time: the tokens of
    /// a mention, which were added one by one.
    mutating func insert(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        let last = (range.upperBound - 1) >> 6
        if last >= words.count { words.append(contentsOf: repeatElement(0, count: last - words.count + 1)) }
        words.withUnsafeMutableBufferPointer { words in
            var position = range.lowerBound
            while position < range.upperBound {
                let offset = position & 63
                let width = min(64 - offset, range.upperBound - position)
                words[position >> 6] |= (width == 64 ? UInt64.max : (1 << UInt64(width)) - 1) << UInt64(offset)
                position += width
            }
        }
    }

    /// Whether `position` was added.
    func contains(_ position: Int) -> Bool {
        let word = position >> 6
        return position >= 0 && word < words.count && words[word] & (1 << UInt64(position & 63)) != 0
    }

    /// Empties the set, keeping its storage for the next sentence.
    mutating func removeAll() {
        if !words.isEmpty { words.removeAll(keepingCapacity: true) }
    }
}

/// The arrays of a line's `MatchTable`, handed from one line to the next: each line allocated
/// two arrays and freed them after it.
struct MatchTableBuffers {
    fileprivate var entries: [(end: Int, payload: Term)] = []
    fileprivate var starts: [Int32] = []
}

/// The phrases found at each token of a line, longest first; nil where there is none.
///
/// Layout: the matches of all tokens side by side in one array, with the offset where each
/// token's begin: one allocation per line rather than one per token that matched.
struct MatchTable {
    private var entries: [(end: Int, payload: Term)]
    /// The matches of token `i` are `entries[starts[i]..<starts[i + 1]]`. (Past the last
    /// token's, `entries` may hold an earlier line's matches: `MatchList`.)
    private var starts: [Int32]

    /// Matches `gazetteer` at every token of `line`.
    ///
    /// Both borrowed: an initializer takes its arguments owned, so the caller copied the
    /// vocabulary's gazetteer (retaining and releasing its eight arrays) for every line.
    init(_ line: borrowing TokenizedLine, _ gazetteer: borrowing Gazetteer<Term>) {
        var groups = GazetteerGroups()
        var buffers = MatchTableBuffers()
        self.init(line, gazetteer, groups: &groups, buffers: &buffers)
    }

    /// Matches `gazetteer` at every token of `line`, the groups of the document's keys noted in
    /// `groups` (`Gazetteer.appendLineMatches(in:groups:to:)`).
    init(_ line: borrowing TokenizedLine, _ gazetteer: borrowing Gazetteer<Term>, groups: inout GazetteerGroups) {
        var buffers = MatchTableBuffers()
        self.init(line, gazetteer, groups: &groups, buffers: &buffers)
    }

    /// `init(_:_:groups:)` in the arrays of `buffers`
    /// (`giveBack(to:)` returns them after the line).
    init(_ line: borrowing TokenizedLine, _ gazetteer: borrowing Gazetteer<Term>, groups: inout GazetteerGroups, buffers: inout MatchTableBuffers) {
        entries = []
        starts = []
        swap(&entries, &buffers.entries)
        swap(&starts, &buffers.starts)
        // Room for the usual few matches of a line at once: growing from empty reallocated the
        // array three or four times per line.
        // (Written over the last line's matches, which stay past this line's: `MatchList`.)
        var list = MatchList(overwriting: &entries)
        list.reserveCapacity(max(8, line.tokens.count / 4))
        gazetteer.appendLineMatches(in: line.tokens, groups: &groups, to: &list, starts: &starts)
        list.giveAll(to: &entries)
    }

    /// Gives the table's arrays to `buffers`, for the next line to write over (its matches) or
    /// to refill (its offsets); the table is left empty.
    mutating func giveBack(to buffers: inout MatchTableBuffers) {
        swap(&entries, &buffers.entries)
        swap(&starts, &buffers.starts)
        buffers.starts.removeAll(keepingCapacity: true)
    }

    /// Whether a phrase starts at token `index` (`self[index] != nil`, without making the slice,
    /// which retained and released the matches' storage).
    @inline(__always)
    func hasMatches(at index: Int) -> Bool {
        index >= 0 && index + 1 < starts.count && starts[index] < starts[index + 1]
    }

    /// The matches starting at token `index`, or nil.
    subscript(index: Int) -> ArraySlice<(end: Int, payload: Term)>? {
        guard index >= 0, index + 1 < starts.count else { return nil }
        let lower = Int(starts[index])
        let upper = Int(starts[index + 1])
        return lower < upper ? entries[lower..<upper] : nil
    }
}
