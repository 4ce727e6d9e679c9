public import AperturaModel
public import AperturaSource
import AperturaYAML

/// Loads an evaluation policy file (`kind: policy`).
public enum PolicyLoader {
    enum Key: String, CaseIterable {
        case kind, id, version, name
        case ruleSet = "rule_set"
        case authority, status, source, rationale, calendar, scoring, levels, quadrants, applicability, waivers
    }

    public static func load(file: String, limits: YAMLLimits = .default) -> (Policy?, DiagnosticList) {
        let (partial, diagnostics) = loadPartial(file: file, limits: limits)
        return (diagnostics.hasErrors ? nil : partial?.policy, diagnostics)
    }

    /// Like `load(file:)`, but hands back whatever could be read even when there are errors (nil only when
    /// the file or its `rule_set` cannot be read), so that `lint` can run its other checks on the rest.
    public static func loadPartial(file: String, limits: YAMLLimits = .default) -> (PartialPolicy?, DiagnosticList) {
        let context = LoadContext()
        let parsed = YAMLParser.parseFile(atPath: file, limits: limits)
        context.report(contentsOf: parsed.diagnostics)
        var policy: PartialPolicy?
        if let document = parsed.documents.first, let root = context.root(document, file: file) {
            if let wrongKind = notAPolicy(root, file: file) { context.report(wrongKind) } else { policy = read(root, file: file, context) }
        } else if !context.diagnostics.hasErrors {
            context.error("empty_document", es: "el archivo de política está vacío", en: "the policy file is empty",
                          at: SourceRange(at: SourceLocation(file: file, line: 1, column: 1)))
        }
        if parsed.documents.count > 1 {
            context.error("multiple_documents", es: "un archivo de política lleva un solo documento",
                          en: "a policy file holds one document", at: parsed.documents[1].range)
        }
        return (policy, context.diagnostics)
    }

    enum PolicyKind: String, CaseIterable { case policy }

    static func read(_ root: YAMLNode, file: String, _ context: LoadContext) -> PartialPolicy? {
        guard var reader = MappingReader<Key>(root, context, what: LocalizedText(es: "una política", en: "a policy")) else { return nil }
        // The errors the loader reports inside a part, counted as the part is read and checked.
        var incomplete: Set<PartialPolicy.Part> = []
        func reading<T>(_ part: PartialPolicy.Part, _ read: () -> T) -> T {
            let before = context.diagnostics.errorCount
            let value = read()
            if context.diagnostics.errorCount > before { incomplete.insert(part) }
            return value
        }
        _ = reader.required(.kind).flatMap { context.oneOf($0, PolicyKind.self) }
        let id = reader.required(.id).flatMap(context.identifier)
        let version = reader.required(.version).flatMap { context.requiredString($0, key: "version") }
        let nameNode = reader.required(.name), ruleSetNode = reader.required(.ruleSet), authorityNode = reader.required(.authority)
        let name = nameNode.flatMap { context.requiredText($0, key: "name") }
        let ruleSet = ruleSetNode.flatMap(context.identifier)
        let authority = authorityNode.flatMap { context.requiredText($0, key: "authority") }
        let status = reader.required(.status).flatMap { context.oneOf($0, RuleSetInfo.Status.self) }
        let sourceNode = reader.optional(.source)
        let source = sourceNode.flatMap(context.citation)
        let rationaleNode = reader.optional(.rationale)
        let rationale = rationaleNode.flatMap { context.requiredText($0, key: "rationale") }
        let calendarNode = reading(.calendar) { reader.required(.calendar) }
        let calendar = reading(.calendar) { calendarNode.flatMap { context.list($0) { calendarEntry($0, context) } } ?? [] }
        let scoring = reading(.scoring) { reader.required(.scoring).flatMap { scoringModel($0, context) } }
        let levelsNode = reading(.levels) { reader.required(.levels) }
        let levels = reading(.levels) { levelsNode.flatMap { context.list($0) { level($0, context) } } ?? [] }
        let quadrants = reader.optional(.quadrants).flatMap { self.quadrants($0, context) }
        let applicability = reader.optional(.applicability).flatMap { context.list($0) { entry($0, context) } } ?? []
        let waivers = reader.optional(.waivers).flatMap { context.list($0) { waiver($0, context) } } ?? []
        reader.finish()
        // A source or rationale written with errors has them reported, not also as absent.
        if sourceNode == nil && rationaleNode == nil {
            context.error("missing_source", es: "la política no cita su fuente ni da una justificación (rationale)",
                          en: "the policy cites no source and gives no rationale", at: SourceRange(at: root.range.start))
        }
        reading(.levels) { checkLevels(levels, written: levelsNode, context) }
        reading(.calendar) {
            if let calendarNode, calendarNode.sequence?.isEmpty == true {
                context.error("missing_key", es: "el calendario necesita al menos una fase", en: "the calendar needs at least one phase",
                              at: calendarNode.range)
            }
            checkCalendar(calendar, context)
        }
        // Without the rule set it evaluates, nothing can be checked against it.
        guard let ruleSet else { return nil }
        if calendarNode == nil { incomplete.insert(.calendar) }
        if scoring == nil { incomplete.insert(.scoring) }
        if levelsNode == nil { incomplete.insert(.levels) }
        // What is missing is reported above; the stand-ins only let the rest be checked.
        let policy = Policy(
            id: id ?? "", version: version ?? "", name: name ?? LocalizedText(es: "", en: ""), ruleSet: ruleSet,
            authority: authority ?? LocalizedText(es: "", en: ""), status: status ?? .draft,
            source: source, rationale: rationale, calendar: calendar,
            scoring: scoring ?? ScoringModel(model: .weightedRules, credit: .binary, formula: LocalizedText(es: "", en: ""), objectiveWeights: [:]),
            levels: levels, quadrants: quadrants, applicability: applicability, waivers: waivers, file: file, range: root.range,
            ruleSetRange: ruleSetNode?.range, nameRange: nameNode?.range, authorityRange: authorityNode?.range,
            rationaleRange: rationaleNode?.range, calendarRange: calendarNode?.range)
        return PartialPolicy(policy: policy, incomplete: incomplete)
    }

