import Foundation
import Testing
import TestSupport

/// Under the `indicator` model the score is an indicator's value, which a rule set may let go negative or far
/// past 1. The text report and a batch must print it, not trap converting it to an integer (both did past
/// Int.max), and a negative score keeps its sign (-0.05 printed as 0.05).
@Suite struct IndicatorModelScoreTests {
    /// A copy of the PAI rules whose `mecanismos_operando` is `factor` times its count, and a policy scoring by it.
    func workspace(factor: String) throws -> (rules: String, policy: String, dir: String) {
        let (dir, rules) = try ScaledPAIRules.copy(formula: factor)
        let policy = try CLI.read("Policies/pai-inicio.yaml")
            .replacingOccurrences(of: "  model: weighted_rules\n  credit: binary\n", with: "  model: indicator\n  indicator: mecanismos_operando\n")
        #expect(policy.contains("  model: indicator\n"))
        try policy.write(toFile: dir + "/policy.yaml", atomically: true, encoding: .utf8)
        return (rules, dir + "/policy.yaml", dir)
    }

    // Tlalnelhuayocan has one mechanism working that anyone can use: the count is 1.
    let example = "Examples/municipio-tlalnelhuayocan.yaml"

    @Test func aScorePastIntMaxIsPrinted() throws {
        let w = try workspace(factor: "COUNT * 1000000000000000000")
        let text = try CLI.run(["evaluate", example, "--rules", w.rules, "--policy", w.policy, "--as-of", "2026-06-30"])
        #expect(text.status == 0, "\(text.stderr.prefix(300))")
        #expect(text.stdout.contains("\nPuntaje: 1e+18 · Nivel: Avanzado (umbrales propuestos)\n"), "\(text.stdout.prefix(600))")
        let markdown = try CLI.run(["evaluate", example, "--rules", w.rules, "--policy", w.policy, "--as-of", "2026-06-30", "--format", "markdown"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.contains("- **Puntaje: 1e+18** · nivel: **Avanzado** (umbrales propuestos)"))
        // A batch puts it in the last bin of the histogram.
        let out = w.dir + "/out"
        let batch = try CLI.run(["batch", example, "--rules", w.rules, "--policy", w.policy, "--as-of", "2026-06-30", "--output", out])
        #expect(batch.status == 0, "\(batch.stderr.prefix(300))")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json"))) as? [String: Any])
        let histogram = try #require((summary["score"] as? [String: Any])?["histogram"] as? [[String: Any]])
        #expect(histogram.map { $0["count"] as? Int } == Array(repeating: 0, count: 9) + [1])
    }

    @Test func aNegativeScoreKeepsItsSign() throws {
        let w = try workspace(factor: "double(COUNT) * -0.05")
        let r = try CLI.run(["evaluate", example, "--rules", w.rules, "--policy", w.policy, "--as-of", "2026-06-30"])
        #expect(r.status == 0, "\(r.stderr.prefix(300))")
        #expect(r.stdout.contains("\nPuntaje: -0.05 · Nivel: Insuficiente (umbrales propuestos)\n"), "\(r.stdout.prefix(600))")
    }

    /// An indicator that cannot be computed (a division by zero) leaves the score, and so the level, undetermined:
    /// `--fail-on` then fails even at the last level, as a level worse than any (`failsThreshold`).
    @Test func anUndeterminedScoreFailsEvenTheLastLevel() throws {
        let w = try workspace(factor: "COUNT / 0")
        let r = try CLI.run(["evaluate", example, "--rules", w.rules, "--policy", w.policy, "--as-of", "2026-06-30", "--fail-on", "insuficiente"])
        #expect(r.stdout.contains("\nPuntaje: —\n"), "\(r.stdout.prefix(600))")
        #expect(r.status == 1, "\(r.stderr.prefix(300))")
        #expect(r.stderr.hasSuffix("--fail-on insuficiente: no se obtuvo nivel (no hay puntaje), lo que cuenta como peor que cualquiera (salida 1)\n"), "\(r.stderr)")
    }
}

/// A distance past the range of numbers (a value near -1.7e308 against a goal near 1.7e308, in a rule set that
/// allows them) is written "Infinity" in the JSON report; the report used to be `{}` with exit status 0.
@Suite struct JSONNonFiniteTests {
    /// Tlalnelhuayocan's `mecanismos_operando` (a count of 1) made `factor` × 1, against a goal of `target`.
    func finding(factor: String, target: String) throws -> [String: Any] {
        let rules = try self.rules(factor: factor, target: target)
        let r = try CLI.run(["evaluate", "Examples/municipio-tlalnelhuayocan.yaml", "--rules", rules, "--as-of", "2026-06-30", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr.prefix(300))")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect((report["gaps"] as? [Any])?.isEmpty == false)
        let findings = try #require(report["findings"] as? [[String: Any]])
        return try #require(findings.first { $0["rule"] as? String == "mecanismos_operando" })
    }

    func rules(factor: String, target: String) throws -> String {
        let rules = try ScaledPAIRules.copy(formula: "double(COUNT) * \(factor)").rules
        // mecanismos_operando's goal for the `inicio` phase: at least 1.
        let rulesFile = rules + "/rules/participacion.yaml"
        var lines = try String(contentsOfFile: rulesFile, encoding: .utf8).components(separatedBy: "\n")
        #expect(lines[199] == "        target: 1")
        lines[199] = "        target: \(target)"
        try lines.joined(separator: "\n").write(toFile: rulesFile, atomically: true, encoding: .utf8)
        return rules
    }

    @Test func anInfiniteDistanceIsWrittenAsText() throws {
        // -1.7e308 against 1.7e308: 3.4e308 is past the largest double.
        let finding = try finding(factor: "-1.7e308", target: "1.7e308")
        #expect(finding["outcome"] as? String == "not_met")
        #expect(finding["distance"] as? String == "Infinity")
    }

    /// The text report writes the same distance as a number, not `inf`.
    @Test func aLargeFiniteDistanceIsPrintedInText() throws {
        let rules = try rules(factor: "-1e305", target: "1")
        let r = try CLI.run(["evaluate", "Examples/municipio-tlalnelhuayocan.yaml", "--rules", rules, "--as-of", "2026-06-30", "--view", "gaps"])
        #expect(r.status == 0, "\(r.stderr.prefix(300))")
        #expect(r.stdout.contains("(distancia 1e+305)"), "\(r.stdout)")
        #expect(!r.stdout.contains("distancia inf"))
    }

    /// Rounding to four decimals must not scale a large finite distance past the range: 1 - (-1e305) is 1e305.
    @Test func aLargeFiniteDistanceStaysFinite() throws {
        let finding = try finding(factor: "-1e305", target: "1")
        #expect(finding["outcome"] as? String == "not_met")
        #expect(finding["distance"] as? Double == 1e305)
    }
}

/// summary.json's means are rounded to six decimals without scaling a large finite mean past the range: an
/// indicator of 1e303 had a mean of "Infinity".
@Suite struct SummaryLargeMeanTests {
    @Test func aLargeFiniteMeanStaysFinite() throws {
        let (dir, rules) = try ScaledPAIRules.copy(formula: "double(COUNT) * 1e303")
        // Tlalnelhuayocan alone: one mechanism counted, so the mean is 1e303.
        let out = dir + "/out"
        let r = try CLI.run(["batch", "Examples/municipio-tlalnelhuayocan.yaml", "--rules", rules, "--as-of", "2026-06-30", "--output", out])
        #expect(r.status == 0, "\(r.stderr.prefix(300))")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json"))) as? [String: Any])
        let indicators2 = try #require(summary["indicators"] as? [[String: Any]])
        let mean = try #require(indicators2.first { $0["id"] as? String == "mecanismos_operando" })
        #expect(mean["mean"] as? Double == 1e303)
        #expect(mean["count"] as? Int == 1)
    }
}
