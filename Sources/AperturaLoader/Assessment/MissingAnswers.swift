public import AperturaModel
public import AperturaSource
public import AperturaYAML

/// The required answers a self-assessment leaves out. `validate` reports them as errors (the file is
/// not ready to submit); `evaluate` judges the rules that read them as "not reported".
public enum MissingAnswers {
    /// `root`: the assessment's YAML document, when at hand. A field written with no value (`sesiones:`, as
    /// the template leaves it) is then reported at its key, and a missing section at `answers:`; without
    /// it, at the start of the section or item that lacks them (the assessment keeps no trace of an empty key).
    /// A section or field written with a value that could not be read (a partial assessment) is not missing:
    /// its error says what is wrong with it. Nor is a section in `notAsked`: no rule that applies to the
    /// institution reads it (`Evaluator.sectionsNotAsked`). A document with no `answers:` key gets one error for it.
    public static func find(in assessment: Assessment, ruleSet: RuleSet, root: YAMLNode? = nil, notAsked: Set<SectionID> = []) -> [Diagnostic] {
        report(in: assessment, ruleSet: ruleSet, root: root, notAsked: notAsked).diagnostics
    }

    /// `find(in:)`'s errors, with the answers they report.
    public static func report(in assessment: Assessment, ruleSet: RuleSet, root: YAMLNode? = nil, notAsked: Set<SectionID> = []) -> Report {
        var found: [Diagnostic] = [], paths = Report.Paths()
        let institution = assessment.institution
        // A period written with a value that could not be read (a date out of range) is not missing either.
        if assessment.periodStart == nil, !isWritten(root?["period"]) {
            let readers = PeriodReaders.rules(of: ruleSet, order: institution.order, kind: institution.kind).map(\.rawValue)
            if !readers.isEmpty {
                paths.insert("period.start")
                paths.insert("period.end")
                let list = readers.joined(separator: ", "), one = readers.count == 1
                // `period:` written with no value, as the template leaves `start:` and `end:` (`missing_key` there):
                // at the key, with their code; left out altogether, at the document's start, as a missing answer.
                let key = keyRange("period", in: root)
                found.append(.error(
                    key == nil ? "missing_answer" : "missing_key",
                    LocalizedText(es: "falta el periodo que se reporta (period: {start, end}), que \(one ? "lee la regla" : "leen las reglas") \(list)",
                                  en: "missing the reporting period (period: {start, end}), which \(one ? "the rule" : "the rules") \(list) \(one ? "reads" : "read")"),
                    at: key ?? SourceRange(at: assessment.range.start),
                    help: LocalizedText(es: "escriba el primer y el último día del periodo que informa, AAAA-MM-DD: por ejemplo, period: {start: 2025-01-01, end: 2025-12-31}",
                                        en: "write the first and the last day of the period reported, YYYY-MM-DD: for example, period: {start: 2025-01-01, end: 2025-12-31}")))
            }
        }
        let answers = root?["answers"]
        let form = ruleSet.form, sectionIDs = form.map(\.id.rawValue)
        let beforeSections = found.count
        for section in form where section.appliesTo.matchesIdentity(order: institution.order, kind: institution.kind) && !notAsked.contains(section.id) {
            let group = assessment.sections[section.id]
            if group == nil, isWritten(answers?[section.id.rawValue]) { continue }
            if group == nil, holdsMisspelling(of: section.id.rawValue, in: answers, candidates: sectionIDs, form: form) { continue }
            let place = group?.range ?? keyRange("answers", in: root) ?? assessment.range
            missing(in: group, node: answers?[section.id.rawValue], fields: section.fields, path: section.id.rawValue, place: place,
                    form: form, into: &found, paths: &paths)
        }
        // No `answers:` at all (not even left empty): one omission, said once, not once per required field.
        if let root, found.count > beforeSections, keyRange("answers", in: root) == nil {
            found.removeSubrange(beforeSections...)
            paths.all = true
            found.append(.error(
                "missing_answer", LocalizedText(es: "falta la sección answers", en: "missing the answers section"),
                at: SourceRange(at: assessment.range.start),
                help: LocalizedText(es: "copie la plantilla (apertura template) y llene sus respuestas",
                                    en: "copy the template (apertura template) and fill in your answers")))
        }
        return Report(diagnostics: found, paths: paths)
    }

