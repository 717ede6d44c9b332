extension Array where Element == Int32 {
    /// Sorts non-negative values in increasing order: least-significant-byte radix passes, only as
    /// many as the largest value needs; insertion sort for a few values. For the short lists of
    /// entity positions a query sorts, this is several times faster than the general sort.
    /// - Complexity: O(n · bytes of the largest value).
    mutating func sortEntityPositions() {
        if count < 24 {
            for index in indices.dropFirst() {
                let value = self[index]
                var position = index
                while position > 0 && self[position - 1] > value {
                    self[position] = self[position - 1]
                    position -= 1
                }
                self[position] = value
            }
            return
        }
        var largest: Int32 = 0
        for value in self { largest = Swift.max(largest, value) }
        var other = self
        var shift: Int32 = 0
        var counts = [Int](repeating: 0, count: 257)
        while shift < 32 && largest >> shift > 0 {
            for index in counts.indices { counts[index] = 0 }
            for value in self { counts[Int((value >> shift) & 0xff) + 1] += 1 }
            for digit in 0..<256 { counts[digit + 1] += counts[digit] }
            for value in self {
                let digit = Int((value >> shift) & 0xff)
                other[counts[digit]] = value
                counts[digit] += 1
            }
            swap(&self, &other)
            shift += 8
        }
    }
}
