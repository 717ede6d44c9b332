/// Edit distance between two strings, by Unicode scalar: insertions, deletions, substitutions and
/// swaps of two adjacent letters (the commonest typo) each count 1 (optimal string alignment).
/// Returns nil as soon as the distance must exceed `limit`.
/// - Complexity: O(|a|·|b|) time, O(|b|) space.
func editDistance(_ a: String, _ b: String, limit: Int) -> Int? {
    let left = Array(a.unicodeScalars)
    let right = Array(b.unicodeScalars)
    if abs(left.count - right.count) > limit { return nil }
    if left.isEmpty || right.isEmpty { return max(left.count, right.count) }
    var beforePrevious = [Int](repeating: 0, count: right.count + 1)
    var previous = Array(0...right.count)
    var current = [Int](repeating: 0, count: right.count + 1)
    for i in 1...left.count {
        current[0] = i
        var rowBest = i
        for j in 1...right.count {
            let cost = left[i - 1] == right[j - 1] ? 0 : 1
            var value = min(previous[j - 1] + cost, previous[j] + 1, current[j - 1] + 1)
            if i > 1 && j > 1 && left[i - 1] == right[j - 2] && left[i - 2] == right[j - 1] {
                value = min(value, beforePrevious[j - 2] + 1)
            }
            current[j] = value
            rowBest = min(rowBest, value)
        }
        if rowBest > limit { return nil }
        (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[right.count] <= limit ? previous[right.count] : nil
}
