public import AperturaModel
public import AperturaSource
import AperturaYAML
import Foundation

/// Loads a rule set folder: every `*.yaml` below it except `*.tests.yaml`, each declaring its `kind`.
public enum RuleSetLoader {
    /// The rule set, or nil when it has errors; the diagnostics either way.
    public static func load(directory: String, limits: YAMLLimits = .default) -> (RuleSet?, DiagnosticList) {
        let (partial, diagnostics) = loadPartial(directory: directory, limits: limits)
        return (diagnostics.hasErrors ? nil : partial?.ruleSet, diagnostics)
    }

    enum DocumentKey: String, CaseIterable {
        case kind
        // ruleset
        case id, version, name, instrument, issuer, approved, horizon, status, legalBasis = "legal_basis",
            legalSources = "legal_sources", source,
            sources, phases, objectives
        // form, indicators, rules, population goals
        case sections, indicators, rules
        case populationGoals = "population_goals"
    }

    enum Kind: String, CaseIterable {
        case ruleset, form, indicators, rules
        case populationGoals = "population_goals"
    }

    static func readDocument(_ root: YAMLNode, file: String, into parts: inout RuleSetParts, _ context: LoadContext) {
        // A policy among the rules (`--rules Policies`) is not a rule file written wrongly: said once, as what it is.
        if let kind = root["kind"], kind.scalar?.value == "policy" {
            context.error("not_a_rule_file", es: "«\(file)» es una política (`kind: policy`), no un archivo de reglas",
                          en: "'\(file)' is a policy (`kind: policy`), not a rule file", at: kind.range,
                          help: LocalizedText(es: "indique la política con --policy y en --rules la carpeta del conjunto de reglas (Rules/<conjunto>)",
                                              en: "give the policy with --policy, and --rules the rule set's folder (Rules/<set>)"))
            return
        }
        guard var reader = MappingReader<DocumentKey>(root, context, what: LocalizedText(es: "un mapa con kind", en: "a mapping with a kind")) else { return }
        // A file whose kind or list key cannot be read adds none of its entries, as one YAML cannot parse: the
        // references to them then say to fix this file first, rather than only that they do not exist.
        func unread() { if !context.unreadFiles.contains(file) { context.unreadFiles.append(file) } }
        guard let kind = reader.required(.kind).flatMap({ context.oneOf($0, Kind.self) }) else {
            unread()
            context.lostKinds.formUnion(["section", "indicator"])
            return
        }
        func list(_ key: DocumentKey) -> YAMLNode? {
            let node = reader.required(key)
            if node == nil {
                unread()
                if key == .sections { context.lostKinds.insert("section") }
                if key == .indicators { context.lostKinds.insert("indicator") }
            }
            return node
        }
        switch kind {
        case .ruleset: readRuleSetInfo(&reader, into: &parts, context)
        case .form: parts.form += list(.sections).flatMap { context.entries($0, kind: "section") { section($0, context) } } ?? []
        case .indicators: parts.indicators += list(.indicators).flatMap { context.entries($0, kind: "indicator") { indicator($0, context) } } ?? []
        case .rules: parts.rules += list(.rules).flatMap { context.entries($0, kind: "rule") { rule($0, context) } } ?? []
        case .populationGoals:
            parts.populationGoals += list(.populationGoals).flatMap { context.entries($0, kind: "population goal") { populationGoal($0, context) } } ?? []
        }
        // Keys of other kinds are unknown here.
        reader.finish()
    }

    /// The rule files of a folder, sorted so that loading is reproducible.
    static func yamlFiles(in directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if (relative.hasSuffix(".yaml") || relative.hasSuffix(".yml")) && !relative.hasSuffix(".tests.yaml") {
                files.append((directory as NSString).appendingPathComponent(relative))
            }
        }
        return files.sorted()
    }
}
