import Foundation

/// `summary.json`: sorted keys, snake_case, pretty-printed, ending in a newline.
public enum SummaryJSON {
    public static func render(_ summary: BatchSummary) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        guard let data = try? encoder.encode(summary) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
