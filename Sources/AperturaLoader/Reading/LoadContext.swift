public import AperturaSource
import AperturaYAML

/// Collects the diagnostics of one load. Readers report into it and carry on, so that one run
/// shows every problem, never only the first.
public final class LoadContext {
    public private(set) var diagnostics: DiagnosticList
    /// Ids of entries that were written but could not be read, by kind (`indicator`, `rule`...): their own
    /// errors say what to fix, so a reference to one is not reported again as unknown (see `entries`).
    var unreadIDs: [String: Set<String>] = [:]
    /// Files that could not be parsed: whatever they define is unknown to the rest.
    var unreadFiles: [String] = []
    /// Kinds of entries (`section`, `indicator`...) of which some were lost without their id: in an entry with no
    /// readable id, or in a file whose list (or kind) could not be read.
    var lostKinds: Set<String> = []
    /// Sections read, but with an error in one of their fields: a field may be missing from them.
    var incompleteSections: Set<String> = []

    public init(cap: Int = DiagnosticList.defaultCap) {
        diagnostics = DiagnosticList(cap: cap)
    }

    public func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public func report(contentsOf list: some Sequence<Diagnostic>) {
        diagnostics.append(contentsOf: list)
    }

    /// Another load's diagnostics, those it dropped past its cap still counted.
    public func report(contentsOf list: DiagnosticList) {
        diagnostics.append(contentsOf: list)
    }

    func error(_ code: String, es: String, en: String, at range: SourceRange?, help: LocalizedText? = nil) {
        report(.error(code, LocalizedText(es: es, en: en), at: range, help: help))
    }

    func warning(_ code: String, es: String, en: String, at range: SourceRange?, help: LocalizedText? = nil) {
        report(.warning(code, LocalizedText(es: es, en: en), at: range, help: help))
    }

    /// The wrong kind of node: a scalar where a mapping was expected, and so on.
    func typeMismatch(_ node: YAMLNode, expected: LocalizedText, help: LocalizedText? = nil) {
        error(
            "type_mismatch",
            es: "se esperaba \(expected.es), se encontró \(Self.describe(node, .es))",
            en: "expected \(expected.text(.en)), found \(Self.describe(node, .en))",
            at: node.range, help: help)
    }

    static func describe(_ node: YAMLNode, _ language: Language) -> String {
        switch node.kind {
        case .mapping: return language == .es ? "un mapa" : "a mapping"
        case .sequence: return language == .es ? "una lista" : "a list"
        case .scalar(let scalar):
            if scalar.isNull { return language == .es ? "un valor vacío" : "an empty value" }
            let shown = scalar.value.count > 40 ? String(scalar.value.prefix(40)) + "…" : scalar.value
            return language == .es ? "«\(shown)»" : "'\(shown)'"
        }
    }
}
