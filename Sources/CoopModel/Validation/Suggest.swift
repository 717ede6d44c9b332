/// Near-match suggestions by edit distance, for "did you mean …?" hints.
enum Suggest {
    /// The candidate closest to `text` by edit distance, if it is close enough to be a likely typo.
    /// Ties go to the alphabetically first candidate, so hints are stable.
    static func nearest(to text: String, among candidates: some Sequence<String>) -> String? {
        let limit = max(2, text.count / 3)
        var best: (distance: Int, candidate: String)?
        for candidate in candidates {
            let distance = editDistance(text, candidate, limit: limit)
            guard distance <= limit else { continue }
            if let current = best, (current.distance, current.candidate) <= (distance, candidate) { continue }
            best = (distance, candidate)
        }
        return best?.candidate
    }

    /// The Levenshtein distance between `a` and `b` over characters; stops early and returns
    /// `limit + 1` once the distance must exceed `limit`.
    /// - Complexity: O(|a| × |b|) time, O(|b|) memory.
    static func editDistance(_ a: String, _ b: String, limit: Int = .max) -> Int {
        let left = Array(a), right = Array(b)
        if abs(left.count - right.count) > limit { return limit &+ 1 }
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var previous = Array(0...right.count)
        var current = [Int](repeating: 0, count: right.count + 1)
        for i in 1...left.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...right.count {
                let substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit &+ 1 }
            swap(&previous, &current)
        }
        return previous[right.count]
    }
}
