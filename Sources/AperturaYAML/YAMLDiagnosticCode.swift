/// The stable codes of the diagnostics the YAML layer produces. Tools and tests match on these,
/// never on message wording.
public enum YAMLDiagnosticCode: String, Sendable, CaseIterable {
    /// The file could not be opened or read.
    case fileUnreadable = "file_unreadable"
    /// libyaml rejected the text; the message carries its problem and context.
    case syntaxError = "yaml_syntax_error"
    /// A key written without `?` longer than the 1024 characters YAML allows one (`LongImplicitKey`).
    case keyTooLong = "yaml_key_too_long"
    /// A mapping repeats a scalar key.
    case duplicateKey = "yaml_duplicate_key"
    /// The bytes are not valid UTF-8.
    case invalidUTF8 = "yaml_invalid_utf8"
    /// The input is not text: a PDF, a spreadsheet, an image, a program, or any file with a NUL byte near its start.
    case notText = "not_text"
    /// The input starts with a UTF-16 or UTF-32 byte order mark: only UTF-8 is accepted.
    case unsupportedEncoding = "yaml_unsupported_encoding"
    /// Nesting deeper than `YAMLLimits.maxDepth`.
    case tooDeep = "yaml_too_deep"
    /// A document larger than `YAMLLimits.maxDocumentBytes`.
    case tooLarge = "yaml_too_large"
    /// Aliases expand to more nodes than `YAMLLimits.maxAliasExpansion`, or more text than `maxAliasExpansionBytes`.
    case aliasLimit = "yaml_alias_limit"
    /// An alias names an anchor not defined before it in the same document.
    case unknownAlias = "yaml_unknown_alias"
}
