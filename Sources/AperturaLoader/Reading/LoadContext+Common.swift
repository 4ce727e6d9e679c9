import AperturaModel
import AperturaSource
import AperturaYAML

/// Readers for the structures several files share: citations, goals, baselines, applicability.
extension LoadContext {
    enum CitationKey: String, CaseIterable { case ref, section, note }

    func citation(_ node: YAMLNode) -> Citation? {
        guard var reader = MappingReader<CitationKey>(node, self, what: LocalizedText(es: "una cita {ref, section}", en: "a citation {ref, section}")) else { return nil }
        let refNode = reader.required(.ref)
        let ref = refNode.flatMap(identifier)
        let sectionNode = reader.required(.section)
        let section = sectionNode.flatMap(string)
        let note = reader.optional(.note).flatMap(localized)
        reader.finish()
        guard let ref, let section else { return nil }
        var citation = Citation(ref: SourceID(ref), section: section, note: note, range: node.range, refRange: refNode?.range)
        citation.sectionRange = sectionNode?.range
        return citation
    }

    enum GoalKey: String, CaseIterable { case phase, target, strict, status, source, rationale }

    /// A goal. `official` (the default) needs a source; `proposed` needs a rationale.
    func goal(_ node: YAMLNode, boolean: Bool) -> Goal? {
        guard var reader = MappingReader<GoalKey>(node, self, what: LocalizedText(es: "una meta", en: "a goal")) else { return nil }
        let phaseNode = reader.required(.phase)
        let phase = phaseNode.flatMap(identifier)
        let targetNode = reader.required(.target)
        let target: Goal.Target? = targetNode.flatMap { node in
            boolean ? bool(node).map(Goal.Target.bool) : number(node).map(Goal.Target.number)
        }
        let strict = reader.optional(.strict).flatMap(bool) ?? false
        let status = reader.optional(.status).flatMap { oneOf($0, Goal.Status.self) } ?? .official
        let sourceNode = reader.optional(.source)
        let source = sourceNode.flatMap(citation)
        let rationaleNode = reader.optional(.rationale)
        let rationale = rationaleNode.flatMap { requiredText($0, key: "rationale") }
        reader.finish()
        checkProvenance(status: status, cites: sourceNode != nil, explains: rationaleNode != nil, at: node.range,
                        what: LocalizedText(es: "la meta", en: "the goal"))
        guard let phase, let target else { return nil }
        return Goal(phase: PhaseID(phase), target: target, strict: strict, status: status, source: source, rationale: rationale, range: node.range,
                    phaseRange: phaseNode?.range, targetRange: targetNode?.range)
    }

    /// Honesty: an official value cites its source; a proposed one says why. `cites` and `explains`: whether a
    /// source and a rationale are written at all; one written with errors has them reported, not also as absent.
    func checkProvenance(status: Goal.Status, cites: Bool, explains: Bool, at range: SourceRange, what: LocalizedText) {
        switch status {
        case .official where !cites:
            error(
                "missing_source", es: "\(what.es) es oficial pero no cita su fuente", en: "\(what.text(.en)) is official but cites no source",
                at: range, help: LocalizedText(es: "añada source: {ref, section}, o márquela status: proposed con rationale",
                                               en: "add source: {ref, section}, or mark it status: proposed with a rationale"))
        case .proposed where !explains:
            error(
                "missing_rationale", es: "\(what.es) es una propuesta sin justificación (rationale)",
                en: "\(what.text(.en)) is proposed but gives no rationale", at: range,
                help: LocalizedText(
                    es: "añada rationale: {es: ..., en: ...} con el porqué de lo propuesto, o, si una fuente lo muestra, cítela con source y quite status: proposed",
                    en: "add rationale: {es: ..., en: ...} saying why it is proposed, or, if a source shows it, cite it with source and remove status: proposed"))
        default: break
        }
    }

    enum BaselineKey: String, CaseIterable { case value, year, available, reason, source }

    func baseline(_ node: YAMLNode) -> Baseline? {
        guard var reader = MappingReader<BaselineKey>(node, self, what: LocalizedText(es: "una línea base", en: "a baseline")) else { return nil }
        let available = reader.optional(.available).flatMap(bool) ?? true
        let valueNode = reader.optional(.value)
        let value = valueNode.flatMap(number)
        let year = reader.optional(.year).flatMap(integer).map(Int.init)
        let reason = reader.optional(.reason).flatMap { requiredText($0, key: "reason") }
        let source = reader.required(.source).flatMap(citation)
        reader.finish()
        if available, value == nil || year == nil {
            error("missing_key", es: "una línea base disponible necesita value y year",
                  en: "an available baseline needs value and year", at: node.range)
        }
        if !available, reason == nil {
            error("missing_key", es: "una línea base no disponible necesita reason", en: "an unavailable baseline needs a reason", at: node.range)
        }
        var baseline = Baseline(value: available ? value : nil, year: year, unavailableReason: available ? nil : reason, source: source)
        baseline.valueRange = valueNode?.range
        return baseline
    }

    enum ApplicabilityKey: String, CaseIterable { case orders, kinds, when }

    func applicability(_ node: YAMLNode) -> Applicability? {
        guard var reader = MappingReader<ApplicabilityKey>(node, self, what: LocalizedText(es: "un ámbito de aplicación", en: "an applicability")) else { return nil }
        let orders = reader.optional(.orders).flatMap { list($0) { oneOf($0, GovernmentOrder.self) } }
        let kinds = reader.optional(.kinds).flatMap { list($0) { oneOf($0, InstitutionKind.self) } }
        let when = reader.optional(.when).flatMap(expression)
        reader.finish()
        return Applicability(orders: orders.map(Set.init), kinds: kinds.map(Set.init), when: when)
    }

    /// The root mapping of a document, or nil after reporting an empty document.
    func root(_ document: YAMLDocument, file: String) -> YAMLNode? {
        guard let root = document.root else {
            error("empty_document", es: "el documento está vacío", en: "the document is empty",
                  at: SourceRange(at: SourceLocation(file: file, line: 1, column: 1)))
            return nil
        }
        return root
    }
}

extension LoadContext {
    /// The advice for `<<`, YAML 1.1's merge key: YAML 1.2 has none, so it is an ordinary (unknown) key here.
    static func mergeKeyHelp(_ key: String) -> LocalizedText? {
        key == "<<" ? LocalizedText(es: "las claves de mezcla («<<», de YAML 1.1) no se admiten: escriba las claves completas",
                                    en: "merge keys ('<<', from YAML 1.1) are not supported: write the keys out") : nil
    }
}

extension LoadContext {
    /// Reports `duplicate_id` at each item whose id an earlier item has; `message` gets the id and where the
    /// first one is. `feminine`: whether the Spanish noun of the items is (`regla`, `fase`), for «la primera».
    func reportRepeats<ID: Hashable>(_ items: [(id: ID, range: SourceRange)], feminine: Bool = false,
                                     _ message: (ID, SourceLocation) -> (es: String, en: String)) {
        var first: [ID: SourceRange] = [:]
        for (id, range) in items {
            if let earlier = first[id] {
                let text = message(id, earlier.start)
                error("duplicate_id", es: text.es, en: text.en, at: range,
                      help: LocalizedText(es: "cambie este id o quite la entrada repetida: \(feminine ? "la primera" : "el primero") está en \(earlier.start)",
                                          en: "change this id or remove the repeated entry: the first one is at \(earlier.start)"))
            } else {
                first[id] = range
            }
        }
    }
}
