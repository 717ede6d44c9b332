/// A small seeded generator (SplitMix64), so that a seed gives the same graph on every machine.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// A number in `0..<bound`, skewed toward 0 when `skewed` (a few hubs, many small nodes).
    mutating func pick(_ bound: Int, skewed: Bool = false) -> Int {
        guard bound > 1 else { return 0 }
        let unit = Double(next() >> 11) / Double(1 << 53)
        return min(bound - 1, Int(Double(bound) * (skewed ? unit * unit : unit)))
    }

    /// True with probability `chance`.
    mutating func chance(_ chance: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < chance }
}
