/// Shares one `String` among cells spelled the same (types, roles, document names), so that
/// a million rows make a few hundred strings, each decoded once.
struct StringInterner {
    private var numbers = ByteKeyTable()
    private var strings: [String] = []

    /// The string for these UTF-8 bytes.
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if let known = numbers.value(bytes) { return strings[Int(known)] }
        let text = String(decoding: bytes, as: UTF8.self)
        strings.append(text)
        numbers.insert(bytes, Int32(strings.count - 1))
        return text
    }

    /// The string for these UTF-8 bytes.
    mutating func string(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        string(UnsafeBufferPointer(rebasing: bytes))
    }
}
