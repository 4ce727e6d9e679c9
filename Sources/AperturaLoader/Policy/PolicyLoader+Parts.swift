import AperturaModel
import AperturaSource
import AperturaYAML

extension PolicyLoader {
    enum CalendarKey: String, CaseIterable { case phase, start, end, status, source, rationale }

    static func calendarEntry(_ node: YAMLNode, _ context: LoadContext) -> CalendarEntry? {
        guard var reader = MappingReader<CalendarKey>(node, context, what: LocalizedText(es: "una fase del calendario", en: "a calendar phase")) else { return nil }
        let phaseNode = reader.required(.phase), startNode = reader.required(.start), endNode = reader.required(.end)
        let phase = phaseNode.flatMap(context.identifier)
        let start = startNode.flatMap(context.day)
        let end = endNode.flatMap(context.day)
        let statusNode = reader.optional(.status)
        let readStatus = statusNode.flatMap { context.oneOf($0, Goal.Status.self) }
        let sourceNode = reader.optional(.source)
        let source = sourceNode.flatMap(context.citation)
        let rationaleNode = reader.optional(.rationale)
        let rationale = rationaleNode.flatMap { context.requiredText($0, key: "rationale") }
        reader.finish()
        // A status written wrongly is reported as such, not also taken for official (the default) without a source.
        if statusNode == nil || readStatus != nil {
            let name = phase ?? phaseNode?.scalar?.value ?? ""
            context.checkProvenance(status: readStatus ?? .official, cites: sourceNode != nil, explains: rationaleNode != nil, at: node.range,
                                    what: LocalizedText(es: "el calendario de la fase «\(name)»", en: "the calendar entry of phase '\(name)'"))
        }
        let status = readStatus ?? .official
        guard let phase, let start, let end else { return nil }
        return CalendarEntry(phase: PhaseID(phase), start: start, end: end, status: status, source: source, rationale: rationale, range: node.range,
                             phaseRange: phaseNode?.range, startRange: startNode?.range, endRange: endNode?.range, rationaleRange: rationaleNode?.range)
    }

    enum ScoringKey: String, CaseIterable {
        case model, indicator, credit, formula
        case objectiveWeights = "objective_weights"
    }
    enum ModelName: String, CaseIterable {
        case weightedRules = "weighted_rules"
        case indicator
    }

    static func scoringModel(_ node: YAMLNode, _ context: LoadContext) -> ScoringModel? {
        guard var reader = MappingReader<ScoringKey>(node, context, what: LocalizedText(es: "un modelo de puntaje", en: "a scoring model")) else { return nil }
        let modelNode = reader.required(.model)
        let modelName = modelNode.flatMap { context.oneOf($0, ModelName.self) }
        let indicatorNode = reader.optional(.indicator)
        let indicator = indicatorNode.flatMap(context.identifier)
        let credit = reader.optional(.credit).flatMap { context.oneOf($0, ScoringModel.Credit.self) } ?? .binary
        let formulaNode = reader.required(.formula)
        let formula = formulaNode.flatMap { context.requiredText($0, key: "formula") }
        let weightsNode = reader.optional(.objectiveWeights)
        var weights: [ObjectiveID: Double] = [:]
        var weightRanges: [ObjectiveID: SourceRange] = [:]
        if let weightsNode {
            if let pairs = weightsNode.mapping {
                for pair in pairs {
                    guard let id = context.identifier(pair.key), let weight = context.number(pair.value) else { continue }
                    if weight <= 0 {
                        context.error("invalid_value", es: "el peso debe ser mayor que cero", en: "the weight must be above zero", at: pair.value.range)
                    }
                    weights[ObjectiveID(id)] = weight
                    weightRanges[ObjectiveID(id)] = pair.key.range
                }
            } else {
                context.typeMismatch(weightsNode, expected: LocalizedText(es: "un mapa objetivo: peso", en: "a mapping objective: weight"))
            }
        }
        reader.finish()
        let model: ScoringModel.Model?
        switch (modelName, indicator) {
        case (.weightedRules, nil): model = .weightedRules
        case (.indicator, let id?): model = .indicator(IndicatorID(id))
        case (nil, _): model = nil
        case (.weightedRules, _?):
            context.error("invalid_value", es: "el modelo weighted_rules no lleva indicator", en: "the weighted_rules model takes no indicator",
                          at: indicatorNode?.range ?? node.range)
            model = nil
        case (.indicator, nil):
            context.error("missing_key", es: "el modelo indicator necesita indicator", en: "the indicator model needs an indicator",
                          at: modelNode?.range ?? node.range)
            model = nil
        }
        guard let model, let formula else { return nil }
        return ScoringModel(model: model, credit: credit, formula: formula, objectiveWeights: weights,
                            objectiveWeightRanges: weightRanges, indicatorRange: indicatorNode?.range,
                            objectiveWeightsRange: weightsNode?.range, formulaRange: formulaNode?.range)
    }

