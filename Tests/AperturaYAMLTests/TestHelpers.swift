import AperturaSource
import AperturaYAML

/// Small helpers shared by the YAML tests.
enum Load {
    static func parse(_ text: String, file: String = "t.yaml", limits: YAMLLimits = .default) -> YAMLParseResult {
        YAMLParser.parse(Array(text.utf8), file: file, limits: limits)
    }

    /// The root of the only document of `text`, which must load without diagnostics.
    static func root(_ text: String) -> YAMLNode? {
        let result = parse(text)
        guard result.diagnostics.isEmpty, result.documents.count == 1 else { return nil }
        return result.documents[0].root
    }
}

extension SourceLocation {
    /// `(line, column)`, for compact expectations.
    var pair: [Int] { [line, column] }
}
