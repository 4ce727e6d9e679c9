/// A set of Unicode scalars, as a character class describes it: ranges, Unicode general categories,
/// and nested sets (`\D`, `[:^alpha:]` or `\PL` inside brackets), the whole possibly negated.
struct ScalarSet: Sendable {
    enum Item: Sendable {
        case range(UInt32, UInt32)
        case categories([Unicode.GeneralCategory])
        case set(ScalarSet)
    }

    var items: [Item] = []
    var negated = false

    init(items: [Item] = [], negated: Bool = false) {
        self.items = items
        self.negated = negated
    }

    /// A set of ASCII ranges given as pairs of characters, e.g. `"09AZaz__"`.
    init(asciiRanges pairs: String, negated: Bool = false) {
        let bytes = Array(pairs.utf8)
        self.init(items: stride(from: 0, to: bytes.count - 1, by: 2).map { .range(UInt32(bytes[$0]), UInt32(bytes[$0 + 1])) }, negated: negated)
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        contains(scalar, foldCase: false)
    }

    /// With case folding, as RE2 builds a class under `(?i)`: each item is closed under folding (a negated
    /// item such as `\W` is the complement of its folded positive part), then the whole is negated.
    func contains(_ scalar: Unicode.Scalar, foldCase: Bool) -> Bool {
        let variants = foldCase ? CaseFolding.variants(of: scalar) : []
        let found = items.contains { item in
            switch item {
            case .set(let inner): inner.contains(scalar, foldCase: foldCase)
            default: Self.holds(item, scalar) || variants.contains { Self.holds(item, $0) }
            }
        }
        return found != negated
    }

    private static func holds(_ item: Item, _ scalar: Unicode.Scalar) -> Bool {
        switch item {
        case .range(let low, let high): low <= scalar.value && scalar.value <= high
        case .categories(let categories): categories.contains(scalar.properties.generalCategory)
        case .set(let inner): inner.contains(scalar)
        }
    }
}
