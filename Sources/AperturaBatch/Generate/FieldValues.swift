import AperturaLoader
import AperturaModel

/// Draws answers for form fields from a propensity to comply: booleans true with that probability,
/// ratios near it, lists longer and evidence present more often as it rises. Integers of a section form
/// a non-increasing chain (received ≥ answered ≥ answered on time), so derived ratios stay within 0 to 1.
struct FieldValues {
    var rng: SplitMix64
    let propensity: Double
    let year: Int
    let id: String
    var previousInteger: Int?

    init(rng: SplitMix64, propensity: Double, year: Int, id: String) {
        self.rng = rng
        self.propensity = propensity
        self.year = year
        self.id = id
    }

    mutating func write(_ fields: [FormField], indent: Int, into w: inout YAMLWriter) {
        previousInteger = nil
        for field in fields {
            if !field.required && field.type != .evidence && rng.unit() > 0.8 { continue }
            switch field.type {
            case .list:
                let count = Int(rng.unit() * (1 + 6 * propensity))
                if count == 0 {
                    w.line(indent, "\(field.id): []")
                    continue
                }
                w.line(indent, "\(field.id):")
                for _ in 0..<count {
                    var item = YAMLWriter()
                    let saved = previousInteger
                    write(field.items, indent: 0, into: &item)
                    previousInteger = saved
                    for (n, line) in item.text.split(separator: "\n").enumerated() {
                        w.line(indent + 2, (n == 0 ? "- " : "  ") + line)
                    }
                }
            default:
                w.line(indent, "\(field.id): \(scalar(field))")
            }
        }
    }

    /// A level near the propensity, within 0 to 1.
    mutating func level() -> Double { min(1, max(0, propensity + (rng.unit() - 0.5) * 0.4)) }

    mutating func scalar(_ field: FormField) -> String {
        let bounds = field.effectiveBounds
        switch field.type {
        case .boolean:
            return rng.unit() < propensity.squareRoot() ? "true" : "false"
        case .integer:
            // Bounds come from the form as numbers: the first whole number at or above the minimum, the last at
            // or below the maximum, within what an Int holds (a bound truncated toward zero, 0.5 to 0, would
            // write a value out of range; one past Int.max would trap).
            let low = Self.whole((bounds.min ?? 0).rounded(.up))
            let high = bounds.max.map { Self.whole($0.rounded(.down)) }
            var value: Int
            if let high {
                // The span of a range as wide as an Int's (-9e18 to 9e18) overflows: drawn from Int.max values then,
                // and held below `high` after.
                let span = high.subtractingReportingOverflow(low)
                let count = span.overflow || span.partialValue == Int.max ? Int.max : span.partialValue + 1
                value = low &+ rng.below(max(1, count))
            } else if let previous = previousInteger {
                value = max(low, Self.whole(Double(previous) * (0.5 + 0.5 * level())))
            } else {
                let (sum, overflow) = low.addingReportingOverflow(1 + Int(rng.unit() * 60 * (0.2 + propensity)))
                value = overflow ? low : sum
            }
            if let high { value = min(value, high) }
            value = max(value, low)
            previousInteger = value
            return String(value)
        case .number, .ratio, .percent:
            let low = bounds.min ?? 0
            let high = bounds.max ?? 100
            var x = low + (high - low) * level()
            // Under 1 on a 0-to-100 scale reads as a percentage written as a fraction, which the batch warns of:
            // a synthetic population is clean unless made otherwise, so such a value is written as 0.
            if FractionOnPercentScale.applies(to: field), FractionOnPercentScale.matches((x * 100).rounded() / 100) { x = 0 }
            return decimal(x, within: low...max(low, high))
        case .date:
            let day = 1 + rng.below(28), month = 1 + rng.below(12)
            return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        case .text:
            let prompt = field.prompt.es.count <= 60 ? field.prompt.es : field.id
            return YAMLWriter.quoted("\(prompt) (\(id))")
        case .choice:
            guard !field.options.isEmpty else { return YAMLWriter.quoted("") }
            return YAMLWriter.quoted(field.options[rng.below(field.options.count)].id)
        case .choices:
            let chosen = field.options.filter { _ in rng.unit() < propensity + 0.1 }
            return "[" + chosen.map { YAMLWriter.quoted($0.id) }.joined(separator: ", ") + "]"
        case .evidence:
            return rng.unit() < propensity.squareRoot() ? "[" + YAMLWriter.quoted("https://transparencia.example.gob.mx/\(id)/\(field.id).pdf") + "]" : "[]"
        case .list:
            return "[]"
        }
    }

    /// Two decimals, fixed, the sign in front (`-4.37`, never `-4.0-37`). A value that two decimals would take out
    /// of its bounds (a minimum of 0.001), or too large for them, is written in full.
    func decimal(_ x: Double, within bounds: ClosedRange<Double>) -> String {
        let scaled = (x * 100).rounded()
        guard scaled.magnitude < 9e15, let hundredths = Int64(exactly: scaled), bounds.contains(scaled / 100) else { return String(x) }
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        return (hundredths < 0 ? "-" : "") + "\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// `x` (already whole) as an Int, held within the Int range.
    static func whole(_ x: Double) -> Int {
        if x.isNaN { return 0 }
        if x >= 9.2e18 { return Int.max }
        if x <= -9.2e18 { return Int.min }
        return Int(x)
    }
}
