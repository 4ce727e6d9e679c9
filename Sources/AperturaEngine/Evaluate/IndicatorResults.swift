public import AperturaModel

/// The indicators' results of one evaluation, in the compiled rule set's indicator order, read by id
/// through an index that every evaluation of the rule set shares: no dictionary is built (hashed,
/// filled and freed) for each self-assessment.
public struct IndicatorResults: Hashable, Sendable {
    /// Which indicator each position holds.
    public let index: IndicatorIndex
    /// The results by position in `index.ids` (while the indicators are computed, those so far).
    public let ordered: [IndicatorResult]

    init(index: IndicatorIndex, ordered: [IndicatorResult]) {
        precondition(ordered.count <= index.ids.count, "at most one result per indexed indicator")
        self.index = index
        self.ordered = ordered
    }

    /// The result of indicator `id`; nil for an indicator that was not computed (unknown, or on a cycle).
    public subscript(id: IndicatorID) -> IndicatorResult? {
        index.position(of: id).flatMap { $0 < ordered.count ? ordered[$0] : nil }
    }

    /// Every result with its indicator's id, in evaluation order.
    public var pairs: some Sequence<(id: IndicatorID, result: IndicatorResult)> {
        zip(index.ids, ordered).lazy.map { (id: $0, result: $1) }
    }

    public static func == (lhs: IndicatorResults, rhs: IndicatorResults) -> Bool {
        (lhs.index === rhs.index || lhs.index.ids == rhs.index.ids) && lhs.ordered == rhs.ordered
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(index.ids)
        hasher.combine(ordered)
    }
}

/// The positions of a compiled rule set's indicators, made once per rule set. A class: every
/// evaluation holds it, and a reference is one count where a dictionary would be copied.
public final class IndicatorIndex: Sendable {
    /// The indicators in evaluation order (each after those it reads).
    public let ids: [IndicatorID]
    private let positions: [IndicatorID: Int]

    init(_ ids: [IndicatorID]) {
        self.ids = ids
        // The last position of a repeated id, as a dictionary filled in order would keep it.
        positions = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { _, last in last })
    }

    public func position(of id: IndicatorID) -> Int? { positions[id] }
}
