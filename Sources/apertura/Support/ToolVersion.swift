/// The version `apertura --version` prints, so that a published evaluation can say which tool produced it.
/// Raised with each release, alongside the rule sets' and policies' own versions.
enum ToolVersion {
    static let current = "0.1.0"
}
