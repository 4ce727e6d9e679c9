import AperturaModel
import AperturaSource
import Foundation

/// A string compared with a value of a closed set (`institution.kind`, `institution.order`,
/// `institution.state`, a `choice` or `choices` field) must be one of its values: the checker sees only
/// strings, so `institution.kind == "municipios"` compiles and is silently never true, and a rule that
/// applies `when` it applies to no one. Reads the expression's text, like `weights_sum`.
struct ComparedValueCheck {
    /// The values each path may take.
    let allowed: [String: [String]]
    /// The choice fields of the items of each list field (`participacion.mecanismos` → `tipo` → values), for
    /// a comprehension variable over that list (`participacion.mecanismos.exists(m, m.tipo == 'x')`).
    let itemChoices: [String: [String: [String]]]

    init(ruleSet: RuleSet) {
        self.init(allowedFrom: ruleSet.form)
    }

    /// The closed sets of the institution, and those of the `choice` and `choices` fields of `form`.
    init(allowedFrom form: [FormSection]) {
        var allowed: [String: [String]] = [
            "institution.kind": InstitutionKind.allCases.map(\.rawValue),
            "institution.order": GovernmentOrder.allCases.map(\.rawValue),
            "institution.state": MexicanState.all.map(\.id),
        ]
        var itemChoices: [String: [String: [String]]] = [:]
        for section in form {
            for field in section.fields where field.type == .choice || field.type == .choices {
                allowed["\(section.id).\(field.id)"] = field.options.map(\.id)
            }
            for list in section.fields where list.type == .list {
                for item in list.items where item.type == .choice || item.type == .choices {
                    itemChoices["\(section.id).\(list.id)", default: [:]][item.id] = item.options.map(\.id)
                }
            }
        }
        self.allowed = allowed
        self.itemChoices = itemChoices
    }

    /// Every expression of a rule set: indicator values, checks, and `applies_to.when` of rules and sections.
    static func expressions(of ruleSet: RuleSet) -> [ExpressionSource] {
        var found: [ExpressionSource] = ruleSet.indicators.map(\.value)
        for rule in ruleSet.rules {
            if case .check(let check, _) = rule.body { found.append(check) }
            if let when = rule.appliesTo.when { found.append(when) }
        }
        found += ruleSet.form.compactMap(\.appliesTo.when)
        return found
    }

    func run(_ expressions: [ExpressionSource]) -> [Diagnostic] {
        expressions.flatMap(check)
    }

    private static let path = #"([a-z][a-z0-9_]*\.[a-z][a-z0-9_]*)"#
    private static let literal = #"(?:"([^"\\]*)"|'([^'\\]*)')"#
    /// `path == 'x'`, `path != 'x'`, `'x' == path`, `'x' in path` (for a `choices` list), `path in ['x', ...]`.
    private static let patterns: [(NSRegularExpression, path: Int)] = [
        (#"(?<![\w.])"# + path + #"\s*[!=]=\s*"# + literal, 1),
        (literal + #"\s*(?:[!=]=|in)\s*"# + path + #"(?![\w.(])"#, 3),
    ].map { (try! NSRegularExpression(pattern: $0.0), $0.1) }
    private static let list = try! NSRegularExpression(pattern: #"(?<![\w.])"# + path + #"\s+in\s+\[([^\]]*)\]"#)
    private static let item = try! NSRegularExpression(pattern: literal)

    private static let binding = try! NSRegularExpression(
        pattern: #"(?<![\w.])([a-z][a-z0-9_]*\.[a-z][a-z0-9_]*)\.(?:all|exists|exists_one|existsOne|filter|map)\(\s*([a-z_][a-z0-9_]*)\s*,"#)

    /// The closed sets of the fields of comprehension variables bound over a list field in `text`; a
    /// variable name bound over two different lists is left out (which one a use means is not clear).
    private func comprehensionChoices(in text: String) -> [String: [String]] {
        var lists: [String: String?] = [:]
        for match in Self.binding.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let list = Range(match.range(at: 1), in: text).map({ String(text[$0]) }),
                let variable = Range(match.range(at: 2), in: text).map({ String(text[$0]) }) else { continue }
            if let seen = lists[variable], seen != list { lists[variable] = .some(nil) } else { lists[variable] = list }
        }
        var found: [String: [String]] = [:]
        for (variable, list) in lists {
            guard let list, let fields = itemChoices[list] else { continue }
            for (field, values) in fields { found["\(variable).\(field)"] = values }
        }
        return found
    }

    private func check(_ expression: ExpressionSource) -> [Diagnostic] {
        let text = expression.text
        let whole = NSRange(text.startIndex..., in: text)
        var found: [Diagnostic] = []
        let allowed = self.allowed.merging(comprehensionChoices(in: text)) { own, _ in own }
        func report(_ value: NSRange, in path: String) {
            guard let values = allowed[path], let range = Range(value, in: text) else { return }
            let written = String(text[range])
            guard !values.contains(written) else { return }
            let offset = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
            let at = expression.location(ofOffset: offset)
            let help = Suggestion.closest(to: written, in: values).map { LocalizedText(es: "¿quiso decir «\($0)»?", en: "did you mean '\($0)'?") }
                ?? LocalizedText(es: "valores: \(values.joined(separator: ", "))", en: "values: \(values.joined(separator: ", "))")
            found.append(.error(
                "unknown_value",
                LocalizedText(es: "«\(written)» no es un valor de \(path): la comparación nunca se cumple",
                              en: "'\(written)' is not a value of \(path): the comparison never holds"),
                at: SourceRange(at: at), help: help))
        }
        for (regex, pathGroup) in Self.patterns {
            for match in regex.matches(in: text, range: whole) {
                guard let pathRange = Range(match.range(at: pathGroup), in: text) else { continue }
                let valueGroup = pathGroup == 1 ? (match.range(at: 2).location != NSNotFound ? 2 : 3) : (match.range(at: 1).location != NSNotFound ? 1 : 2)
                report(match.range(at: valueGroup), in: String(text[pathRange]))
            }
        }
        for match in Self.list.matches(in: text, range: whole) {
            guard let pathRange = Range(match.range(at: 1), in: text) else { continue }
            for item in Self.item.matches(in: text, range: match.range(at: 2)) {
                report(item.range(at: item.range(at: 1).location != NSNotFound ? 1 : 2), in: String(text[pathRange]))
            }
        }
        return found
    }
}
