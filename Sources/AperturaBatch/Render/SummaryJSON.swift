import Foundation

/// `summary.json`: sorted keys, snake_case, pretty-printed, ending in a newline.
public enum SummaryJSON {
    /// A mean past the range of numbers (answers near 1e308 summed) has no JSON number: it is written as the
    /// string "Infinity" (or "-Infinity", "NaN"), visible where it stands, rather than failing the whole file.
    static let nonFinite = JSONEncoder.NonConformingFloatEncodingStrategy.convertToString(
        positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")

    public static func render(_ summary: BatchSummary) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.nonConformingFloatEncodingStrategy = nonFinite
        do {
            return String(decoding: try encoder.encode(summary), as: UTF8.self) + "\n"
        } catch {
            // Plain values only: encoding cannot fail once numbers are taken care of.
            preconditionFailure("summary.json could not be encoded: \(error)")
        }
    }
}
