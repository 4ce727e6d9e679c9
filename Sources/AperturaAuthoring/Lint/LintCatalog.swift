/// The codes `lint` adds to the loader's and the compiler's, with what each means: printed in the
/// authors' guide, so the documentation comes from the same list the tests check.
public enum LintCatalog {
    /// One code: its severity (as the guide prints it) and meaning.
    public struct Entry: Hashable, Sendable {
        public var code: String
        public var severity: String
        public var description: String
    }

    /// Every code, in the order the guide lists them.
    public static let entries: [Entry] = [
        Entry(code: "goal_regression", severity: "error", description: "Una meta retrocede entre fases: baja para un indicador que debe crecer, sube para uno que debe bajar, o pasa de true a false."),
        Entry(code: "weights_sum", severity: "advertencia", description: "Un índice o razón hecho como suma ponderada cuyos coeficientes no suman 1, o una media `(a + b + c) / n` o `[a, b, c].sum() / n` con n distinto del número de términos."),
        Entry(code: "weights_incomplete", severity: "advertencia", description: "`objective_weights` de una política da peso sólo a algunos de los objetivos con reglas."),
        Entry(code: "unknown_value", severity: "error", description: "Una expresión compara `institution.kind`, `institution.order`, `institution.state` o un campo `choice`/`choices` con un texto que no es uno de sus valores (`institution.kind == \"municipios\"`): la comparación nunca se cumple."),
        Entry(code: "missing_citation", severity: "error", description: "Una cita con `section` vacía: no dice dónde consta lo que se cita."),
        Entry(code: "missing_translation", severity: "advertencia", description: "Un texto dado en español sin su versión en inglés (`en`)."),
        Entry(code: "unused_indicator", severity: "advertencia", description: "Un indicador que ninguna regla juzga, ni directamente ni a través de otro indicador, y ninguna meta poblacional usa."),
        Entry(code: "repeated_entry", severity: "advertencia", description: "Una lista de referencias nombra dos veces la misma entrada (`evidence`, las `phases` de un `check`, los `rules` de una dispensa, los `objectives` o `rules` de una entrada de `applicability`): la repetición no cambia nada, y suele ser un desliz por otra."),
        Entry(code: "percent_targets_as_fractions", severity: "advertencia", description: "Todas las metas de un indicador `percent` (de 0 a 100) son de 1 o menos, no todas 0: metas escritas como fracciones (0.8 por 80 %), o una razón con la unidad equivocada (`ratio`)."),
        Entry(code: "unused_source", severity: "nota", description: "Un documento de `sources` que ninguna cita nombra."),
        Entry(code: "level_unreachable", severity: "error", description: "Un nivel que ningún puntaje recibe: su umbral pasa del puntaje más alto posible (1 con `weighted_rules`; el de la unidad del indicador con `indicator`), o todo puntaje alcanza ya un nivel anterior (como `at_least: 0`)."),
        Entry(code: "calendar_gap", severity: "error", description: "Días entre dos fases del calendario de la política que ninguna fase cubre: con una fecha de corte en ellos no se puede evaluar."),
        Entry(code: "phase_order", severity: "error", description: "El calendario de la política fecha una fase antes que otra que el conjunto de reglas lista antes que ella: sus metas, que crecen en ese orden, se aplicarían en otro."),
        Entry(code: "waiver_before_calendar", severity: "advertencia", description: "Una dispensa cuyo `until` es anterior al inicio de la primera fase del calendario: no se aplica nunca."),
        Entry(code: "waiver_after_calendar", severity: "advertencia", description: "Una dispensa cuyo `until` es posterior al fin de la última fase del calendario: dura más que cualquier fase en que pudiera aplicarse (suele ser un año mal escrito)."),
        Entry(code: "repeated_waiver", severity: "advertencia", description: "Dos dispensas de la misma regla para la misma institución: se señala en la segunda, con la línea de la primera; deje una sola, con la fecha y la razón vigentes."),
        Entry(code: "applicability_without_reason", severity: "advertencia", description: "Una entrada de `applicability` de una política sin `reason`: los reportes sólo pueden decir que la política no evalúa esas reglas, no por qué (una exención temporal, una decisión de la autoridad)."),
        Entry(code: "phase_not_scheduled", severity: "advertencia", description: "Una fase del conjunto de reglas sin fechas en el calendario de la política."),
        Entry(code: "bundled_rule_set", severity: "nota", description: "Una política revisada sin su conjunto de reglas entre las rutas dadas (como `apertura lint` sin argumentos en una carpeta con `Policies/` y sin `Rules/`): se revisa contra el del paquete que nombra, y la nota dice cuál."),
        Entry(code: "unknown_rule_set", severity: "error", description: "La política evalúa un conjunto de reglas que no se encontró."),
        Entry(code: "nothing_to_lint", severity: "error", description: "Las rutas dadas no contienen ningún conjunto de reglas ni política."),
        Entry(code: "not_a_rule_file", severity: "error", description: "Una ruta dada es una autoevaluación (se revisa con `apertura validate`), un mapeo CSV o un archivo de pruebas fuera de la carpeta de un conjunto de reglas; o hay una política (`kind: policy`) entre los archivos de reglas."),
        Entry(code: "names_not_checked", severity: "nota", description: "Un archivo del formulario no se pudo leer: las expresiones que nombran variables desconocidas (quizá secciones de ese archivo) se revisan cuando se corrija."),
        Entry(code: "path_not_found", severity: "error", description: "Una ruta dada no existe."),
    ]

    /// The Markdown table for the guide.
    static func table() -> String {
        var out = "\n### Códigos propios de `apertura lint`\n\nAdemás de los del cargador y del compilador de expresiones "
        out += "(`unknown_key`, `missing_key`, `type_mismatch`, `invalid_value`, `invalid_id`, `reserved_id`, `duplicate_id`, "
        out += "`unknown_reference`, `invalid_rule`, `invalid_character`, `unsupported_tag`, `missing_source`, `missing_rationale`, "
        out += "`empty_rule_file`, `self_assessment_in_rules`, `missing_ruleset`, `duplicate_ruleset`, `rule_set_mismatch`, `not_a_policy`, `yaml_...`, `expr_...`):"
        out += "\n\n| código | gravedad | significado |\n|---|---|---|\n"
        for entry in entries { out += "| `\(entry.code)` | \(entry.severity) | \(AuthorGuide.cell(entry.description)) |\n" }
        return out
    }
}
