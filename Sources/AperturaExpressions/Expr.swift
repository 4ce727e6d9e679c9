/// A parsed CEL expression, macros already expanded. Offsets are UTF-8 byte offsets.
struct Expr {
    indirect enum Kind {
        case literal(CELValue)
        /// A name; `rooted` for a leading `.` (`.a.b`), which skips comprehension variables.
        case ident(String, rooted: Bool)
        /// `operand.field`; `testOnly` for the `has()` macro.
        case select(Expr, String, testOnly: Bool)
        /// A global call (`target` nil) or a receiver call (`target.function(args)`).
        case call(String, target: Expr?, args: [Expr])
        case list([Expr])
        case map([(Expr, Expr)])
        case comprehension(Comprehension)
    }

    var kind: Kind
    var offset: Int
    /// Where a selection's field name starts (`offset` is its dot): an unknown field is shown at its name.
    var fieldOffset: Int? = nil
}

/// The loop a macro expands to.
struct Comprehension {
    enum Kind {
        case all, exists, existsOne
        /// `map` / `transformList`: `transform` for each element (that passes `filter`, if any).
        case map
        case filter
        /// `transformMap`: a map from each key to `transform`.
        case transformMap
        /// `cel.bind(name, init, body)`: `range` is the value bound to `variable`.
        case bind
    }

    var kind: Kind
    /// The first loop variable: the element (one-variable form) or the index/key.
    var variable: String
    /// The second loop variable of two-variable forms: the element value.
    var valueVariable: String?
    var range: Expr
    var filter: Expr?
    /// The predicate (all/exists/existsOne/filter), the transform (map...) or the body (bind).
    var body: Expr
}
