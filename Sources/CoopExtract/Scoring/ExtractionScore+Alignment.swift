import CoopModel

/// Programme alignment by content words: programmes named after an activity the text describes
/// ("la formation des techniciens et l'échange d'enseignants de l'énergie") have no
/// canonical name, so a curator's wording and the extractor's rarely fold to the same key.
extension ExtractionScore {
    /// The least Dice coefficient of two programmes' content words for them to align.
    public static let programmeAlignmentThreshold = 0.6

    /// French function words left out of a name's content words.
    static let alignmentStopWords: Set<String> = [
        "a", "au", "aux", "avec", "ce", "ces", "cet", "cette", "d", "dans", "de", "des", "du", "en", "entre", "et", "l", "la",
        "le", "les", "leur", "leurs", "ou", "par", "pour", "sa", "se", "ses", "son", "sur", "un", "une",
    ]

    /// The folded content words of `name`: `NameKey` words without function words, a final "s"
    /// of words longer than three letters dropped ("capacités" and "capacité" agree).
    public static func contentWords(_ name: String) -> Set<String> {
        Set(NameKey.make(name).split(separator: " ").map(String.init).filter { !alignmentStopWords.contains($0) }.map {
            $0.count > 3 && $0.hasSuffix("s") ? String($0.dropLast()) : $0
        })
    }

    /// Dice's coefficient 2·|A ∩ B| / (|A| + |B|) of two word sets (0 when both are empty).
    public static func dice(_ first: Set<String>, _ second: Set<String>) -> Double {
        let total = first.count + second.count
        return total == 0 ? 0 : Double(2 * first.intersection(second).count) / Double(total)
    }

    /// Links still-unlinked extracted programmes to still-unlinked gold programmes citing a
    /// document the extracted programme cites, when the Dice coefficient of their content words is at least
    /// ``programmeAlignmentThreshold``: all pairs over the threshold, best first (ties by extracted
    /// id, then gold id, so the result does not depend on input order), each side taken once.
    /// - Complexity: O(n · m · w) for n extracted and m gold programmes of w words.
    static func alignProgrammes(_ extraction: Extraction, gold: [Entity], link: inout [EntityID: EntityID]) {
        let taken = Set(link.values)
        let golds = gold.filter { $0.type == .programme && !taken.contains($0.id) }
            .map { ($0.id, contentWords($0.names.fr), Set($0.sources.map(\.document))) }
        var pairs: [(dice: Double, extracted: EntityID, gold: EntityID)] = []
        for candidate in extraction.entities where candidate.entity.type == .programme && link[candidate.entity.id] == nil {
            let words = contentWords(candidate.entity.names.fr)
            let documents = Set(candidate.entity.sources.map(\.document))
            for (id, goldWords, goldDocuments) in golds where !goldDocuments.isDisjoint(with: documents) {
                let value = dice(words, goldWords)
                if value >= programmeAlignmentThreshold { pairs.append((value, candidate.entity.id, id)) }
            }
        }
        pairs.sort { ($0.dice, $1.extracted.rawValue, $1.gold.rawValue) > ($1.dice, $0.extracted.rawValue, $0.gold.rawValue) }
        var usedGold: Set<EntityID> = []
        for pair in pairs where link[pair.extracted] == nil && !usedGold.contains(pair.gold) {
            link[pair.extracted] = pair.gold
            usedGold.insert(pair.gold)
        }
    }
}
