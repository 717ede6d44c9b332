/// A print width written with its unit (`6in`, `15cm`, `160mm`), for fitting a diagram to a page or slide.
public enum PrintWidth {
    /// The width in inches, or nil when `text` is not a positive number followed by `in`, `cm` or `mm`.
    public static func inches(_ text: String) -> Double? {
        let units: [(suffix: String, inches: Double)] = [("in", 1), ("cm", 1 / 2.54), ("mm", 1 / 25.4)]
        for unit in units where text.hasSuffix(unit.suffix) {
            guard let value = Double(text.dropLast(unit.suffix.count)), value > 0, value.isFinite else { return nil }
            return value * unit.inches
        }
        return nil
    }
}
