/// Shares one `String` among cells spelled the same (types, roles, document names), so that
/// a million rows make a few hundred strings, each decoded once.
struct StringInterner {
    private var table: [UInt64: String] = [:]

    /// The string for these UTF-8 bytes.
    mutating func string(_ bytes: ArraySlice<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        if let known = table[hash], known.utf8.elementsEqual(bytes) { return known }
        let text = String(decoding: bytes, as: UTF8.self)
        if table[hash] == nil { table[hash] = text }
        return text
    }
}
