/// The numbering and ordering helpers of `CandidateStore.sorted()`.
extension CandidateStore {
    /// The positions of `keys` by ascending key, equal keys in their order (a stable sort).
    static func order(_ keys: [UInt64]) -> [Int] {
        keys.indices.map { (keys[$0], $0) }.sorted { $0 < $1 }.map { $0.1 }
    }

    /// A candidate's review id: "c" and `number` (positive) in decimal, zero-padded to four
    /// digits ("c0042"), written digit by digit (`"c" + String(number).leftPadded(4)` counted
    /// the digits as characters and built three strings).
    static func candidateID(_ number: Int) -> String {
        var digits = 0
        var rest = number
        repeat {
            digits += 1
            rest /= 10
        } while rest > 0
        let width = max(digits, 4)
        return String(unsafeUninitializedCapacity: width + 1) { buffer in
            buffer[0] = UInt8(ascii: "c")
            var rest = number
            for position in stride(from: width, through: 1, by: -1) {
                buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            return width + 1
        }
    }
}

extension String {
    /// The text padded with leading zeros to `width` characters.
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
