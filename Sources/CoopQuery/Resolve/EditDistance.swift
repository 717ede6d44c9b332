/// Levenshtein distance between two strings, by Unicode scalar, giving up above `limit`.
/// - Complexity: O(|a|·|b|) time, O(|b|) space.
func editDistance(_ a: String, _ b: String, limit: Int) -> Int? {
    let left = Array(a.unicodeScalars)
    let right = Array(b.unicodeScalars)
    if abs(left.count - right.count) > limit { return nil }
    if left.isEmpty { return right.count }
    if right.isEmpty { return left.count }
    var previous = Array(0...right.count)
    var current = [Int](repeating: 0, count: right.count + 1)
    for i in 1...left.count {
        current[0] = i
        var rowBest = current[0]
        for j in 1...right.count {
            let substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1)
            current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            rowBest = min(rowBest, current[j])
        }
        if rowBest > limit { return nil }
        swap(&previous, &current)
    }
    return previous[right.count] <= limit ? previous[right.count] : nil
}
