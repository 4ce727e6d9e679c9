/// A report as one of its views (`--view`) is encoded: the JSON form of `ComplianceReport` with the keys
/// the view leaves out left out.
struct ViewedReport: Encodable {
    let report: ComplianceReport
    let view: ReportView

    func encode(to encoder: any Encoder) throws {
        try report.encode(to: encoder, view: view)
    }
}
