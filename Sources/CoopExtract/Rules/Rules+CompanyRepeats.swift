import CoopModel

/// A company named again by its name alone: "la société italienne Irritec" on one line,
/// "conclu … entre l'Office et Irritec" on the next. Only names a company rule proposed in this
/// document are read so, word for word, capitalised as first written.
extension DocumentExtraction {
    /// Remembers the name of the company `mention` proposed: its capitalised words at the end
    /// of the mention ("la société italienne Irritec": "Irritec"), under its first word's key.
    mutating func rememberCompany(_ sentence: Sentence, _ mention: Mention) {
        var first = mention.end
        while first > mention.first, sentence.tokens[first - 1].kind == .word, sentence.tokens[first - 1].capitalized { first -= 1 }
        guard first < mention.end else { return }
        let keys = (first..<mention.end).map { sentence.key($0) }
        // A name that is a lone common word written with a capital ("Groupe") names nothing.
        guard keys.count > 1 || keys[0].count >= 3 else { return }
        var names = companyNames[keys[0], default: []]
        guard !names.contains(where: { $0.keys == keys }) else { return }
        names.append((keys, mention.id))
        // Longest first: "Hassad Food Company" before "Hassad Food".
        names.sort { $0.keys.count > $1.keys.count }
        companyNames[keys[0]] = names
        companyKeyBits |= 1 << UInt64(sentence.tokens[first].keyHash & 63)
    }

    /// The company remembered under the words at `index`, each capitalised as written, and not
    /// followed by another capitalised word (then it is part of a longer name).
    mutating func repeatedCompany(_ sentence: Sentence, at index: Int) -> Mention? {
        guard companyKeyBits & 1 << UInt64(sentence.tokens[index].keyHash & 63) != 0, let names = companyNames[sentence.key(index)] else { return nil }
        for (keys, id) in names {
            let end = index + keys.count
            guard end <= sentence.range.upperBound,
                keys.indices.allSatisfy({ sentence.tokens[index + $0].capitalized && sentence.key(index + $0) == keys[$0] }),
                !(end < sentence.range.upperBound && sentence.tokens[end].kind == .word && sentence.tokens[end].capitalized),
                store.has(id)
            else { continue }
            return namedAgain(id, sentence, index, end, rule: "org.company-repeat")
        }
        return nil
    }
}
