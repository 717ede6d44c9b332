/// Near-match suggestions by ``NameKey/editDistance(_:_:limit:)``, for "did you mean …?" hints.
enum Suggest {
    /// The candidate closest to `text` by edit distance, if it is close enough to be a likely typo.
    /// Ties go to the alphabetically first candidate, so hints are stable.
    static func nearest(to text: String, among candidates: some Sequence<String>) -> String? {
        let limit = max(2, text.count / 3)
        var best: (distance: Int, candidate: String)?
        for candidate in candidates {
            guard let distance = NameKey.editDistance(text, candidate, limit: limit) else { continue }
            if let current = best, (current.distance, current.candidate) <= (distance, candidate) { continue }
            best = (distance, candidate)
        }
        return best?.candidate
    }
}
