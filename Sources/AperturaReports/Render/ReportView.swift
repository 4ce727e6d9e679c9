/// Which view of a report to render: the compliance view, the gap view, or both.
public enum ReportView: String, Codable, Sendable, CaseIterable {
    case all, compliance, gaps

    var showsCompliance: Bool { self != .gaps }
    var showsGaps: Bool { self != .compliance }
}
