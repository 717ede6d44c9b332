/// The numbering and ordering helpers of `CandidateStore.sorted()`.
extension CandidateStore {
    /// The positions of `keys` by ascending key, equal keys in their order (a stable sort).
    ///
    /// A radix sort, a byte of the keys at a time from the lowest, each pass stable: about 20
    /// instructions a key and pass where comparison sorting took about 30 a comparison, 14
    /// comparisons a key on the benchmark corpus. A byte all keys share is skipped (the packed
    /// ranks leave the high bits of each field empty). The passes run on raw buffers: on four
    /// arrays, each write checked its bounds and the arrays' uniqueness, about 70 instructions
    /// a key and pass.
    static func order(_ keys: [UInt64]) -> [Int] {
        let count = keys.count
        guard count > 1 else { return Array(0..<count) }
        // The bits where some key differs from the first: the bytes worth a pass.
        var varying: UInt64 = 0
        for key in keys { varying |= key ^ keys[0] }
        // Two halves each, read from one and written to the other in turn.
        let keyHalves = UnsafeMutablePointer<UInt64>.allocate(capacity: 2 * count)
        let orderHalves = UnsafeMutablePointer<Int>.allocate(capacity: 2 * count)
        let starts = UnsafeMutablePointer<Int>.allocate(capacity: 256)
        defer {
            keyHalves.deallocate()
            orderHalves.deallocate()
            starts.deallocate()
        }
        var (keysFrom, keysTo) = (keyHalves, keyHalves + count)
        var (orderFrom, orderTo) = (orderHalves, orderHalves + count)
        keys.withUnsafeBufferPointer { keysFrom.initialize(from: $0.baseAddress!, count: count) }
        for index in 0..<count { orderFrom[index] = index }
        for shift in stride(from: UInt64(0), to: 64, by: 8) where varying >> shift & 0xFF != 0 {
            starts.initialize(repeating: 0, count: 256)
            for index in 0..<count { starts[Int(truncatingIfNeeded: keysFrom[index] >> shift & 0xFF)] += 1 }
            var total = 0
            for digit in 0..<256 {
                let inBucket = starts[digit]
                starts[digit] = total
                total += inBucket
            }
            for index in 0..<count {
                let key = keysFrom[index]
                let digit = Int(truncatingIfNeeded: key >> shift & 0xFF)
                let place = starts[digit]
                keysTo[place] = key
                orderTo[place] = orderFrom[index]
                starts[digit] = place + 1
            }
            swap(&keysFrom, &keysTo)
            swap(&orderFrom, &orderTo)
        }
        return Array(UnsafeBufferPointer(start: orderFrom, count: count))
    }

    /// `order(keys)` by comparison: the oracle of the radix sort.
    static func plainOrder(_ keys: [UInt64]) -> [Int] {
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
