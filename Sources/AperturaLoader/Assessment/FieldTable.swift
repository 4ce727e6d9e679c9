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
    let items: [FieldTable?]

    init(_ fields: [FormField]) {
        names = NameTable(fields.map(\.id))
        ids = fields.map(\.id)
        types = fields.map(\.type)
        lows = fields.map { $0.effectiveBounds.min ?? -.infinity }
        highs = fields.map { $0.effectiveBounds.max ?? .infinity }
        options = fields.map { $0.options.map(\.id) }
        items = fields.map { $0.type == .list ? FieldTable($0.items) : nil }
    }

    /// True when `x` is within field `index`'s bounds (those its type implies included).
    func contains(_ x: Double, at index: Int) -> Bool { x >= lows[index] && x <= highs[index] }

    /// How deep answers to these fields nest: one, plus two (a list and its item) per level of items.
    var depth: Int { 1 + 2 * (items.compactMap { $0?.depth }.max() ?? 0) }
}
