import AperturaModel

/// Every answer that keeps an expression from a value, not only the one its evaluation stopped at: CEL
/// stops at the first missing answer, and a self-assessment told of one gap at a time would be sent back
/// once per answer. Worked out only for what is not reported, so an evaluation that reports everything
/// pays nothing for it.
enum UnreportedAnswers {
    /// `named` (the missing answers the evaluation found, which may name a field of a list's items:
    /// `agenda.compromisos[].avance`) with every one of `reads` that the self-assessment leaves out, and every
    /// field of `items` that an item leaves out, in the form's order, each once. An item's field is named with
    /// the item's index, as `validate` names it (`agenda.compromisos[1].avance`), in place of the evaluation's
    /// `[]`, which does not say which item to complete. An answer the expressions only test with `has()`
    /// (`optional`) is one they do without: it is listed only when the evaluation itself found it missing.
    static func list(
        _ named: [String], reads: [ReadPath], items: [ItemReads], optional: Set<ReadPath>, in assessment: Assessment, form: FormOrder
    ) -> [String] {
        var paths = named
        for read in reads where !optional.contains(read) && assessment.sections[read.section]?[read.field] == nil {
            paths.append(read.path)
        }
        for list in items {
            guard case .items(let groups)? = assessment.sections[list.list.section]?[list.list.field]?.value else { continue }
            var lacking: Set<String> = []
            for (index, group) in groups.enumerated() {
                for field in list.fields where group[field] == nil {
                    paths.append("\(list.list.path)[\(index)].\(field)")
                    lacking.insert(field)
                }
            }
            paths.removeAll { path in
                lacking.contains { field in
                    let generic = "\(list.list.path)[].\(field)"
                    return path == generic || path.hasPrefix(generic + ".") || path.hasPrefix(generic + "[")
                }
            }
        }
        var seen: Set<String> = []
        let unique = paths.enumerated().filter { seen.insert($0.element).inserted }
        // A path outside the form (the institution's header, above the answers in the file) comes first; inside a
        // list, item by item, each item's fields as the form lists them. Other ties keep the order found.
        return unique.map { (key: key($0.element, form: form), index: $0.offset, path: $0.element) }
            .sorted { ($0.key.position, $0.key.item, $0.key.field, $0.index) < ($1.key.position, $1.key.item, $1.key.field, $1.index) }
            .map(\.path)
    }

    /// Where `path` stands: its answer's position in the form (-1 outside it), then for a field of one item
    /// (`agenda.compromisos[1].avance`) the item's index and the field's position among the item's fields.
    private static func key(_ path: String, form: FormOrder) -> (position: Int, item: Int, field: Int) {
        let position = form.position(of: path) ?? -1
        guard let open = path.firstIndex(of: "["), let close = path[open...].firstIndex(of: "]"),
            let item = Int(path[path.index(after: open)..<close]) else { return (position, -1, -1) }
        let field = path[path.index(after: close)...].drop { $0 == "." }.prefix { $0 != "." && $0 != "[" }
        let list = String(path[..<open])
        return (position, item, form.itemFields(of: list).firstIndex(of: String(field)) ?? Int.max)
    }
}
