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

    /// Sorts `items` unless they are in order already, as evidence and citations mostly are
    /// (proposed line by line): `sort()` wrote to every array, which made each one unique and
    /// so copied it wherever it was still shared. The same result: the sort is stable.
    @inline(__always)
    static func sortIfNeeded<Item: Comparable>(_ items: inout [Item]) {
        var index = 1
        while index < items.count {
            if items[index] < items[index - 1] { return items.sort() }
            index += 1
        }
    }

    /// Puts `items[order[i]]` at `i`, moving the items along the permutation's cycles in their
    /// buffer (`swapAt` or building a new array copied each item, retaining every string and
    /// array it holds, and released the originals).
    static func permute<Item>(_ items: inout [Item], into order: [Int]) {
        var placed = [Bool](repeating: false, count: items.count)
        items.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for start in buffer.indices where !placed[start] {
                // The cycle start → order[start] → …: the item at `start` waits aside while each
                // place of the cycle takes the item that belongs there, then fills the last one.
                let waiting = (base + start).move()
                var current = start
                placed[current] = true
                while !placed[order[current]] {
                    let next = order[current]
                    (base + current).moveInitialize(from: base + next, count: 1)
                    placed[next] = true
                    current = next
                }
                (base + current).initialize(to: waiting)
            }
        }
    }
}

extension String {
    /// The text padded with leading zeros to `width` characters.
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
