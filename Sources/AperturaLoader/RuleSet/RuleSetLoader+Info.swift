import AperturaModel
import AperturaSource
import AperturaYAML

extension RuleSetLoader {
    static func readRuleSetInfo(_ reader: inout MappingReader<DocumentKey>, into parts: inout RuleSetParts, _ context: LoadContext) {
        let idNode = reader.required(.id)
        let id = idNode.flatMap(context.identifier)
        let version = reader.required(.version).flatMap { context.requiredString($0, key: "version") }
        let name = reader.required(.name).flatMap { context.requiredText($0, key: "name") }
        let instrument = reader.required(.instrument).flatMap { context.requiredText($0, key: "instrument") }
        let issuer = reader.required(.issuer).flatMap { context.requiredText($0, key: "issuer") }
        let approved = reader.optional(.approved).flatMap(context.day)
        let horizon = reader.optional(.horizon).flatMap(context.integer).map(Int.init)
        let status = reader.required(.status).flatMap { context.oneOf($0, RuleSetInfo.Status.self) }
        let legalBasis = reader.optional(.legalBasis).flatMap(context.localized)
        let legalSources = reader.optional(.legalSources).flatMap { context.list($0, context.citation) } ?? []
        let source = reader.required(.source).flatMap(context.citation)
        let sources = reader.required(.sources).flatMap { context.entries($0, kind: "source") { sourceDocument($0, context) } } ?? []
        let phases = reader.required(.phases).flatMap { context.entries($0, kind: "phase") { phase($0, context) } } ?? []
        let objectives = reader.required(.objectives).flatMap { context.entries($0, kind: "objective") { objective($0, context) } } ?? []
        guard let id, let version, let name, let instrument, let issuer, let status, let source else { return }
        var info = RuleSetInfo(
            id: id, version: version, name: name, instrument: instrument, issuer: issuer, approved: approved,
            horizon: horizon, status: status, legalBasis: legalBasis, legalSources: legalSources, source: source, range: reader.range)
        info.idRange = idNode?.range
        parts.info.append((info, sources, phases, objectives))
    }

    enum SourceKey: String, CaseIterable { case id, title, issuer, date, file, url }

    static func sourceDocument(_ node: YAMLNode, _ context: LoadContext) -> SourceDocument? {
        guard var reader = MappingReader<SourceKey>(node, context, what: LocalizedText(es: "un documento fuente", en: "a source document")) else { return nil }
        let id = reader.required(.id).flatMap(context.identifier)
        let title = reader.required(.title).flatMap { context.requiredString($0, key: "title") }
        let issuer = reader.optional(.issuer).flatMap(context.string)
        let date = reader.optional(.date).flatMap(context.day)
        let file = reader.optional(.file).flatMap(context.string)
        let url = reader.optional(.url).flatMap(context.string)
        reader.finish()
        guard let id, let title else { return nil }
        return SourceDocument(id: SourceID(id), title: title, issuer: issuer, date: date, file: file, url: url, range: node.range)
    }

    enum PhaseKey: String, CaseIterable { case id, name }

    static func phase(_ node: YAMLNode, _ context: LoadContext) -> Phase? {
        guard var reader = MappingReader<PhaseKey>(node, context, what: LocalizedText(es: "una fase", en: "a phase")) else { return nil }
        let id = reader.required(.id).flatMap(context.identifier)
        let name = reader.required(.name).flatMap { context.requiredText($0, key: "name") }
        reader.finish()
        guard let id, let name else { return nil }
        return Phase(id: PhaseID(id), name: name, range: node.range)
    }

    enum ObjectiveKey: String, CaseIterable { case id, name, description, parent, source }

    static func objective(_ node: YAMLNode, _ context: LoadContext) -> Objective? {
        guard var reader = MappingReader<ObjectiveKey>(node, context, what: LocalizedText(es: "un objetivo", en: "an objective")) else { return nil }
        let id = reader.required(.id).flatMap(context.identifier)
        let name = reader.required(.name).flatMap { context.requiredText($0, key: "name") }
        let description = reader.optional(.description).flatMap(context.localized)
        let parentNode = reader.optional(.parent)
        let parent = parentNode.flatMap(context.identifier)
        let source = reader.required(.source).flatMap(context.citation)
        reader.finish()
        guard let id, let name, let source else { return nil }
        var objective = Objective(id: ObjectiveID(id), name: name, description: description, parent: parent.map { ObjectiveID($0) }, source: source, range: node.range)
        objective.parentRange = parentNode?.range
        return objective
    }
}
