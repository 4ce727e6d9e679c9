public import AperturaSource

/// The fixed wording of the batch report, Spanish first.
public struct BatchReportText: Sendable {
    public let language: Language

    public init(language: Language) { self.language = language }

    func t(_ es: String, _ en: String) -> String { language == .es ? es : en }

    var title: String { t("Evaluación en lote", "Batch evaluation") }
    var ruleSet: String { t("Conjunto de reglas", "Rule set") }
    var policy: String { t("Política", "Policy") }
    var asOf: String { t("Fecha de corte", "As of") }
    var phase: String { t("Fase", "Phase") }
    var proposedDates: String { t(", fechas propuestas", ", proposed dates") }
    var proposedThresholds: String {
        t("Umbrales de nivel propuestos: ninguna autoridad los ha fijado.", "Proposed level thresholds: no authority has set them.")
    }
    var inputs: String { t("Entradas", "Inputs") }
    var evaluated: String { t("Evaluadas", "Evaluated") }
    var invalid: String { t("Inválidas (ver errors.csv)", "Invalid (see errors.csv)") }
    var unreadLines: String { t("Líneas con texto de tablas cortadas por un error, sin leer (ver errors.csv)",
                                "Lines with text of tables cut short by an error, not read (see errors.csv)") }
    var notScored: String { t("Sin puntaje", "Not scored") }
    var scoredNotReported: String { t("Con puntaje y reglas no reportadas (contadas como no cumplidas)", "Scored with rules not reported (counted as not met)") }
    var withWarnings: String { t("Evaluadas con advertencias (ver warnings.csv)", "Evaluated with warnings (see warnings.csv)") }
    var meanScore: String { t("Puntaje medio", "Mean score") }
    var distribution: String { t("Distribución de puntajes", "Score distribution") }
    var range: String { t("Intervalo", "Range") }
    var institutions: String { t("Instituciones", "Institutions") }
    var levels: String { t("Niveles", "Levels") }
    var level: String { t("Nivel", "Level") }
    var quadrants: String { t("Cuadrantes", "Quadrants") }
    var quadrant: String { t("Cuadrante", "Quadrant") }
    var byState: String { t("Resultados por entidad federativa", "Results by state") }
    var byOrder: String { t("Resultados por orden de gobierno", "Results by order of government") }
    var byKind: String { t("Resultados por tipo de institución", "Results by kind of institution") }
    var state: String { t("Entidad federativa", "State") }
    var order: String { t("Orden de gobierno", "Order of government") }
    var kind: String { t("Tipo de institución", "Kind of institution") }
    var count: String { t("Número", "Count") }
    var objectives: String { t("Puntaje medio por objetivo", "Mean score by objective") }
    /// Under a policy whose score is an indicator (the Métrica's GA index), an objective's figure is not part of the
    /// score: it is the weighted share of the objective's rules met.
    var objectivesCompliance: String {
        t("Cumplimiento medio por objetivo (reglas cumplidas, ponderadas)", "Mean compliance by objective (rules met, weighted)")
    }
    var objective: String { t("Objetivo", "Objective") }
    var indicators: String { t("Valor medio de los indicadores", "Mean value of the indicators") }
    var indicator: String { t("Indicador", "Indicator") }
    var mean: String { t("Media", "Mean") }
    var reporting: String { t("Lo reportan", "Reported by") }
    var rules: String { t("Tasa de cumplimiento por regla", "Pass rate by rule") }
    var rule: String { t("Regla", "Rule") }
    /// A no-break space: the header never breaks into "Aplica" and a lone "a".
    var applicable: String { t("Aplica\u{00A0}a", "Applies\u{00A0}to") }
    var met: String { t("Cumplen", "Met") }
    var notMet: String { t("No cumplen", "Not met") }
    var notReported: String { t("No reportado", "Not reported") }
    var missingEvidence: String { t("Sin evidencia", "Missing evidence") }
    var inError: String { t("Con error", "Error") }
    var waived: String { t("Dispensadas", "Waived") }
    var passRate: String { t("Tasa", "Rate") }
    var gaps: String { t("Brechas más frecuentes", "Most frequent gaps") }
    var share: String { t("Proporción", "Share") }
    var goals: String { t("Metas poblacionales", "Population goals") }
    var goal: String { t("Meta", "Goal") }
    var actual: String { t("Valor actual", "Actual value") }
    var target: String { t("Meta de la fase", "Phase goal") }
    var status: String { t("Estado", "Status") }
    var goalMark: String { t("La marca vertical señala la meta de la fase; la tabla da los valores.",
                             "The vertical mark shows the phase goal; the table gives the values.") }
    /// Said under the goals chart when some goals' units have no fixed top: their bars are not on a common range.
    func goalOwnScale(_ names: [String]) -> String {
        let list = names.map { t("«\($0)»", "‘\($0)’") }.joined(separator: ", ")
        return t("Cada barra va de cero al tope de su unidad (100 % o 100 puntos); las que no tienen tope fijo (un índice, un conteo: \(list)), hasta el mayor entre su valor y su meta.",
                 "Each bar runs from zero to its unit's top (100 % or 100 points); those with no fixed top (an index, a count: \(list)), to the larger of their value and their goal.")
    }
    // What each chart shows, its accessible name: more than its section's heading, which is also its table's caption.
    var chartDistribution: String { t("Número de instituciones por intervalo de puntaje", "Number of institutions by score range") }
    var chartLevels: String { t("Número de instituciones por nivel", "Number of institutions by level") }
    var chartQuadrants: String { t("Número de instituciones por cuadrante", "Number of institutions by quadrant") }
    var chartByState: String { t("Puntaje medio por entidad federativa", "Mean score by state") }
    var chartByOrder: String { t("Puntaje medio por orden de gobierno", "Mean score by order of government") }
    var chartByKind: String { t("Puntaje medio por tipo de institución", "Mean score by kind of institution") }
    var chartRules: String { t("Porcentaje de instituciones que cumplen cada regla, de aquellas a las que aplica",
                               "Percentage of institutions that meet each rule, of those it applies to") }
    var chartGaps: String { t("Número de instituciones que no cumplen cada una de las reglas más incumplidas",
                              "Number of institutions that do not meet each of the most often unmet rules") }
    var chartGoals: String { t("Valor actual de cada meta poblacional frente a la meta de la fase, marcada en su barra",
                               "Actual value of each population goal against the phase goal, marked on its bar") }
    /// A chart's description: the table with its numbers.
    func sameFigures(_ caption: String) -> String {
        t("Los mismos datos están en la tabla «\(caption)».", "The same figures are in the table “\(caption)”.")
    }
    var baseline: String { t("Línea base", "Baseline") }
    var proposed: String { t("propuesta", "proposed") }
    var official: String { t("oficial", "official") }
    var reached: String { t("alcanzada", "reached") }
    var notReached: String { t("no alcanzada", "not reached") }
    var noGoal: String { t("sin meta en esta fase", "no goal in this phase") }
    var errors: String { t("Errores por código", "Errors by code") }
    var code: String { t("Código", "Code") }
    var example: String { t("Primer ejemplo", "First example") }
    var `where`: String { t("Dónde (archivo:línea:columna)", "Where (file:line:column)") }
    var none: String { t("Sin datos", "No data") }
    /// What a screen reader says for "—" in a table or a key figure.
    var noValue: String { t("sin valor", "no value") }
    /// A score range as it is said: "0.1000 a 0.2000".
    func range(_ from: String, _ to: String) -> String { t("\(from) a \(to)", "\(from) to \(to)") }
    func generated(by version: String) -> String { t("Generado por apertura \(version) (batch).", "Generated by apertura \(version) (batch).") }
    var scales: String { t("Los puntajes van de 0 a 1; las proporciones y las razones se dan en porcentaje; los demás indicadores y sus metas, en su propia unidad.",
                           "Scores range from 0 to 1; shares and ratios are given as percentages; other indicators and their goals, in their own unit.") }
}
