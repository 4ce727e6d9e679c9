/// The tool's version: `apertura --version` prints it and a batch's `summary.json` and `report.html` record it,
/// so that a published evaluation can say which tool produced it. Raised with each release, alongside the rule
/// sets' and policies' own versions.
public enum ToolVersion {
    public static let current = "0.1.0"
}