    /// The errors `find(in:)` returns, and which answers they report missing.
    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        public var paths: Paths

        /// Answers reported missing, by path (`comite.acta`, `agenda.compromisos[].avance`: an item's place in
        /// its list left out, as the evaluation names it).
        public struct Paths: Sendable {
            var named: Set<String> = []
            /// The whole `answers:` section is reported missing: every answer with it.
            var all = false

            public func contains(_ path: String) -> Bool {
                all ? true : named.contains(Self.withoutPlaces(path))
            }

            mutating func insert(_ path: String) { named.insert(Self.withoutPlaces(path)) }

            /// `a.b[2].c` as `a.b[].c`.
            static func withoutPlaces(_ path: String) -> String {
                var result = "", inBrackets = false
                for character in path {
                    if character == "[" { inBrackets = true; result.append(character) }
                    else if character == "]" { inBrackets = false; result.append(character) }
                    else if !inBrackets { result.append(character) }
                }
                return result
            }
        }
    }

    private static func missing(in group: AnswerGroup?, node: YAMLNode?, fields: [FormField], path: String, place: SourceRange,
                                form: [FormSection], into found: inout [Diagnostic], paths: inout Report.Paths) {
        for field in fields {
            let fieldPath = "\(path).\(field.id)"
            guard let answer = group?[field.id] else {
                if field.required && (!isWritten(node?[field.id]) || AnswerReader.isBlankText(node?[field.id], of: field))
                    && !holdsMisspelling(of: field.id, in: node, candidates: fields.map(\.id), form: form) {
                    paths.insert(fieldPath)
                    found.append(.error(
                        "missing_answer", LocalizedText(es: "falta la respuesta «\(fieldPath)»: \(field.prompt.es)",
                                                        en: "missing answer '\(fieldPath)': \(field.prompt.text(.en))"),
                        at: keyRange(field.id, in: node) ?? SourceRange(at: place.start)))
                }
                continue
            }
            if case .items(let items) = answer.value {
                let itemNodes = node?[field.id]?.sequence
                for (index, item) in items.enumerated() {
                    let itemNode = itemNodes.flatMap { index < $0.count ? $0[index] : nil }
                    missing(in: item, node: itemNode, fields: field.items, path: "\(fieldPath)[\(index)]", place: item.range,
                            form: form, into: &found, paths: &paths)
                }
            }
        }
    }

    /// Whether the mapping `node` holds a key that the loader reports as a misspelling of `expected`: unknown
    /// there, not a field of some section (that one is told where it belongs), with `expected` the closest of
    /// `candidates` ("did you mean"), as `AnswerReader` says. That error, at the typo, already says why the answer
    /// is not read: listing it (or a whole section's) as missing too would count one slip several times.
    private static func holdsMisspelling(of expected: String, in node: YAMLNode?, candidates: [String], form: [FormSection]) -> Bool {
        guard let pairs = node?.mapping else { return false }
        return pairs.contains { pair in
            guard let name = pair.key.scalar?.value, !candidates.contains(name), LoadContext.mergeKeyHelp(name) == nil,
                  !form.contains(where: { $0.fields.contains { $0.id == name } }) else { return false }
            return Suggestion.closest(to: name, in: candidates) == expected
        }
    }

    /// A value written in the file, one that is there and is not an empty key (`field:`).
    private static func isWritten(_ node: YAMLNode?) -> Bool {
        guard let node else { return false }
        return !(node.scalar.map { $0.isNull && $0.style == .plain } ?? false)
    }

    /// Where `key` is written in the mapping `node`, if it is.
    public static func keyRange(_ key: String, in node: YAMLNode?) -> SourceRange? {
        guard let pair = node?.mapping?.first(where: { $0.key.scalar?.value == key }) else { return nil }
        return SourceRange(at: pair.key.range.start)
    }
}
