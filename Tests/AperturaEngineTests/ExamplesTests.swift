import AperturaEngine
import AperturaModel
import AperturaReports
import AperturaSource
import Foundation
import Testing

/// Every example under Examples/ against the expectations worked out by hand beside it, and against
/// its checked-in reports (Spanish and English text, JSON). `APERTURA_UPDATE_GOLDEN=1` rewrites the
/// reports after a deliberate change; the hand-worked expectations are never generated.
@Suite struct ExamplesTests {
    static let root = Fixtures.root

    /// `Examples/NAME.yaml` paths (relative) that have a hand-worked expectation.
    static let examples: [String] = {
        let fm = FileManager.default
        let base = "\(root)/Examples/expected"
        var found: [String] = []
        let enumerator = fm.enumerator(atPath: base)
        while let relative = enumerator?.nextObject() as? String {
            if relative.hasSuffix(".outcomes.yaml") {
                found.append("Examples/" + String(relative.dropLast(".outcomes.yaml".count)) + ".yaml")
            }
        }
        return found.sorted()
    }()

    static func expectation(_ example: String) throws -> ExampleExpectation {
        let name = example.dropFirst("Examples/".count).dropLast(".yaml".count)
        return try ExampleExpectation(file: "\(root)/Examples/expected/\(name).outcomes.yaml")
    }

    static func evaluate(_ example: String) throws -> (Evaluation, Evaluator) {
        let expected = try expectation(example)
        try #require(FileManager.default.changeCurrentDirectoryPath(root))
        let ruleSetID = try #require(Workspace.ruleSetID(of: example))
        // Relative paths, as a user in the checkout would give them: reports name files that way.
        let evaluator = try Fixtures.evaluator(
            rules: "Rules/\(ruleSetID)", policy: "Policies/\(expected.policy.replacingOccurrences(of: "_", with: "-")).yaml")
        let assessment = try Fixtures.assessment(example, ruleSet: evaluator.compiled.ruleSet)
        return (try evaluator.evaluate(assessment, asOf: Fixtures.day(expected.asOf)), evaluator)
    }

    @Test func thereAreAtLeastEightPAIExamplesOfDifferentKinds() throws {
        let pai = Self.examples.filter { !$0.hasPrefix("Examples/mga/") }
        #expect(pai.count >= 8)
        let kinds = try Set(pai.map { try Self.evaluate($0).0.institution.kind })
        #expect(kinds.count >= 8)
    }

    @Test(arguments: examples)
    func matchesTheHandWorkedOutcomes(_ example: String) throws {
        let expected = try Self.expectation(example)
        let (e, _) = try Self.evaluate(example)
        #expect(e.phase.phase.rawValue == expected.phase)
        #expect(Set(e.outcomes.map(\.rule.rawValue)) == Set(expected.outcomes.keys), "the same rules")
        for outcome in e.outcomes {
            guard let want = expected.outcomes[outcome.rule.rawValue] else { continue }
            #expect(outcome.outcome.code == want.outcome, "\(outcome.rule)")
            if let actual = want.actual {
                #expect(matches(outcome.value, actual), "\(outcome.rule): actual \(String(describing: outcome.value)) vs \(actual)")
            }
            if let target = want.target, let goal = outcome.goal {
                #expect(matches(goal.target, target), "\(outcome.rule): target")
            }
            if case .missingEvidence(let fields) = outcome.outcome { #expect(fields == want.evidenceMissing, "\(outcome.rule)") }
        }
        for (id, value) in expected.indicators {
            #expect(abs((e.indicators[IndicatorID(id)]?.value?.number ?? .nan) - value) < 1e-6, "indicator \(id)")
        }
        for (id, value) in expected.objectiveScores {
            #expect(abs((e.objectives.first { $0.objective.rawValue == id }?.score ?? .nan) - value) < 1e-6, "objective \(id)")
        }
        #expect(close(e.score, expected.score), "score \(String(describing: e.score)) vs \(String(describing: expected.score))")
        #expect(close(e.ratio, expected.plainRatio), "ratio")
        let applicable = e.outcomes.filter(\.outcome.isApplicable)
        #expect(applicable.count == expected.rulesApplicable)
        #expect(applicable.count(where: \.outcome.isMet) == expected.rulesMet)
        #expect(e.level?.rawValue == expected.level)
        #expect(e.quadrant?.rawValue == expected.quadrant)
    }

    func close(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case let (x?, y?): abs(x - y) < 1e-6
        default: false
        }
    }

    func matches(_ value: IndicatorValue?, _ text: String) -> Bool {
        switch value {
        case .bool(let b)?: text == (b ? "true" : "false")
        case .number(let x)?: Double(text).map { abs($0 - x) < 1e-6 } ?? false
        case nil: false
        }
    }

    func matches(_ target: Goal.Target, _ text: String) -> Bool {
        switch target {
        case .bool(let b): text == (b ? "true" : "false")
        case .number(let x): Double(text).map { abs($0 - x) < 1e-9 } ?? false
        }
    }

    // MARK: checked-in reports

    static let update = ProcessInfo.processInfo.environment["APERTURA_UPDATE_GOLDEN"] == "1"

    @Test(arguments: examples)
    func rendersItsCheckedInReports(_ example: String) throws {
        let (e, evaluator) = try Self.evaluate(example)
        let name = example.dropFirst("Examples/".count).dropLast(".yaml".count)
        let ruleSet = evaluator.compiled.ruleSet
        let es = ReportBuilder(ruleSet: ruleSet, policy: evaluator.policy, language: .es).build(e)
        let en = ReportBuilder(ruleSet: ruleSet, policy: evaluator.policy, language: .en).build(e)
        let renders = [
            "report.es.txt": TextReportRenderer(language: .es).render(es),
            "report.en.txt": TextReportRenderer(language: .en).render(en),
            "report.json": JSONReportRenderer.render(es),
        ]
        for (suffix, text) in renders.sorted(by: { $0.key < $1.key }) {
            try Self.matchGolden(text, at: "\(Self.root)/Examples/expected/\(name).\(suffix)")
        }
    }

    /// `text` against the checked-in file at `path`; with APERTURA_UPDATE_GOLDEN=1, written there instead.
    static func matchGolden(_ text: String, at path: String) throws {
        if update { return try Fixtures.write(text, to: path) }
        let golden = try? String(contentsOfFile: path, encoding: .utf8)
        #expect(golden == text, "\(path) differs from what is rendered; if the change is deliberate, run with APERTURA_UPDATE_GOLDEN=1 and review the diff")
    }

    /// One page as a golden (the HTML report's words are checked one by one in HTMLReportTests): read it
    /// in a browser after regenerating it.
    @Test func rendersZapopanAsHTML() throws {
        let example = "Examples/municipio-zapopan.yaml"
        let (e, evaluator) = try Self.evaluate(example)
        let report = ReportBuilder(ruleSet: evaluator.compiled.ruleSet, policy: evaluator.policy, language: .es).build(e)
        try Self.matchGolden(HTMLReportRenderer(language: .es).render(report), at: "\(Self.root)/Examples/expected/municipio-zapopan.report.html")
    }
}
