import AperturaReports
import AperturaModel
public import AperturaSource

/// `report.html`: one self-contained page (no external resources, no script) that reads on a phone
/// and prints cleanly. A pure function of the summary; every text is HTML-escaped.
public struct BatchHTMLRenderer: Sendable {
    public let language: Language
    let text: BatchReportText
    /// Names shown in Spanish on an English page (see `SummaryBuilder.untranslatedNames`), marked `lang="es"`.
    let untranslatedNames: Set<String>
    /// The first error of each code met in the run, shown beside its count (see `BatchAggregate.errorExamples`).
    let errorExamples: [String: ErrorExample]
    /// Whether the policy's score is the weighted rules, of which the objectives' figures are parts; false when it is
    /// an indicator, and those figures are only the weighted share of each objective's rules met.
    let scoreIsWeightedRules: Bool

    public init(language: Language, untranslatedNames: Set<String> = [], errorExamples: [String: ErrorExample] = [:],
                scoreIsWeightedRules: Bool = true) {
        self.language = language
        text = BatchReportText(language: language)
        self.untranslatedNames = untranslatedNames
        self.errorExamples = errorExamples
        self.scoreIsWeightedRules = scoreIsWeightedRules
    }

    public func render(_ s: BatchSummary) -> String {
        var html = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<title>\(e(text.title)): \(e(s.ruleSet.name))</title>\n<style>\(Self.style)</style>\n</head>\n<body>\n<main>\n"
        html += "<h1>\(e(text.title)): \(name(s.ruleSet.name))</h1>\n"
        if let draft = s.draft { html += "<p class=\"alert\"><strong>\(e(draft))</strong></p>\n" }
        html += "<dl class=\"facts\">"
        html += fact(text.ruleSet, markup: "\(name(s.ruleSet.name)) (\(e(s.ruleSet.id)) \(e(s.ruleSet.version)))")
        html += fact(text.policy, markup: "\(name(s.policy.name)) (\(e(s.policy.id)) \(e(s.policy.version)))")
        html += fact(text.asOf, s.asOf) + fact(text.phase, markup: phase(s))
        html += fact(text.inputs, String(s.counts.inputs)) + fact(text.evaluated, String(s.counts.evaluated))
        html += fact(text.invalid, String(s.counts.invalid))
        // Only when a table was cut: the rest of it is one of the invalid inputs, and this says how much it held.
        if s.counts.unreadLines > 0 { html += fact(text.unreadLines, String(s.counts.unreadLines)) }
        html += fact(text.notScored, String(s.counts.notScored))
        html += fact(text.scoredNotReported, String(s.counts.notReported))
        html += fact(text.withWarnings, String(s.counts.withWarnings))
        html += fact(text.meanScore, number(s.score.mean))
        // What scale the numbers are on, before the first of them is read (it used to close the page, in the footer).
        html += "</dl>\n<p class=\"scales\">\(e(text.scales))</p>\n"
        html += distribution(s) + levels(s) + groups(s.byState, text.byState, text.state, "by-state", chart: text.chartByState)
        html += groups(s.byOrder, text.byOrder, text.order, "by-order", chart: text.chartByOrder)
        html += groups(s.byKind, text.byKind, text.kind, "by-kind", chart: text.chartByKind)
        html += means(s.objectives, scoreIsWeightedRules ? text.objectives : text.objectivesCompliance, text.objective, "objectives")
        html += means(s.indicators, text.indicators, text.indicator, "indicators") + rules(s) + gaps(s) + goals(s) + errors(s)
        // The footer stands after <main>, not inside it: only there is it the page's contentinfo landmark.
        html += "</main>\n<footer><p>\(e(text.generated(by: s.toolVersion)))</p></footer>\n</body>\n</html>\n"
        return html
    }

    func e(_ s: String) -> String { MarkupText.escape(s) }

    /// "Inicio (2025-01-01 – 2027-12-31, fechas propuestas)", as the single reports name a phase; dates kept whole.
    func phase(_ s: BatchSummary) -> String {
        let dates = "<span class=\"nw\">\(e(s.phaseStart))</span> – <span class=\"nw\">\(e(s.phaseEnd))</span>"
        return name(s.phaseName) + " (" + dates + (s.phaseStatus == "proposed" ? e(text.proposedDates) : "") + ")"
    }

