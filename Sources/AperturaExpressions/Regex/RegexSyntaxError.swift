import AperturaSource

/// Why a pattern is not a valid RE2 regular expression, and where (a position in scalars).
struct RegexSyntaxError: Error {
    let message: LocalizedText
    let position: Int

    init(_ es: String, _ en: String, at position: Int) {
        message = LocalizedText(es: es, en: en)
        self.position = position
    }
}
