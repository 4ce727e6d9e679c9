import AperturaExpressions
import AperturaModel

/// What a compiled expression reads, from the paths the expression library reports
/// (`comite.acta`, `agenda.compromisos[].medible`, `indicators.tg`).
enum ReadPaths {
    /// The form fields read (`section.field`, whatever is selected below the field), in the form's order.
    static func answers(_ program: CELProgram, form: FormOrder) -> [ReadPath] {
        unique(program.referencedPaths.compactMap { answer($0, form: form) }).sorted { form.position($0) < form.position($1) }
    }

    /// The form field a path reads, whatever is selected below it; nil for a path outside the form.
    static func answer(_ path: String, form: FormOrder) -> ReadPath? {
        let parts = path.split(separator: ".", maxSplits: 2)
        guard parts.count >= 2, form.contains(String(parts[0])) else { return nil }
        let field = parts[1].hasSuffix("[]") ? parts[1].dropLast(2) : parts[1]
        return ReadPath(section: SectionID(String(parts[0])), field: String(field))
    }

    /// The form fields a presence test asks about as a whole (`has(comite.acta)`; not a field of a list's
    /// items): the expression copes with their absence.
    static func presenceTested(_ program: CELProgram, form: FormOrder) -> Set<ReadPath> {
        Set(program.presenceTestedPaths.compactMap { path in
            let parts = path.split(separator: ".")
            guard parts.count == 2, !path.contains("["), form.contains(String(parts[0])) else { return nil }
            return ReadPath(section: SectionID(String(parts[0])), field: String(parts[1]))
        })
    }

    /// The dates of the period read (`period.start`, `period.end`), in that order: they are answers too.
    static func period(_ programs: [CELProgram]) -> [String] {
        let paths = Set(programs.flatMap(\.referencedPaths))
        return ["period.start", "period.end"].filter(paths.contains)
    }

    /// The other indicators read through `indicators.x`.
    static func indicators(_ program: CELProgram) -> [IndicatorID] { indicators(program.referencedPaths) }

    /// The other indicators `paths` read through `indicators.x`, in their order.
    static func indicators(_ paths: [String]) -> [IndicatorID] {
        paths.compactMap { path in
            let parts = path.split(separator: ".", maxSplits: 2)
            return parts.count >= 2 && parts[0] == "indicators" ? IndicatorID(String(parts[1])) : nil
        }
    }

    /// Each path once, in first-seen order.
    static func unique(_ paths: [ReadPath]) -> [ReadPath] {
        var seen: Set<ReadPath> = []
        return paths.filter { seen.insert($0).inserted }
    }
}

/// Where each field stands in the form, so that what a rule read is listed as the form asks it.
struct FormOrder: Sendable {
    private let positions: [String: Int]
    private let sections: Set<String>
    /// The fields of each list's items, in the form's order, by the list's `section.field`.
    private let itemFields: [String: [String]]

    init(_ form: [FormSection]) {
        var positions: [String: Int] = [:], itemFields: [String: [String]] = [:]
        for section in form {
            for field in section.fields {
                positions["\(section.id).\(field.id)"] = positions.count
                if !field.items.isEmpty { itemFields["\(section.id).\(field.id)"] = field.items.map(\.id) }
            }
        }
        self.positions = positions
        self.sections = Set(form.map(\.id.rawValue))
        self.itemFields = itemFields
    }

    /// The fields of the items of list `path` (`agenda.compromisos`) in the form's order; empty for any other field.
    func itemFields(of path: String) -> [String] { itemFields[path] ?? [] }

    func contains(_ section: String) -> Bool { sections.contains(section) }
    func position(_ path: ReadPath) -> Int { positions[path.path] ?? Int.max }

    /// The position of the field a path names or reaches into (`agenda.compromisos[].avance` is at
    /// `agenda.compromisos`); nil for a path outside the form (`institution.population`).
    func position(of path: String) -> Int? {
        positions[path.prefix { $0 != "[" }.split(separator: ".", maxSplits: 2).prefix(2).joined(separator: ".")]
    }
}