    func fact(_ term: String, _ value: String) -> String { fact(term, markup: said(value)) }

    func fact(_ term: String, markup: String) -> String { "<div><dt>\(e(term))</dt><dd>\(markup)</dd></div>" }

    /// A name's markup: escaped and, when it is Spanish on an English page, marked as Spanish.
    func name(_ name: String) -> String {
        untranslatedNames.contains(name) ? "<span lang=\"es\">\(e(name))</span>" : e(name)
    }

    /// A value's markup. "—" (no value) is shown as it is, but a screen reader that skips the sign, or reads it as a
    /// dash, is given the words instead, in text hidden from the eye (`.vh`).
    func said(_ value: String) -> String { value == "—" ? said("—", as: text.noValue) : e(value) }

    /// `shown` for the eye, `spoken` for a screen reader.
    func said(_ shown: String, as spoken: String) -> String {
        "<span aria-hidden=\"true\">\(e(shown))</span><span class=\"vh\">\(e(spoken))</span>"
    }

    func number(_ x: Double?) -> String { x.map { CSVField.number($0) } ?? "—" }

    /// A value in its unit (see `ShownValue`).
    func shown(_ x: Double?, unit: String?, direction: Indicator.Direction = .increase) -> String {
        ShownValue.text(x, unit: unit, direction: direction)
    }

    func percent(_ x: Double?) -> String { ShownValue.text(x, unit: "ratio") }

    /// A population goal's actual value, cut away from its goal.
    func actual(_ goal: BatchSummary.PopulationGoalResult) -> String {
        shown(goal.actual, unit: goal.unit, direction: Indicator.Direction(rawValue: goal.direction) ?? .increase)
    }

