import AperturaModel

/// A list of form fields (a section's, or a list item's) laid out for the fast reader: names to match
/// the events' keys, and each field's type, bounds and options in arrays of their own. Reading a
/// `FormField` out of its array copies all its strings; these tables are read in place.
final class FieldTable: Sendable {
    let names: NameTable
    let ids: [String]
    let types: [FieldType]
    let lows: [Double]
    let highs: [Double]
    let options: [[String]]
    /// Fields on which a fraction is warned of (`FractionOnPercentScale`).
    let percentScale: [Bool]
    let items: [FieldTable?]

    init(_ fields: [FormField]) {
        names = NameTable(fields.map(\.id))
        ids = fields.map(\.id)
        types = fields.map(\.type)
        lows = fields.map { $0.effectiveBounds.min ?? -.infinity }
        highs = fields.map { $0.effectiveBounds.max ?? .infinity }
        options = fields.map { $0.options.map(\.id) }
        percentScale = fields.map(FractionOnPercentScale.applies(to:))
        items = fields.map { $0.type == .list ? FieldTable($0.items) : nil }
    }

    /// True when `x` is within field `index`'s bounds (those its type implies included).
    func contains(_ x: Double, at index: Int) -> Bool { x >= lows[index] && x <= highs[index] }

    /// True when the full loader would warn of `x` in field `index`: the fast reader, which keeps no
    /// diagnostics, then leaves the document to it.
    func warns(of x: Double, at index: Int) -> Bool { percentScale[index] && FractionOnPercentScale.matches(x) }

    /// How deep answers to these fields nest in YAML collections: the group's mapping, then a list of
    /// texts, or a list of items and each item's own depth.
    var depth: Int {
        let inner = types.indices.map { index -> Int in
            switch types[index] {
            case .list: 1 + (items[index]?.depth ?? 0)
            case .choices, .evidence: 1
            default: 0
            }
        }
        return 1 + (inner.max() ?? 0)
    }
}
