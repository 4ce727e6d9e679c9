extension CELType {
    /// Whether the branches of `?:` can share a type: CEL types `_?_:_` as (bool, A, A) -> A, so `int` and
    /// `string`, or `int` and `double`, do not join. `dyn` joins anything, since the checker must not reject
    /// what it cannot see; so does `null`, which CEL joins with nullable types (an unanswered field here).
    func unifies(with other: CELType) -> Bool {
        switch (self, other) {
        case (.dyn, _), (_, .dyn), (.null, _), (_, .null): true
        case (.list(let a), .list(let b)): a.unifies(with: b)
        case (.map(let k1, let v1), .map(let k2, let v2)): k1.unifies(with: k2) && v1.unifies(with: v2)
        default: self == other
        }
    }

    /// Whether the type is int, uint or double: branches of two of them want a conversion.
    var isNumber: Bool {
        switch self {
        case .int, .uint, .double: true
        default: false
        }
    }
}