    enum LevelKey: String, CaseIterable {
        case id, name, above, status
        case atLeast = "at_least"
    }

    static func level(_ node: YAMLNode, _ context: LoadContext) -> ComplianceLevel? {
        guard var reader = MappingReader<LevelKey>(node, context, what: LocalizedText(es: "un nivel", en: "a level")) else { return nil }
        let idNode = reader.required(.id), nameNode = reader.required(.name)
        let id = idNode.flatMap(context.identifier)
        let name = nameNode.flatMap { context.requiredText($0, key: "name") }
        let aboveNode = reader.optional(.above), atLeastNode = reader.optional(.atLeast)
        let above = aboveNode.flatMap(context.number)
        let atLeast = atLeastNode.flatMap(context.number)
        let statusNode = reader.optional(.status)
        let status = statusNode.flatMap { context.oneOf($0, Goal.Status.self) }
        reader.finish()
        // A status written wrongly is reported as such; the level is not then taken for a proposed one.
        if statusNode != nil && status == nil { return nil }
        // A threshold written but unreadable (`at_least: "0.5"`) is reported as such; the level is not then
        // taken for one without a threshold (which only the last may be).
        if (aboveNode != nil && above == nil) || (atLeastNode != nil && atLeast == nil) { return nil }
        let threshold: ComplianceLevel.Threshold
        switch (above, atLeast) {
        case (let t?, nil): threshold = .above(t)
        case (nil, let t?): threshold = .atLeast(t)
        case (nil, nil): threshold = .rest
        case (_?, _?):
            // Reported at whichever of the two is written second: the one that contradicts the other.
            let second = [aboveNode, atLeastNode].compactMap { $0?.range }.max { $0.start < $1.start }
            context.error("invalid_value", es: "un nivel lleva above o at_least, no ambos", en: "a level takes above or at_least, not both",
                          at: second ?? node.range)
            return nil
        }
        guard let id, let name else { return nil }
        return ComplianceLevel(id: LevelID(id), name: name, threshold: threshold, status: status ?? .proposed, range: node.range,
                               thresholdRange: (aboveNode ?? atLeastNode)?.range, idRange: idNode?.range, nameRange: nameNode?.range)
    }

    enum QuadrantsKey: String, CaseIterable { case x, y, threshold, names }

    static func quadrants(_ node: YAMLNode, _ context: LoadContext) -> Quadrants? {
        guard var reader = MappingReader<QuadrantsKey>(node, context, what: LocalizedText(es: "cuadrantes", en: "quadrants")) else { return nil }
        let xNode = reader.required(.x), yNode = reader.required(.y)
        let x = xNode.flatMap(context.identifier)
        let y = yNode.flatMap(context.identifier)
        let threshold = reader.required(.threshold).flatMap(context.number)
        var names: [Quadrants.Quadrant: LocalizedText] = [:]
        // Optional, as the schema and the guide say: reports then show the quadrant ids (high_high, ...).
        if let namesNode = reader.optional(.names) {
            guard var r = MappingReader<Quadrants.Quadrant>(namesNode, context, what: LocalizedText(es: "nombres de cuadrantes", en: "quadrant names")) else { return nil }
            for quadrant in Quadrants.Quadrant.allCases {
                names[quadrant] = r.required(quadrant).flatMap { context.requiredText($0, key: quadrant.rawValue) }
            }
            r.finish()
        }
        reader.finish()
        guard let x, let y, let threshold else { return nil }
        return Quadrants(x: IndicatorID(x), y: IndicatorID(y), threshold: threshold, names: names, xRange: xNode?.range, yRange: yNode?.range)
    }