    /// Levels go from best to worst, thresholds falling, and the last one takes the rest.
    static func checkLevels(_ levels: [ComplianceLevel], written node: YAMLNode?, _ context: LoadContext) {
        guard let last = levels.last else {
            // Only of a list written empty: a missing key, a list of the wrong type or of unreadable levels has
            // its own error already.
            if let node, node.sequence?.isEmpty == true {
                context.error("missing_key", es: "la política necesita al menos un nivel", en: "the policy needs at least one level", at: node.range)
            }
            return
        }
        if last.threshold != .rest {
            context.error("invalid_value", es: "el último nivel no lleva umbral: recoge el resto de puntajes",
                          en: "the last level takes no threshold: it collects every other score", at: last.thresholdRange ?? last.range)
        }
        context.reportRepeats(levels.map { ($0.id, $0.idRange ?? $0.range) }) { id, first in
            ("nivel «\(id)» repetido (ya definido en \(first))", "duplicate level '\(id)' (already defined at \(first))")
        }
        // Each level must admit a score the ones before it do not: a lower threshold, or the same one
        // taken inclusively after a strict one (`above: 0.6` then `at_least: 0.6` gives 0.6 to the second).
        var previous: ComplianceLevel?
        func shown(_ threshold: ComplianceLevel.Threshold) -> String {
            switch threshold {
            case .above(let x): "above: \(UnitRange.shown(x))"
            case .atLeast(let x): "at_least: \(UnitRange.shown(x))"
            case .rest: ""
            }
        }
        for level in levels.dropLast() {
            switch level.threshold {
            case .above, .atLeast:
                if let previous, !level.threshold.isLower(than: previous.threshold) {
                    // Name both levels and thresholds: which of the two to change is the author's call.
                    context.error("invalid_value",
                                  es: "el umbral de «\(level.id)» (\(shown(level.threshold))) debe ser menor que el del nivel anterior, «\(previous.id)» (\(shown(previous.threshold))): los umbrales van de mayor a menor",
                                  en: "the threshold of '\(level.id)' (\(shown(level.threshold))) must be lower than that of the level before, '\(previous.id)' (\(shown(previous.threshold))): thresholds go from highest to lowest",
                                  at: level.thresholdRange ?? level.range,
                                  help: LocalizedText(es: "liste los niveles del mejor al peor, cada uno con un umbral menor que el anterior",
                                                      en: "list the levels from best to worst, each with a lower threshold than the one before"))
                }
                previous = level
            case .rest:
                context.error("invalid_value", es: "sólo el último nivel puede ir sin umbral", en: "only the last level may have no threshold", at: level.range)
            }
        }
    }

    static func checkCalendar(_ calendar: [CalendarEntry], _ context: LoadContext) {
        // A phase scheduled twice would have two date ranges: which one an as-of date picks is ambiguous.
        context.reportRepeats(calendar.map { ($0.phase, $0.phaseRange ?? $0.range) }, feminine: true) { phase, first in
            ("fase «\(phase)» repetida en el calendario (ya definida en \(first))",
             "phase '\(phase)' appears twice in the calendar (already defined at \(first))")
        }
        let sorted = calendar.sorted { $0.start < $1.start }
        for entry in sorted where entry.end < entry.start {
            context.error("invalid_value", es: "la fase «\(entry.phase)» termina el \(entry.end), antes de empezar (el \(entry.start))",
                          en: "phase '\(entry.phase)' ends on \(entry.end), before it starts (on \(entry.start))",
                          at: entry.endRange ?? entry.range,
                          help: LocalizedText(es: "start es el primer día de la fase y end el último: ¿están invertidas?",
                                              en: "start is the phase's first day and end its last: are they swapped?"))
        }
        for (a, b) in zip(sorted, sorted.dropFirst()) where b.start <= a.end {
            // Say which days fall in both, and the start that would fix it (the day after the earlier ends).
            let next = Day(year: a.end.year, month: a.end.month, day: a.end.day + 1)
                ?? Day(year: a.end.year, month: a.end.month + 1, day: 1) ?? Day(year: a.end.year + 1, month: 1, day: 1)
            context.error(
                "invalid_value",
                es: "las fases «\(a.phase)» (termina el \(a.end)) y «\(b.phase)» (empieza el \(b.start)) se traslapan: una fecha de corte entre ambas fechas caería en las dos",
                en: "phases '\(a.phase)' (ends \(a.end)) and '\(b.phase)' (starts \(b.start)) overlap: an as-of date between those dates would fall in both",
                at: b.startRange ?? b.range,
                help: next.map { LocalizedText(es: "haga empezar «\(b.phase)» el \($0), el día siguiente al fin de «\(a.phase)»",
                                               en: "start '\(b.phase)' on \($0), the day after '\(a.phase)' ends") })
        }
    }
}
