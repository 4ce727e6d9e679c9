import Foundation

/// The per-institution reports an earlier run left in `institutions/`. Each is named after its row in
/// results.csv (`NNNNNN-<id>.json|md|html`): once the new results.csv is in place, a report this run did not write
/// names a row that now holds another institution, or none, so it goes with the earlier folder. Other files are kept.
enum StaleReports {
    /// Whether a file name has the shape of a per-institution report.
    static func isReportName(_ name: String) -> Bool {
        guard PerInstitutionFormat.allCases.contains(where: { name.hasSuffix("." + $0.fileExtension) }) else { return false }
        let digits = name.prefix { $0.isASCII && $0.isNumber }
        return digits.count >= 6 && name.dropFirst(digits.count).first == "-"
    }
}
