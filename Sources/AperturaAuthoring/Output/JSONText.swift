import Foundation

/// The one JSON encoding of Apertura's machine outputs (lint, validate, diff, SARIF): pretty, keys sorted, so
/// that two runs over the same files give the same bytes.
enum JSONText {
    /// `keys`: `.convertToSnakeCase` for Apertura's own JSON, whose keys are snake_case like those of the
    /// reports and `summary.json` (`schema_version`, `as_of`); SARIF keeps its standard's camelCase names.
    static func encode(_ value: some Encodable, keys: JSONEncoder.KeyEncodingStrategy = .useDefaultKeys) -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = keys
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
