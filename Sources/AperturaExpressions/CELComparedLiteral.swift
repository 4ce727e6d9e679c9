/// A string literal an expression compares with a field path: `institution.kind == "municipio"`,
/// `'x' in seccion.campo`, `seccion.campo in ['a', 'b']`, `m.tipo != 'y'` inside a macro over a list (the
/// path then names the list's items: `participacion.mecanismos[].tipo`). Lint checks the literal against
/// the field's closed set of values: the checker only sees two strings.
public struct CELComparedLiteral: Hashable, Sendable {
    public let path: String
    public let value: String
    /// UTF-8 byte offset of the literal (its opening quote) in the expression.
    public let offset: Int
}
