import AperturaSource
import AperturaYAML

/// Where a text is written, found again in its file: the rule set model keeps the place of each object
/// (a rule, an indicator, a field), not of each of its texts, and a finding about a text belongs at the
/// text. Each file is read once per lint.
struct TextPlaces {
    /// A step from an object to one of its values: a key, or the item of a list whose `id` is given.
    enum Step {
        case key(String)
        case item(id: String)
    }

    private var roots: [String: [YAMLNode]] = [:]

    /// The place of the value reached by `steps` from the mapping that starts at `object`'s start; the
    /// object's own place when the value cannot be found (the file changed, or the value is not there).
    mutating func place(_ steps: [Step], in object: SourceRange) -> SourceRange {
        let file = object.start.file
        if roots[file] == nil {
            roots[file] = YAMLParser.parseFile(atPath: file).documents.compactMap(\.root)
        }
        guard var node = roots[file]?.lazy.compactMap({ Self.mapping(at: object.start, in: $0) }).first else { return object }
        for step in steps {
            let next: YAMLNode? = switch step {
            case .key(let key): node[key]
            case .item(let id): node.sequence?.first { $0["id"]?.scalar?.value == id }
            }
            guard let next else { return object }
            node = next
        }
        return node.range
    }

    /// The mapping node that starts at `start`, searched depth first (a mapping comes before its keys).
    private static func mapping(at start: SourceLocation, in node: YAMLNode) -> YAMLNode? {
        if node.range.start == start, node.mapping != nil { return node }
        // Nodes are in file order: one that starts after `start` cannot contain it.
        guard node.range.start <= start else { return nil }
        switch node.kind {
        case .mapping(let pairs): return pairs.lazy.compactMap { mapping(at: start, in: $0.value) }.first
        case .sequence(let items): return items.lazy.compactMap { mapping(at: start, in: $0) }.first
        case .scalar: return nil
        }
    }
}
