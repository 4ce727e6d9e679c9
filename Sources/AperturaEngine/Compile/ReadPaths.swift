import AperturaExpressions
import AperturaModel

/// What a compiled expression reads, from the paths the expression library reports
/// (`comite.acta`, `agenda.compromisos[].medible`, `indicators.tg`).
enum ReadPaths {
    /// The form fields read (`section.field`, whatever is selected below the field), in the form's order.
    static func answers(_ program: CELProgram, form: FormOrder) -> [ReadPath] {
        unique(program.referencedPaths.compactMap { path in
            let parts = path.split(separator: ".", maxSplits: 2)
            guard parts.count >= 2, form.contains(String(parts[0])) else { return nil }
            let field = parts[1].hasSuffix("[]") ? parts[1].dropLast(2) : parts[1]
            return ReadPath(section: SectionID(String(parts[0])), field: String(field))
        }).sorted { form.position($0) < form.position($1) }
    }

    /// The other indicators read through `indicators.x`.
    static func indicators(_ program: CELProgram) -> [IndicatorID] {
        program.referencedPaths.compactMap { path in
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
struct FormOrder {
    private let positions: [String: Int]
    private let sections: Set<String>

    init(_ form: [FormSection]) {
        var positions: [String: Int] = [:]
        for section in form {
            for field in section.fields { positions["\(section.id).\(field.id)"] = positions.count }
        }
        self.positions = positions
        self.sections = Set(form.map(\.id.rawValue))
    }

    func contains(_ section: String) -> Bool { sections.contains(section) }
    func position(_ path: ReadPath) -> Int { positions[path.path] ?? Int.max }
}
