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
            let low = Int(bounds.min ?? 0)
            var value: Int
            if let high = bounds.max.map(Int.init) {
                value = low + rng.below(max(1, high - low + 1))
            } else if let previous = previousInteger {
                value = max(low, Int(Double(previous) * (0.5 + 0.5 * level())))
            } else {
                value = low + 1 + Int(rng.unit() * 60 * (0.2 + propensity))
            }
            if let high = bounds.max { value = min(value, Int(high)) }
            previousInteger = value
            return String(value)
        case .number, .ratio, .percent:
            let low = bounds.min ?? 0
            let high = bounds.max ?? 100
            return decimal(low + (high - low) * level())
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

    /// Two decimals, fixed.
    func decimal(_ x: Double) -> String {
        let hundredths = Int((x * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