    /// A table in a box that scrolls sideways when the table is wider than the page. The box is a region named by
    /// the table's caption and reached with the Tab key, so that a keyboard can scroll it where the browser does not
    /// make a scrolling box focusable by itself; `id` names its caption (`table-ID`).
    /// A cell's text is escaped, a value cell's "—" said in words (see `said`), a row header that is an untranslated
    /// name marked Spanish (see `name`); `spokenRowHeaders`, when given, are
    /// what a screen reader says for each row's header instead of its text.
    /// `textColumns` are aligned as text, not as numbers. `codeRowHeaders`: the row headers are codes
    /// (`yaml_duplicate_key`), which may break after each `_` on a narrow screen. `placeColumns` hold places
    /// (`mezcla/03-truncado.yaml:42:9`), which break only after a `/` (their header after a `:`), never inside a name.
    /// `labelled`: each cell carries its column's name (`data-label`), for a style that stacks the rows on a phone.
    func table(_ id: String, _ caption: String, _ headers: [String], _ rows: [[String]], spokenRowHeaders: [String]? = nil,
               textColumns: Set<Int> = [], codeRowHeaders: Bool = false, placeColumns: Set<Int> = [],
               labelled: Bool = false) -> String {
        var out = "<div class=\"table\" role=\"region\" tabindex=\"0\" aria-labelledby=\"table-\(id)\"><table>"
        out += "<caption id=\"table-\(id)\">\(e(caption))</caption><thead><tr>"
        for (i, h) in headers.enumerated() {
            let header = placeColumns.contains(i) ? e(h).replacingAll(":", with: ":<wbr>") : e(h)
            out += "<th scope=\"col\"\(i > 0 && !textColumns.contains(i) ? " class=\"num\"" : placeColumns.contains(i) ? " class=\"place\"" : "")>\(header)</th>"
        }
        out += "</tr></thead><tbody>"
        for (r, row) in rows.enumerated() {
            out += "<tr>"
            for (i, cell) in row.enumerated() {
                let label = labelled && i < headers.count ? " data-label=\"\(e(headers[i]))\"" : ""
                let header = codeRowHeaders ? e(cell).replacingAll("_", with: "_<wbr>") : name(cell)
                out += i == 0 ? "<th scope=\"row\">\(spokenRowHeaders.map { said(cell, as: $0[r]) } ?? header)</th>"
                    : placeColumns.contains(i) && cell != "—" ? "<td class=\"text place\"\(label)>\(Self.breakablePlace(cell))</td>"
                    : textColumns.contains(i) ? "<td class=\"text\"\(label)>\(cell == "—" ? said(cell) : Self.breakableText(cell))</td>"
                    : "<td class=\"num\"\(label)>\(said(cell))</td>"
            }
            out += "</tr>"
        }
        return out + "</tbody></table></div>"
    }

    /// A message or a name, escaped, that a narrow column may break after a `_` or a `/` (inside a quoted key or a
    /// path) rather than inside an ordinary word: the column then shrinks to its longest word, not to a letter.
    static func breakableText(_ text: String) -> String {
        MarkupText.escape(text).replacingAll("_", with: "_<wbr>").replacingAll("/", with: "/<wbr>")
    }

    /// A place (`mezcla/03-truncado.yaml:42:9`), escaped, that a narrow column breaks after a `/` or before its
    /// `:line:column`, never inside a name or a number.
    static func breakablePlace(_ place: String) -> String {
        var file = Substring(place), position = Substring("")
        // The trailing `:line` or `:line:column`.
        for _ in 0..<2 {
            guard let colon = file.lastIndex(of: ":"), !file[file.index(after: colon)...].isEmpty,
                  file[file.index(after: colon)...].allSatisfy(\.isASCIIDigit) else { break }
            position = file[colon...] + position
            file = file[..<colon]
        }
        let escaped = MarkupText.escape(String(file)).replacingAll("/", with: "/<wbr>")
        return position.isEmpty ? escaped : escaped + "<wbr>" + MarkupText.escape(String(position))
    }

    /// Sections whose tables have at most `keptRows` rows in all fit on a printed page and are kept whole (`keep`);
    /// a longer one would only be pushed to the next page, leaving most of this one blank, so it flows and
    /// breaks between rows, its table header repeated.
    static let keptRows = 15

    func section(_ id: String, _ title: String, _ body: String, rows: Int = 0) -> String {
        "<section id=\"\(id)\"\(rows <= Self.keptRows ? " class=\"keep\"" : "")><h2>\(e(title))</h2>\(body)</section>\n"
    }

    /// A chart's accessible name, what it shows, and its description, the table that has its numbers.
    func chartLabel(_ shows: String, _ tableCaption: String) -> SVGChart.Label {
        SVGChart.Label(title: shows, description: text.sameFigures(tableCaption))
    }

    /// A chart with its table beside it; `wide` tables (many columns) go under the chart, full width.
    func figure(_ chart: String, _ table: String, wide: Bool = false) -> String {
        "<div class=\"pair\(wide ? " wide" : "")\"><figure>\(chart)</figure>\(table)</div>"
    }

    func distribution(_ s: BatchSummary) -> String {
        let bars = s.score.histogram.map { bin in
            // The bin's lower bound under its column; the table beside gives each range in full.
            SVGChart.Bar(label: String(CSVField.number(bin.from).prefix(3)), value: Double(bin.count), text: String(bin.count))
        }
        let rows = s.score.histogram.map { ["\(CSVField.number($0.from)) – \(CSVField.number($0.to))", String($0.count)] }
        // "0.1000 – 0.2000" is read "0.1000 0.2000" by a screen reader that skips the dash: it is said "0.1000 a 0.2000".
        let spoken = s.score.histogram.map { text.range(CSVField.number($0.from), CSVField.number($0.to)) }
        return section("distribution", text.distribution,
                       figure(SVGChart.columns(bars, label: chartLabel(text.chartDistribution, text.distribution), id: "chart-distribution"),
                              table("distribution", text.distribution, [text.range, text.institutions], rows, spokenRowHeaders: spoken)),
                       rows: rows.count)
    }

    func levels(_ s: BatchSummary) -> String {
        let total = max(1, s.counts.evaluated)
        // Thresholds no authority set are said to be proposed, as every single report says of the level reached.
        var body = s.levels.contains { $0.status == "proposed" } ? "<p class=\"note\">\(e(text.proposedThresholds))</p>" : ""
        body += figure(
            SVGChart.bars(s.levels.map { SVGChart.Bar(label: $0.name, value: Double($0.count), text: String($0.count)) },
                          maximum: Double(total), label: chartLabel(text.chartLevels, text.levels), id: "chart-levels"),
            table("levels", text.levels, [text.level, text.institutions, text.share],
                  // No institution evaluated: a share of none is no value, not 0 % of every level.
                  s.levels.map { [$0.name, String($0.count), percent(s.counts.evaluated == 0 ? nil : Double($0.count) / Double(total))] }))
        if !s.quadrants.isEmpty {
            // Its own heading, so that the quadrants can be reached from the page's outline.
            body += "<h3>\(e(text.quadrants))</h3>" + figure(
                SVGChart.bars(s.quadrants.map { SVGChart.Bar(label: $0.name, value: Double($0.count), text: String($0.count)) },
                              maximum: Double(total), label: chartLabel(text.chartQuadrants, text.quadrants), id: "chart-quadrants"),
                table("quadrants", text.quadrants, [text.quadrant, text.institutions], s.quadrants.map { [$0.name, String($0.count)] }))
        }
        return section("levels", text.levels, body, rows: s.levels.count + s.quadrants.count)
    }

    /// `column` names what the rows are (a state, an order of government, a kind), not a generic "group".
    func groups(_ groups: [BatchSummary.Group], _ title: String, _ column: String, _ id: String, chart: String) -> String {
        guard !groups.isEmpty else { return section(id, title, "<p>\(e(text.none))</p>") }
        let bars = groups.map { SVGChart.Bar(label: $0.name, value: $0.meanScore ?? 0, text: number($0.meanScore)) }
        let rows = groups.map { [$0.name, String($0.count), number($0.meanScore)] }
        return section(id, title, figure(SVGChart.bars(bars, maximum: 1, label: chartLabel(chart, title), id: "chart-\(id)"),
                                         table(id, title, [column, text.institutions, text.meanScore], rows)), rows: rows.count)
    }

    func means(_ means: [BatchSummary.Mean], _ title: String, _ column: String, _ id: String) -> String {
        guard !means.isEmpty else { return "" }
        let rows = means.map { [$0.name, shown($0.mean, unit: $0.unit), String($0.count)] }
        return section(id, title, table(id, title, [column, text.mean, text.reporting], rows), rows: rows.count)
    }

    func rules(_ s: BatchSummary) -> String {
        let bars = s.rules.map { SVGChart.Bar(label: $0.name, value: $0.passRate ?? 0, text: percent($0.passRate)) }
        // Every outcome of a rule that applies has its column, errors included, so that a row adds up to "applies to".
        // The rate, the verdict, comes right after the rule: on a phone it is in view, the counts scroll after it.
        // Institutions waived from a rule are not among those it applies to: a last column of their own, when the
        // policy waived any, so that a rule's "applies to" falling short of the institutions of its kind is explained.
        let waived = s.rules.contains { $0.waived > 0 }
        let rows = s.rules.map { [$0.name, percent($0.passRate), String($0.applicable), String($0.met), String($0.notMet),
                                  String($0.notReported), String($0.missingEvidence), String($0.error)] + (waived ? [String($0.waived)] : []) }
        return section("rules", text.rules, figure(
            SVGChart.bars(bars, maximum: 1, label: chartLabel(text.chartRules, text.rules), id: "chart-rules"),
            table("rules", text.rules, [text.rule, text.passRate, text.applicable, text.met, text.notMet, text.notReported,
                                        text.missingEvidence, text.inError] + (waived ? [text.waived] : []), rows), wide: true), rows: rows.count)
    }

    func gaps(_ s: BatchSummary) -> String {
        guard !s.topGaps.isEmpty else { return section("gaps", text.gaps, "<p>\(e(text.none))</p>") }
        let maximum = Double(s.topGaps.map(\.count).max() ?? 1)
        let bars = s.topGaps.map { SVGChart.Bar(label: $0.name, value: Double($0.count), text: String($0.count)) }
        let rows = s.topGaps.map { [$0.name, String($0.count), percent($0.share)] }
        return section("gaps", text.gaps, figure(SVGChart.bars(bars, maximum: maximum, label: chartLabel(text.chartGaps, text.gaps), id: "chart-gaps"),
                                                    table("gaps", text.gaps, [text.rule, text.institutions, text.share], rows)), rows: rows.count)
    }

    func goals(_ s: BatchSummary) -> String {
        guard !s.populationGoals.isEmpty else { return section("goals", text.goals, "<p>\(e(text.none))</p>") }
        let rows = s.populationGoals.map { g -> [String] in
            let status: String
            switch (g.target, g.met) {
            case (nil, _): status = text.noGoal
            case (_, true?): status = text.reached
            case (_, false?): status = text.notReached
            case (_, nil): status = text.none
            }
            let kind = g.status == "proposed" ? " (\(text.proposed))" : g.status == "official" ? " (\(text.official))" : ""
            let baseline = g.baseline.map { shown($0, unit: g.unit) + (g.baselineYear.map { " (\($0))" } ?? "") } ?? "—"
            // The verdict first (value, goal, status), so that a phone shows it; the population and baseline scroll after.
            return [g.name, actual(g), g.target.map { shown($0, unit: g.unit) + kind } ?? "—",
                    status, String(g.population), baseline]
        }
        let bars = s.populationGoals.map { g in
            // Each bar on its unit's full range, so that equal lengths are equal shares of it: a ratio on 0–1, a
            // percentage or a 0–100 score on 0–100 (drawn against its own goal, 69.6 of 75 looked nearly full);
            // only a unit with no fixed top (an index, a count) against the larger of its value and its goal.
            let scale = GoalScale.fullRange(unit: g.unit) ?? max(g.target ?? 0, g.actual ?? 0)
            return SVGChart.Bar(label: g.name, value: scale > 0 ? (g.actual ?? 0) / scale : 0,
                                text: actual(g) + (g.target.map { " / " + shown($0, unit: g.unit) } ?? ""),
                                mark: g.target.map { scale > 0 ? $0 / scale : 0 })
        }
        // Say which bars are drawn on a range of their own, when some are.
        let unbounded = s.populationGoals.filter { GoalScale.fullRange(unit: $0.unit) == nil }.map(\.name)
        let caption = text.goalMark + (unbounded.isEmpty ? "" : " " + text.goalOwnScale(unbounded))
        return section("goals", text.goals, figure(
            SVGChart.bars(bars, maximum: 1, label: chartLabel(text.chartGoals, text.goals), id: "chart-goals") + "<figcaption>\(e(caption))</figcaption>",
            table("goals", text.goals, [text.goal, text.actual, text.target, text.status, text.institutions, text.baseline], rows,
                  textColumns: [3]), wide: true),
            rows: rows.count)
    }

    /// Each code with its count, the first message of that code met in the run and where it was: a code alone
    /// (`not_text`) does not say what went wrong.
    /// Its four columns all matter and its text is long words (codes, paths, messages): rather than scroll its last
    /// column off a phone, as the wide tables do, or cut its words to squeeze four columns into one screen, its rows
    /// are stacked there, each cell after its column's name (`#errors` in the style). A code and a quoted key may
    /// break after each `_`, a path after each `/`.
    func errors(_ s: BatchSummary) -> String {
        guard !s.errorCodes.isEmpty else { return "" }
        let rows = s.errorCodes.sorted { $0.key < $1.key }.map { code, count in
            [code, String(count), errorExamples[code].map { HiddenCharacters.shown($0.message.text(language)) } ?? "—", errorExamples[code]?.place ?? "—"]
        }
        return section("errors", text.errors, table("errors", text.errors, [text.code, text.count, text.example, text.where], rows,
                                                    textColumns: [2, 3], codeRowHeaders: true, placeColumns: [3], labelled: true),
                       rows: rows.count)
    }

    /// Contrast (WCAG 2.1, 1.4.3 and 1.4.11) on the white page: text (--fg) 17.2:1, secondary text (--muted) 6.9:1,
    /// bars 6.3:1 (printed in grey, 5.7:1). A goal's tick is black with a white edge: 21:1 past its bar, 3.3:1 against
    /// the green bar it crosses (3.7:1 against the grey one in print). With forced colours (Windows' contrast themes)
    /// the browser recolours the page but not an SVG's fills, which left the chart's dark text on a black page: the
    /// chart is drawn in the theme's colours too.
    static let style = """
        :root{--fg:#1b1b1b;--muted:#5a5a5a;--bar:#2e6b4f;--line:#d5d5d5;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
        body{margin:0;color:var(--fg);background:#fff;line-height:1.45}
        main,footer{max-width:70rem;margin:0 auto;padding:1rem}
        h1{font-size:1.5rem}h2{font-size:1.2rem;border-bottom:1px solid var(--line);padding-bottom:.2rem;margin-top:2rem}h3{font-size:1rem;margin-top:1.5rem}
        .facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(9.5rem,1fr));gap:.5rem;margin:0}
        .facts div{border:1px solid var(--line);border-radius:.4rem;padding:.4rem .6rem}
        dt{font-size:.8rem;color:var(--muted)}dd{margin:0;font-weight:600}
        h1,dd{overflow-wrap:anywhere}
        .pair{display:grid;grid-template-columns:1fr;gap:1rem;align-items:start}
        @media (min-width:60rem){.pair{grid-template-columns:1fr 1fr}}
        .pair.wide{grid-template-columns:1fr}.pair+.pair{margin-top:1.5rem}
        .wide th[scope=row]{min-width:10rem}
        @media (max-width:30rem){.wide th[scope=row]{min-width:6.5rem}.wide table{font-size:.85rem}.wide th,.wide td{padding:.2rem .25rem}}
        #errors td{overflow-wrap:break-word}#errors .num,#errors .place,#errors thead th{overflow-wrap:normal}
        @media (max-width:30rem){#errors table,#errors tbody,#errors tr,#errors th,#errors td{display:block}#errors caption{display:block}
        #errors thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
        #errors tr{border-bottom:2px solid var(--line);padding:.3rem 0}#errors th,#errors td{border:0;padding:.1rem .2rem;text-align:left}
        #errors td::before{content:attr(data-label) ": ";color:var(--muted);font-size:.8rem}}
        figure{margin:0}.chart{max-width:100%;height:auto;font-size:\(ChartScale.fontSize)px}.chart{display:block}
        .chart text{fill:var(--fg)}.chart .axis{fill:var(--muted)}.bar{fill:var(--bar)}.goal{fill:#000;stroke:#fff;stroke-width:1.5;paint-order:stroke}
        figcaption{color:var(--muted);font-size:.85rem}.scales{margin:.6rem 0 0}.note{color:var(--muted)}.nw{white-space:nowrap}
        .alert{color:#713f12;background:#fef3c7;border:1px solid currentColor;border-radius:.4rem;padding:.4rem .6rem}
        .table{overflow-x:auto}.table:focus-visible{outline:2px solid var(--fg);outline-offset:2px}table{border-collapse:collapse;width:100%;font-size:.9rem}
        caption{text-align:left;font-weight:600;padding:.3rem 0}
        th,td{border-bottom:1px solid var(--line);padding:.25rem .4rem;text-align:left;vertical-align:top}
        .num{text-align:right;font-variant-numeric:tabular-nums}
        .vh{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
        .table,dd{position:relative}
        footer{margin-top:1rem;color:var(--muted);font-size:.85rem}
        @media (max-width:24rem){main,footer{padding:.5rem}table{font-size:.85rem}th,td{padding:.2rem .25rem}}
        @media (max-width:21rem){table{font-size:.8rem}th,td{padding:.15rem .2rem}}
        @media (forced-colors:active){.chart text,.chart .axis,.bar{fill:CanvasText}.goal{fill:Canvas;stroke:CanvasText}}
        @media print{main,footer{max-width:none;padding:0}section.keep,.chart,tr,.facts div{break-inside:avoid}figcaption{break-before:avoid}h2,h3,caption,thead{break-after:avoid}tbody tr:first-child,tbody tr:nth-child(2){break-before:avoid}
        thead{display:table-header-group}.table{overflow:visible}.pair{grid-template-columns:1fr 1fr}.bar{fill:#666}
        .chart{max-height:8.5in}}
        """
}
