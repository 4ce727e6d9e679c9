import Foundation

/// The per-institution reports an earlier run left in `institutions/`. Each is named after its row in
/// results.csv (`NNNNNN-<id>.json|md|html`): once the new results.csv is in place, a report this run did not write
/// names a row that now holds another institution, or none, so it is removed. Other files are left alone.
enum StaleReports {
    /// Whether a file name has the shape of a per-institution report.
    static func isReportName(_ name: String) -> Bool {
        guard PerInstitutionFormat.allCases.contains(where: { name.hasSuffix("." + $0.fileExtension) }) else { return false }
        let digits = name.prefix { $0.isASCII && $0.isNumber }
        return digits.count >= 6 && name.dropFirst(digits.count).first == "-"
    }

    /// Removes the reports in `directory` not in `written`; the folder too when nothing is left in it.
    static func remove(in directory: String, keeping written: Set<String>) {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory) else { return }
        for name in names where isReportName(name) && !written.contains(name) {
            try? fm.removeItem(atPath: (directory as NSString).appendingPathComponent(name))
        }
        if written.isEmpty, (try? fm.contentsOfDirectory(atPath: directory))?.isEmpty == true {
            try? fm.removeItem(atPath: directory)
        }
    }
}
