import Foundation

/// The report as JSON: sorted keys, pretty-printed, ending in a newline, stable across runs.
public enum JSONReportRenderer {
    public static func render<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// One view of a report (`--view`), as the text and Markdown renderers honour it.
    public static func render(_ report: ComplianceReport, view: ReportView) -> String {
        render(ViewedReport(report: report, view: view))
    }
}
