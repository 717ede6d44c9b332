/// The loop of the byte-keyed tables' hashes (`TextMemo.BytesKey` in the extractor, `ByteHash`
/// in the CSV readers): a buffer folded into a 64-bit state eight bytes at a time, then its tail
/// (little-endian, zero-padded), each word through the caller's step. Each table keeps its own
/// seed and mixing, chosen for its keys and its cost.
public enum ByteWords {
    /// `state` with every word of `bytes` folded in by `step(state, word)`, the tail last.
    @inlinable @inline(__always)
    public static func fold(_ bytes: UnsafeRawBufferPointer, into state: UInt64, _ step: (UInt64, UInt64) -> UInt64) -> UInt64 {
        var state = state
        var offset = 0
        while offset + 8 <= bytes.count {
            state = step(state, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        return step(state, tail)
    }
}
