import CoopModel

/// Answers kept by the *identity* of the `String` they were asked for: the two machine words of
/// the value, compared without reading its text (`StringNumbers` looks ids up the same way).
///
/// Why: the relation rules ask the same questions of the same few ids again and again (a
/// sector's broader sectors, for every fact that covers it), and the ids they hold are mostly the
/// very values the vocabulary made (the gazetteer's, `sectorIDs`); a dictionary hashed the id's
/// text with SipHash at each question, about 500 instructions.
///
/// Soundness: two `String` values with the same bits hold the same text (a small string carries
/// its bytes in them; a larger one its length and a pointer to storage that the kept key holds
/// alive and that is never changed in place, since it is not uniquely referenced). Equal texts
/// with different bits only miss. Each slot keeps one answer; a newer key of the same slot
/// replaces it.
struct IdentityCache<Value> {
    private var slots: [(key: String, value: Value)?]

    /// A cache of `1 << bits` slots.
    init(bits: Int = 6) {
        slots = Array(repeating: nil, count: 1 << bits)
    }

    /// The answer kept for `key`'s very value, if any.
    func value(for key: String) -> Value? {
        let slot = slot(of: key)
        guard let kept = slots[slot], Self.bits(kept.key) == Self.bits(key) else { return nil }
        return kept.value
    }

    /// Keeps `value` as the answer for `key`.
    mutating func set(_ value: Value, for key: String) {
        slots[slot(of: key)] = (key, value)
    }

    /// The two words of a `String` value, read without retaining its storage.
    @inline(__always)
    static func bits(_ text: String) -> (UInt64, UInt64) {
        unsafeBitCast(text, to: (UInt64, UInt64).self)
    }

    @inline(__always)
    private func slot(of key: String) -> Int {
        let (low, high) = Self.bits(key)
        let mixed = (low ^ (high &* 0xFF51_AFD7_ED55_8CCD)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 32) & (slots.count - 1)
    }
}

extension IdentityCache: Sendable where Value: Sendable {}

/// Which two-byte ASCII codes are ids of `Vocabulary.countryNames`, one bit per pair of bytes:
/// `countryOfBody` asked the dictionary, a `String` hash, for the code of every body it read.
struct CountryCodes: Sendable {
    /// Bit `first << 8 | second` for each code; empty when some country id is not ASCII (one
    /// could equal an ASCII code without having its bytes), and then every question goes to the
    /// dictionary.
    private let bits: [UInt64]

    init(_ ids: some Sequence<EntityID>) {
        var bits = [UInt64](repeating: 0, count: 1024)
        for id in ids {
            let utf8 = Array(id.rawValue.utf8)
            guard utf8.allSatisfy({ $0 < 0x80 }) else {
                bits = []
                break
            }
            guard utf8.count == 2 else { continue }
            let pair = Int(utf8[0]) << 8 | Int(utf8[1])
            bits[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        self.bits = bits
    }

    /// Whether the ASCII code `first, second` is a country id; nil when the table cannot tell.
    @inline(__always)
    func contains(_ first: UInt8, _ second: UInt8) -> Bool? {
        guard !bits.isEmpty else { return nil }
        let pair = Int(first) << 8 | Int(second)
        return bits[pair >> 6] & (1 << UInt64(pair & 63)) != 0
    }
}
