import AperturaEngine
import AperturaLoader
import AperturaModel
import AperturaSource
import Foundation
import TestSupport

/// Paths to the checked-in fixtures and helpers to load them.
enum Fixtures {
    static let root = SharedData.packageRoot.path
    static let mini = "\(root)/Tests/Fixtures/mini"

    static func path(_ relative: String) -> String { "\(root)/\(relative)" }

    static func evaluator(rules: String = "\(mini)/rules", policy: String = "\(mini)/policy.yaml") throws -> Evaluator {
        let (evaluator, diagnostics) = Workspace.load(rules: rules, policy: policy)
        guard let evaluator else {
            throw FixtureError(diagnostics.map { $0.rendered(.en) }.joined(separator: "\n"))
        }
        return evaluator
    }

    static func assessment(_ path: String, ruleSet: RuleSet) throws -> Assessment {
        let (assessments, diagnostics) = Workspace.assessments(in: path, ruleSet: ruleSet, strict: false)
        guard let first = assessments.first else {
            throw FixtureError(diagnostics.map { $0.rendered(.en) }.joined(separator: "\n"))
        }
        return first
    }

    static func day(_ text: String) -> Day { Day(text)! }

    /// The evaluation on 2026-06-30, by `evaluator`, of a municipio of 100,000 inhabitants (M-3) whose answers are
    /// `answers` (YAML under `answers:`, from line 5 of the file).
    static func evaluation(answers: String, by evaluator: Evaluator, detail: Evaluator.Detail = .full) throws -> Evaluation {
        let file = try temporaryDirectory() + "/a.yaml"
        try write("""
            apertura: 1
            rule_set: mini
            institution: {id: M-3, name: Municipio, kind: municipio, order: municipal, state: jalisco, population: 100000}
            answers:
            \(answers)
            """, to: file)
        return try evaluator.evaluate(assessment(file, ruleSet: evaluator.compiled.ruleSet), asOf: day("2026-06-30"), detail: detail)
    }

    /// What reading `yaml`, written to a file of its own, as a self-assessment against the mini rule set reports;
    /// `strict` adds the `missing_answer` errors, as `validate` does.
    static func assessmentDiagnostics(_ yaml: String, strict: Bool = false) throws -> [Diagnostic] {
        let evaluator = try evaluator()
        let file = try temporaryDirectory() + "/a.yaml"
        try write(yaml, to: file)
        return Workspace.assessments(in: file, ruleSet: evaluator.compiled.ruleSet, strict: strict).1
    }

    /// Each diagnostic as "line:column code" ("-" when it has no place), as tests compare them.
    /// What reading a municipio's self-assessment with these `answers` (YAML under `answers:`) reports, with the
    /// rule set at `rules` (relative to the package).
    static func answerDiagnostics(_ answers: String, rules: String, policy: String, ruleSet: String) throws -> [Diagnostic] {
        let evaluator = try evaluator(rules: path(rules), policy: path(policy))
        let file = try temporaryDirectory() + "/a.yaml"
        try write("""
            apertura: 1
            rule_set: \(ruleSet)
            institution: {id: X, name: X, kind: municipio, order: municipal, state: jalisco}
            answers:

            """ + answers, to: file)
        return Workspace.assessments(in: file, ruleSet: evaluator.compiled.ruleSet, strict: false).1
    }

    static func brief(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.range.map { "\($0.start.line):\($0.start.column)" } ?? "-") \($0.code)" }
    }

    /// A fresh temporary folder for a test.
    static func temporaryDirectory() throws -> String {
        let url = Scratch.url.appendingPathComponent("apertura-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// A copy of the mini rule set in a temporary folder, with one file replaced, for broken-rule tests.
    static func miniRules(replacing file: String, with text: String) throws -> String {
        let dir = try temporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: "\(mini)/rules") {
            try FileManager.default.copyItem(atPath: "\(mini)/rules/\(name)", toPath: "\(dir)/\(name)")
        }
        try write(text, to: "\(dir)/\(file)")
        return dir
    }

    /// The mini policy with each `(old, new)` text replaced and `tail` appended (waivers, applicability
    /// entries), written to a temporary folder.
    static func miniPolicy(replacing replacements: [(String, String)] = [], appending tail: String = "") throws -> String {
        var text = try String(contentsOfFile: "\(mini)/policy.yaml", encoding: .utf8)
        for (old, new) in replacements {
            guard text.contains(old) else { throw FixtureError("the mini policy has no '\(old)'") }
            text = text.replacingOccurrences(of: old, with: new)
        }
        let file = try temporaryDirectory() + "/policy.yaml"
        try write(text + tail, to: file)
        return file
    }

    /// A copy of the mini rule set whose indicators file has `old` replaced with `new`.
    static func miniRules(editingIndicators old: String, to new: String) throws -> String {
        let text = try String(contentsOfFile: "\(mini)/rules/indicators.yaml", encoding: .utf8)
        guard text.contains(old) else { throw FixtureError("the mini indicators have no '\(old)'") }
        return try miniRules(replacing: "indicators.yaml", with: text.replacingOccurrences(of: old, with: new))
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
