/// Word comparison for the rules' tests of a token's key against a fixed word.
enum Words {
    /// `a == b`, answered without the standard library's comparison when both are small ASCII
    /// strings.
    ///
    /// Why: the rules test keys against fixed words ("avec", "de", "entre") hundreds of times
    /// per sentence, and `==` on two different strings went through the general comparison (a
    /// hundred-odd instructions) before answering no. A string of at most 15 ASCII bytes is
    /// held in its two words (`String`'s small form, whose top nibble is 0xE: small, ASCII,
    /// immortal), so two such values are the same text exactly when their bits are the same; and
    /// two different ASCII texts are never canonically equivalent. Anything else is left to `==`.
    @inline(__always)
    static func same(_ a: String, _ b: String) -> Bool {
        let (aLow, aHigh) = unsafeBitCast(a, to: (UInt64, UInt64).self)
        let (bLow, bHigh) = unsafeBitCast(b, to: (UInt64, UInt64).self)
        if aLow == bLow && aHigh == bHigh { return true }
        if aHigh >> 60 == 0xE && bHigh >> 60 == 0xE { return false }
        return a == b
    }
}
