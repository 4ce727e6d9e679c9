import AperturaSource

/// Why an expression was rejected before evaluation, with its position in the expression.
public struct CELCompileError: Error, Hashable, Sendable {
    /// Stable code: `expr_syntax_error`, `expr_undeclared_reference`, `expr_unknown_function`,
    /// `expr_type_mismatch`, `expr_unknown_field`, `expr_invalid_regex`, `expr_too_long`, `expr_too_deep`.
    public var code: String
    /// What went wrong, in Spanish and English.
    public var message: LocalizedText
    /// UTF-8 byte offset into the expression source.
    public var offset: Int
    /// 1-based line within the expression.
    public var line: Int
    /// 1-based column within the line, counting Unicode scalars.
    public var column: Int
    /// A hint such as "did you mean 'acta'?", for a misspelt variable, field or function.
    public var help: LocalizedText?

    /// Creates an error; line and column are derived from `offset` in `source`.
    init(code: String, message: LocalizedText, offset: Int, source: [UInt8], help: LocalizedText? = nil) {
        self.code = code
        self.help = help
        self.message = message
        self.offset = offset
        var line = 1
        var column = 1
        var i = 0
        let end = min(offset, source.count)
        while i < end {
            let byte = source[i]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1  // count scalars: skip UTF-8 continuation bytes
            }
            i += 1
        }
        self.line = line
        self.column = column
    }

    /// The error codes, as constants for callers that match on them.
    public static let syntaxError = "expr_syntax_error"
    public static let undeclaredReference = "expr_undeclared_reference"
    public static let unknownFunction = "expr_unknown_function"
    public static let typeMismatch = "expr_type_mismatch"
    public static let unknownField = "expr_unknown_field"
    public static let invalidRegex = "expr_invalid_regex"
    public static let tooLong = "expr_too_long"
    public static let tooDeep = "expr_too_deep"
}
