/// Diagnostics collected while loading, kept in the order a person wants to read them
/// (by file, line and column) and capped so a hostile file cannot flood the output.
public struct DiagnosticList: Sendable, Codable, Hashable {
    public static let defaultCap = 200

    public private(set) var items: [Diagnostic] = []
    /// How many diagnostics were dropped past the cap.
    public private(set) var dropped = 0
    public let cap: Int

    public init(cap: Int = DiagnosticList.defaultCap) {
        self.cap = cap
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        if items.count < cap {
            items.append(diagnostic)
        } else {
            dropped += 1
        }
    }

    public mutating func append(contentsOf diagnostics: some Sequence<Diagnostic>) {
        for diagnostic in diagnostics { append(diagnostic) }
    }

    public var hasErrors: Bool { items.contains(where: \.isError) }
    public var isEmpty: Bool { items.isEmpty }
    public var errorCount: Int { items.count(where: \.isError) }

    /// Sorted by place; diagnostics with no place come first (they concern the whole input).
    public var sorted: [Diagnostic] {
        items.enumerated().sorted { a, b in
            switch (a.element.range?.start, b.element.range?.start) {
            case let (x?, y?): x == y ? a.offset < b.offset : x < y
            case (nil, _?): true
            case (_?, nil): false
            case (nil, nil): a.offset < b.offset
            }
        }.map(\.element)
    }
}
