/// Diagnostics collected while loading, kept in the order a person wants to read them
/// (by file, line and column) and capped so a hostile file cannot flood the output.
public struct DiagnosticList: Sendable, Codable, Hashable {
    public static let defaultCap = 200

    public private(set) var items: [Diagnostic] = []
    /// How many diagnostics were dropped past the cap.
    public private(set) var dropped = 0
    public let cap: Int
    /// Errors appended, those dropped past the cap included: kept as they come, so that asking costs
    /// nothing (a loader asks once per document of a stream), and a list filled with warnings still says
    /// that errors came after.
    public private(set) var errorCount = 0
    /// Warnings among `items`: the ones an error arriving at the cap can take the place of.
    private var keptWarnings = 0

    public init(cap: Int = DiagnosticList.defaultCap) {
        self.cap = cap
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        if diagnostic.isError { errorCount += 1 }
        if items.count < cap {
            items.append(diagnostic)
            if !diagnostic.isError { keptWarnings += 1 }
        } else if diagnostic.isError, keptWarnings > 0, let last = items.lastIndex(where: { !$0.isError }) {
            // At the cap, an error drops the last warning kept, so that the errors are shown.
            items.remove(at: last)
            items.append(diagnostic)
            keptWarnings -= 1
            dropped += 1
        } else {
            dropped += 1
        }
    }

    public mutating func append(contentsOf diagnostics: some Sequence<Diagnostic>) {
        for diagnostic in diagnostics { append(diagnostic) }
    }

    /// Appends another list's diagnostics, as if each had been appended here; those `other` dropped past
    /// its own cap stay dropped and counted (its errors among them).
    public mutating func append(contentsOf other: DiagnosticList) {
        for diagnostic in other.items { append(diagnostic) }
        dropped += other.dropped
        errorCount += other.errorCount - other.items.count(where: \.isError)
    }

    public var hasErrors: Bool { errorCount > 0 }
    public var isEmpty: Bool { items.isEmpty }

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
