import Foundation

/// The report as JSON: sorted keys, pretty-printed, ending in a newline, stable across runs.
public enum JSONReportRenderer {
    /// A number past the range of numbers (a distance between two goals near 1e308) has no JSON number: it is
    /// written as the string "Infinity" ("-Infinity", "NaN"), as in summary.json. Failing to encode used to give
    /// `{}` and exit 0, a report with nothing in it.
    static let nonFinite = JSONEncoder.NonConformingFloatEncodingStrategy.convertToString(
        positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")

    public static func render<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = nonFinite
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch {
            // Plain values only: encoding cannot fail once numbers are taken care of.
            preconditionFailure("the JSON report could not be encoded: \(error)")
        }
    }

    /// One view of a report (`--view`), as the text and Markdown renderers honour it.
    public static func render(_ report: ComplianceReport, view: ReportView) -> String {
        render(ViewedReport(report: report, view: view))
    }
}
