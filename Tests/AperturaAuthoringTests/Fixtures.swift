import AperturaAuthoring
import Foundation
import TestSupport

/// Paths and golden files for the authoring tools' tests.
enum Fixtures {
    static let root = SharedData.packageRoot.path

    static func path(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }

    /// The first five lines of a test file over the mini rules and policy on 2026-06-30, up to `cases:`.
    static var miniTestsHead: String {
        """
        kind: tests
        rules: \(path("Tests/Fixtures/mini/rules"))
        policy: \(path("Tests/Fixtures/mini/policy.yaml"))
        as_of: 2026-06-30
        cases:
        """
    }

    /// Makes a text independent of where the checkout is.
    static func relative(_ text: String) -> String { text.replacingOccurrences(of: root + "/", with: "") }

    /// `APERTURA_UPDATE_GOLDEN=1 swift test` rewrites golden files instead of comparing.
    static var updating: Bool { ProcessInfo.processInfo.environment["APERTURA_UPDATE_GOLDEN"] == "1" }

    /// The golden file's text (after writing `actual` into it when updating).
    static func golden(_ relative: String, actual: String) throws -> String {
        let file = path(relative)
        if updating { try actual.write(toFile: file, atomically: true, encoding: .utf8) }
        return try String(contentsOfFile: file, encoding: .utf8)
    }

    /// A new empty folder under the system's temporary folder.
    static func temporaryDirectory() throws -> String {
        let url = Scratch.url.appendingPathComponent("apertura-authoring-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// A file of the package as text, with each (old, new) replacement applied once; fails when `old` is absent.
    static func edited(_ relative: String, _ replacements: [(String, String)]) throws -> String {
        var text = try String(contentsOfFile: path(relative), encoding: .utf8)
        for (old, new) in replacements {
            guard let range = text.range(of: old) else { throw EditError.notFound(old) }
            text.replaceSubrange(range, with: new)
        }
        return text
    }

    enum EditError: Error { case notFound(String) }

    /// A copy of the mini rules in a new temporary folder (`DIR/rules`), with the test file
    /// `Tests/Fixtures/test-references/NAME` placed beside them, its paths made to fit there: the folder `DIR`.
    static func miniRulesWithTestFile(_ name: String) throws -> String {
        let dir = try temporaryDirectory()
        try FileManager.default.copyItem(atPath: path("Tests/Fixtures/mini/rules"), toPath: dir + "/rules")
        let text = try edited("Tests/Fixtures/test-references/\(name)", [
            ("rules: ../mini/rules", "rules: ."),
            ("policy: ../mini/policy.yaml", "policy: \(path("Tests/Fixtures/mini/policy.yaml"))"),
            ("assessment: ../mini/municipio.yaml", "assessment: \(path("Tests/Fixtures/mini/municipio.yaml"))"),
        ])
        try write(text, to: dir + "/rules/" + name)
        return dir
    }

    /// A test file of the PAI rules with one case, `name` judging `assessment` (written as given: a path, or
    /// nothing) against `expect`, at `file`.
    static func writeOneCasePAITest(to file: String, name: String, assessment: String = path("Examples/municipio-zapopan.yaml"),
                                    expect: String) throws {
        try """
            kind: tests
            rules: \(path("Rules/pai"))
            policy: \(path("Policies/pai-inicio.yaml"))
            as_of: 2026-06-30
            cases:
              - name: \(name)
                assessment: \(assessment)
                expect: \(expect)
            """.write(toFile: file, atomically: false, encoding: .utf8)
    }

    /// The mini policy (`Tests/Fixtures/mini/policy.yaml`) with `replacements` made and `tail` appended,
    /// written to a file of its own: the file's path.
    static func editedMiniPolicy(_ replacements: [(String, String)], appending tail: String = "") throws -> String {
        let file = try temporaryDirectory() + "/p.yaml"
        try write(try edited("Tests/Fixtures/mini/policy.yaml", replacements) + tail, to: file)
        return file
    }

    /// A copy of the mini rules in a new temporary folder, with `replacements` made in its file `name`: the folder.
    static func editedMiniRules(_ name: String, _ replacements: [(String, String)]) throws -> String {
        let dir = try temporaryDirectory() + "/mini"
        try FileManager.default.copyItem(atPath: path("Tests/Fixtures/mini/rules"), toPath: dir)
        try write(try edited("Tests/Fixtures/mini/rules/\(name)", replacements), to: dir + "/" + name)
        return dir
    }

    /// Lints the mini rule set together with the policy at `policy`.
    static func lintWithMiniRules(_ policy: String) -> LintResult {
        Linter.lint(paths: [path("Tests/Fixtures/mini/rules"), policy])
    }
}
