import AperturaExpressions

/// The fields of a list's items that expressions need (`agenda.compromisos[].medible`): a rule not reported
/// names each item that lacks one (`agenda.compromisos[1].con_plazo`), as `validate` does, instead of the
/// evaluation's `agenda.compromisos[].con_plazo`, which does not say which item to complete.
struct ItemReads: Hashable, Sendable {
    /// The list answer.
    let list: ReadPath
    /// The item fields read, in the form's order of the item's fields.
    let fields: [String]

    /// The item fields `programs` read, by list in the form's order. A field only tested with `has()` is one they
    /// do without, as for a whole answer.
    static func of(_ programs: [CELProgram], form: FormOrder) -> [ItemReads] {
        var read: [ReadPath: Set<String>] = [:]
        for program in programs {
            let tested = Set(program.presenceTestedPaths)
            for path in program.referencedPaths where !tested.contains(path) {
                guard let (list, field) = split(path, form: form) else { continue }
                read[list, default: []].insert(field)
            }
        }
        return merged(read, form: form)
    }

    /// `a` and `b` together, each list once.
    static func union(_ a: [ItemReads], _ b: [ItemReads], form: FormOrder) -> [ItemReads] {
        var read: [ReadPath: Set<String>] = [:]
        for item in a + b { read[item.list, default: []].formUnion(item.fields) }
        return merged(read, form: form)
    }

    /// The list and the item field of a path inside a list's items (`agenda.compromisos[].medible.x` gives
    /// `agenda.compromisos` and `medible`); nil for any other path, or a field the form's items do not have.
    private static func split(_ path: String, form: FormOrder) -> (ReadPath, String)? {
        guard let bracket = path.range(of: "[]."),
            let list = ReadPaths.answer(String(path[..<bracket.lowerBound]), form: form) else { return nil }
        let field = String(path[bracket.upperBound...].prefix { $0 != "." && $0 != "[" })
        return form.itemFields(of: list.path).contains(field) ? (list, field) : nil
    }

    private static func merged(_ read: [ReadPath: Set<String>], form: FormOrder) -> [ItemReads] {
        read.map { list, fields in ItemReads(list: list, fields: form.itemFields(of: list.path).filter(fields.contains)) }
            .sorted { form.position($0.list) < form.position($1.list) }
    }
}
