/// The word lists that relation rules look for before anything else, one bit for each list. The
/// bits are read once for each sentence (`RelationCueTable.bits`), so each rule's first test is a
/// bit test.
///
/// Why: each of these rules began by scanning the sentence's tokens for its own words
/// (`Sentence.contains(anyOf:)`, about 300 instructions whenever the sentence's 256-bit filter
/// let the list through). Across the thirteen lists that was about 22 million instructions per
/// 2 MB of text. One scan of the tokens against all the lists' words gives every answer at once.
enum RelationCue: Int, CaseIterable, Sendable {
    case training, cooperation, bodySupport, instituting, meeting, hosting, amending, organising, reciprocal, frame
    case represented, there, bothCountriesOffices

    /// The rule's word list.
    var words: CueSet {
        switch self {
        case .training: DocumentExtraction.trainingTriggers
        case .cooperation: DocumentExtraction.cooperationCues
        case .bodySupport: DocumentExtraction.bodySupportVerbs
        case .instituting: DocumentExtraction.institutingWords
        case .meeting: DocumentExtraction.meetingVerbs
        case .hosting: DocumentExtraction.hostingCues
        case .amending: DocumentExtraction.amendingWords
        case .organising: DocumentExtraction.organisingParticiples
        case .reciprocal: DocumentExtraction.reciprocalVerbs
        case .frame: DocumentExtraction.frameNouns
        case .represented: DocumentExtraction.representedCues
        case .there: DocumentExtraction.there
        case .bothCountriesOffices: DocumentExtraction.bothCountriesOfficeCues
        }
    }
}

/// Every `RelationCue` list's words in one table: a 4096-bit filter of their hashes, laid out
/// like a `CueSet`'s wide filter, then the words sorted by hash, each with the bits of the lists
/// that hold it.
struct RelationCueTable: Sendable {
    static let shared = RelationCueTable()

    private let wide: [UInt64]
    private let hashes: [UInt32]
    private let keys: [String]
    private let lists: [UInt64]

    init() {
        var lists: [String: UInt64] = [:]
        for cue in RelationCue.allCases {
            for key in cue.words.keys { lists[key, default: 0] |= 1 << UInt64(cue.rawValue) }
        }
        // Sorted by hash, then by key, so that the layout is the same on every run.
        let entries = lists.map { (hash: KeyHash.of($0.key), key: $0.key, lists: $0.value) }.sorted { ($0.hash, $0.key) < ($1.hash, $1.key) }
        var wide = [UInt64](repeating: 0, count: 64)
        for entry in entries { wide[Int(entry.hash >> 26)] |= 1 << UInt64((entry.hash >> 20) & 63) }
        self.wide = wide
        hashes = entries.map(\.hash)
        keys = entries.map(\.key)
        self.lists = entries.map(\.lists)
    }

    /// The bits of the lists that hold a word of `tokens[range]`: bit `cue.rawValue` is
    /// `cue.words.containsAny(of: tokens, in: range)`.
    func bits(of tokens: [Token], in range: Range<Int>) -> UInt64 {
        var found: UInt64 = 0
        tokens.withUnsafeBufferPointer { tokens in
            wide.withUnsafeBufferPointer { wide in
                for index in range {
                    let hash = tokens[index].keyHash
                    if wide[Int(hash >> 26)] & 1 << UInt64((hash >> 20) & 63) != 0 { found |= lists(hash: hash, key: tokens[index].key) }
                }
            }
        }
        return found
    }

    /// The bits of the lists that hold the word with this hash and key (0 for none), found by a
    /// binary search of the hashes.
    @inline(never)
    private func lists(hash: UInt32, key: String) -> UInt64 {
        var low = 0
        var high = hashes.count
        while low < high {
            let middle = (low + high) >> 1
            if hashes[middle] < hash { low = middle + 1 } else { high = middle }
        }
        var found: UInt64 = 0
        while low < hashes.count && hashes[low] == hash {
            if keys[low] == key { found |= lists[low] }
            low += 1
        }
        return found
    }
}

/// The `RelationCue` bits of the sentence that `buildRelations` is working on, and which sentence
/// that is (its line and its tokens).
struct RelationCueMask: Sendable {
    private var line = -1
    private var range = 0..<0
    private var bits: UInt64 = 0

    init() {}

    /// The bits of `sentence`.
    init(_ sentence: Sentence) {
        line = sentence.lineNumber
        range = sentence.range
        bits = RelationCueTable.shared.bits(of: sentence.tokens, in: sentence.range)
    }

    /// Whether `sentence` holds a word of `cue`'s list, that is `sentence.contains(anyOf: cue.words)`.
    /// This is read from the bits when they describe `sentence`; otherwise the tokens are scanned.
    /// Inlined: the call cost about four times the test (14 rule checks per sentence).
    @inline(__always)
    func has(_ cue: RelationCue, in sentence: Sentence) -> Bool {
        guard line == sentence.lineNumber, range == sentence.range else { return sentence.contains(anyOf: cue.words) }
        return bits & 1 << UInt64(cue.rawValue) != 0
    }
}