    enum EntryKey: String, CaseIterable {
        case objectives, rules
        case appliesTo = "applies_to"
        case phases, reason, source
    }

    static func entry(_ node: YAMLNode, _ context: LoadContext) -> PolicyApplicability? {
        guard var reader = MappingReader<EntryKey>(node, context, what: LocalizedText(es: "una regla de aplicación", en: "an applicability entry")) else { return nil }
        let objectives = reader.optional(.objectives).flatMap { identifiers($0, { ObjectiveID($0) }, context) } ?? []
        let rules = reader.optional(.rules).flatMap { identifiers($0, { RuleID($0) }, context) } ?? []
        let appliesTo = reader.required(.appliesTo).flatMap(context.applicability)
        let phasesNode = reader.optional(.phases)
        let phases = phasesNode.flatMap { identifiers($0, { PhaseID($0) }, context) }
        // An empty list would hold in no phase: the entry would narrow nothing, which is never what is meant.
        if let phasesNode, phasesNode.sequence?.isEmpty == true {
            context.error("invalid_value", es: "phases está vacía: la entrada no se aplicaría en ninguna fase",
                          en: "phases is empty: the entry would hold in no phase", at: phasesNode.range,
                          help: LocalizedText(es: "nombre las fases en que se aplica, o quite phases para que se aplique en todas",
                                              en: "name the phases it holds in, or remove phases for it to hold in all of them"))
        }
        let reasonNode = reader.optional(.reason)
        let reason = reasonNode.flatMap(context.localized)
        let source = reader.optional(.source).flatMap(context.citation)
        reader.finish()
        if objectives.isEmpty && rules.isEmpty {
            context.error("missing_key", es: "indique objectives o rules", en: "give objectives or rules", at: node.range)
        }
        guard let appliesTo else { return nil }
        return PolicyApplicability(objectives: objectives.map(\.id), rules: rules.map(\.id), appliesTo: appliesTo, range: node.range,
                                   objectiveRanges: objectives.map(\.range), ruleRanges: rules.map(\.range),
                                   phases: phases.map { $0.map(\.id) }, reason: reason, source: source,
                                   phaseRanges: phases?.map(\.range) ?? [], reasonRange: reasonNode?.range)
    }

    enum WaiverKey: String, CaseIterable { case institution, rules, until, reason, source }

    static func waiver(_ node: YAMLNode, _ context: LoadContext) -> Waiver? {
        guard var reader = MappingReader<WaiverKey>(node, context, what: LocalizedText(es: "una dispensa", en: "a waiver")) else { return nil }
        let institution = reader.required(.institution).flatMap { context.requiredString($0, key: "institution") }
        let rulesNode = reader.required(.rules)
        let rules = rulesNode.flatMap { identifiers($0, { RuleID($0) }, context) } ?? []
        if let rulesNode, rulesNode.sequence?.isEmpty == true {
            context.error("missing_key", es: "la dispensa no nombra ninguna regla", en: "the waiver names no rule", at: rulesNode.range)
        }
        let untilNode = reader.required(.until)
        let until = untilNode.flatMap(context.day)
        let reasonNode = reader.required(.reason)
        let reason = reasonNode.flatMap { context.requiredText($0, key: "reason") }
        let source = reader.optional(.source).flatMap(context.citation)
        reader.finish()
        guard let institution, let until, let reason else { return nil }
        return Waiver(institution: InstitutionID(institution), rules: rules.map(\.id), until: until, reason: reason, source: source, range: node.range,
                      untilRange: untilNode?.range, ruleRanges: rules.map(\.range), reasonRange: reasonNode?.range)
    }

    /// A list of ids, each with the place it is written.
    static func identifiers<ID>(_ node: YAMLNode, _ make: (String) -> ID, _ context: LoadContext) -> [(id: ID, range: SourceRange)]? {
        context.list(node) { item in context.identifier(item).map { (make($0), item.range) } }
    }
}
