import AperturaReports
public import AperturaSource

/// Pure renderers of a test run: text for people, JUnit XML for CI.
public enum RuleTestRenderer {
    public static func text(_ run: RuleTestRun, coverage: Bool, language: Language) -> String {
        let es = language == .es
        // Both labels padded to the longer one and two spaces, so that the places line up in either language.
        let (pass, fail) = es ? ("ok", "FALLA") : ("ok", "FAIL")
        let width = max(pass.count, fail.count) + 2
        func label(_ text: String) -> String { text + String(repeating: " ", count: width - text.count) }
        var out = ""
        // A control character in a file's name is shown, not obeyed, as in diagnostics.
        func place(_ result: RuleTestResult) -> String { "\(HiddenCharacters.shownName(result.range.start.file)):\(result.range.start.line)" }
        for result in run.results {
            if result.passed {
                out += "\(label(pass))\(place(result)) \(result.name)\n"
                continue
            }
            out += "\(label(fail))\(place(result)) \(result.name)\n"
            for failure in result.failures {
                out += "  \(failure.range.start): \(failure.message.text(language))\n"
            }
        }
        if coverage {
            for item in run.coverage {
                let rules = item.ruleCount - item.uncoveredRules.count, indicators = item.indicatorCount - item.uncoveredIndicators.count
                out += es ? "cobertura de «\(item.ruleSetID)» (\(item.rules)): \(rules)/\(item.ruleCount) reglas, \(indicators)/\(item.indicatorCount) indicadores\n"
                          : "coverage of '\(item.ruleSetID)' (\(item.rules)): \(rules)/\(item.ruleCount) rules, \(indicators)/\(item.indicatorCount) indicators\n"
                for rule in item.uncoveredRules { out += es ? "  regla sin probar: \(rule)\n" : "  untested rule: \(rule)\n" }
                for indicator in item.uncoveredIndicators { out += es ? "  indicador sin probar: \(indicator)\n" : "  untested indicator: \(indicator)\n" }
            }
        }
        let (cases, passed, failed) = (run.results.count, run.passedCount, run.failedCount)
        out += es ? "\(CountText.of(cases, "caso", "casos")): \(CountText.of(passed, "pasa", "pasan")), \(CountText.of(failed, "falla", "fallan"))\n"
                  : "\(CountText.of(cases, "case", "cases")): \(passed) passed, \(failed) failed\n"
        if run.results.isEmpty {
            // Say why: errors in the files (listed above) stop every case of their file, or no file was found.
            if run.hasInvalidInput {
                out += es ? "no se ejecutó ninguna prueba: corrija los errores de arriba\n" : "no test ran: fix the errors above\n"
            } else {
                out += es ? "no se ejecutó ninguna prueba: no hay archivos *.tests.yaml con casos en esas rutas\n"
                    : "no test ran: no *.tests.yaml files with cases under those paths\n"
            }
        }
        return out
    }

    /// JUnit XML: one `testsuite` per test file, one `testcase` per case, a `failure` per failed case.
    public static func junit(_ run: RuleTestRun, language: Language) -> String {
        var files: [String] = []
        for result in run.results where !files.contains(result.file) { files.append(result.file) }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"apertura test\" tests=\"\(run.results.count)\" failures=\"\(run.failedCount)\">\n"
        for file in files {
            let results = run.results.filter { $0.file == file }
            out += "  <testsuite name=\"\(MarkupText.escape(file))\" tests=\"\(results.count)\" failures=\"\(results.count(where: { !$0.passed }))\">\n"
            for result in results {
                // `file` and `line` apart, as JUnit readers (CI test reports) take them: a `file` ending in
                // `:line` names no file.
                let name = MarkupText.escape(result.name)
                let place = "\(MarkupText.escape(result.range.start.file))\" line=\"\(result.range.start.line)"
                if result.passed {
                    out += "    <testcase classname=\"\(MarkupText.escape(file))\" name=\"\(name)\" file=\"\(place)\"/>\n"
                    continue
                }
                out += "    <testcase classname=\"\(MarkupText.escape(file))\" name=\"\(name)\" file=\"\(place)\">\n"
                let body = result.failures.map { "\($0.range.start): \($0.message.text(language))" }.joined(separator: "\n")
                out += "      <failure message=\"\(MarkupText.escape(result.failures.first?.message.text(language) ?? ""))\">\(MarkupText.escape(body))</failure>\n"
                out += "    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        out += "</testsuites>\n"
        return out
    }
}
