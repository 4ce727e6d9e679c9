/// The output formats of the commands that report diagnostics (`lint`, `validate`): text for people, JSON for
/// scripts and portals, SARIF 2.1.0 for code hosts and editors.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case text, json, sarif
}
