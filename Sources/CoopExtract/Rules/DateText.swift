import CoopModel

extension PartialDate {
    /// `description` ("2019", "2019-03", "2019-03-07"), written digit by digit into one string,
    /// for the ids of agreements and events.
    ///
    /// Why: `description` built a string for each part, padded it, then appended it; ids are
    /// built for every agreement and event read.
    var idText: String {
        // The model's dates always fit (years 1-9999, months and days under 100); any other is
        // left to `description`.
        guard (1...9999).contains(year), (1...99).contains(month ?? 1), (1...99).contains(day ?? 1) else { return description }
        let length = 4 + (month == nil ? 0 : 3) + (day == nil ? 0 : 3)
        return String(unsafeUninitializedCapacity: length) { buffer in
            func write(_ value: Int, width: Int, at start: Int) {
                var rest = value
                for offset in (0..<width).reversed() {
                    buffer[start + offset] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            write(year, width: 4, at: 0)
            var count = 4
            if let month {
                buffer[count] = UInt8(ascii: "-")
                write(month, width: 2, at: count + 1)
                count += 3
            }
            if let day {
                buffer[count] = UInt8(ascii: "-")
                write(day, width: 2, at: count + 1)
                count += 3
            }
            return count
        }
    }
}
