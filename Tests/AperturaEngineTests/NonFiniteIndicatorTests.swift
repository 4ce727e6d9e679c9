import AperturaEngine
import AperturaModel
import Testing

/// An indicator whose formula divides a double by zero (infinite in CEL) is an error that says so, and large
/// values are shown as numbers.
@Suite struct NonFiniteIndicatorTests {
    @Test(arguments: [
        ("double(a.n) / 0.0", "infinito", "infinity"),
        ("-double(a.n) / 0.0", "menos infinito", "minus infinity"),
        ("0.0 / 0.0", "NaN", "NaN"),
    ])
    func aDivisionByZeroIsSaidAsSuch(_ formula: String, _ es: String, _ en: String) throws {
        let original = try String(contentsOfFile: "\(Fixtures.mini)/rules/indicators.yaml", encoding: .utf8)
        #expect(original.contains("    value: a.n / 0\n"))
        let rules = try Fixtures.miniRules(replacing: "indicators.yaml",
                                           with: original.replacingOccurrences(of: "    value: a.n / 0\n", with: "    value: \(formula)\n"))
        let evaluator = try Fixtures.evaluator(rules: rules)
        let assessment = try Fixtures.assessment("\(Fixtures.mini)/municipio.yaml", ruleSet: evaluator.compiled.ruleSet)
        let evaluation = try evaluator.evaluate(assessment, asOf: Fixtures.day("2026-06-30"))
        guard case .error(let message)? = evaluation.indicators["broken"] else {
            Issue.record("expected an error, got \(String(describing: evaluation.indicators["broken"]))")
            return
        }
        #expect(message.es == "el indicador dio \(es), no un número: revise si su fórmula divide entre cero")
        #expect(message.en == "the indicator yielded \(en), not a number: check whether its formula divides by zero")
    }

    @Test(arguments: [(-1.7e308, "-1.7e+308"), (1e300, "1e+300"), (2.5e15, "2500000000000000.0"), (0.12345, "0.1235"), (-3.0, "-3")])
    func valuesAreFormattedAsNumbers(_ value: Double, _ text: String) {
        #expect(IndicatorValue.format(value) == text)
    }
}
