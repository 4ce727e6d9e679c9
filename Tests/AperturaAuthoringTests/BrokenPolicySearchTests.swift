import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// A policy in a searched folder (`apertura lint` reads `Policies`) that is broken at its `kind` or in its
/// YAML was skipped as "not a policy", and lint exited 0. It is now linted, so its error is reported.
@Suite struct BrokenPolicySearchTests {
    private func folder(with files: [String: String]) throws -> String {
        let dir = try Fixtures.temporaryDirectory()
        for (name, text) in files { try Fixtures.write(text, to: "\(dir)/Policies/\(name)") }
        return dir
    }

    @Test func aMisspeltKindIsReported() throws {
        let text = try Fixtures.edited("Tests/Fixtures/mini/policy.yaml", [("kind: policy", "kind: politica")])
        let dir = try folder(with: ["p.yaml": text])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = Linter.lint(paths: [Fixtures.path("Tests/Fixtures/mini/rules"), dir + "/Policies"])
        let errors = result.diagnostics.filter(\.isError)
        // `kind: politica` on line 1, the value at column 7.
        #expect(errors.map(\.code) == ["invalid_value"])
        #expect(errors.map(\.range?.start) == [SourceLocation(file: dir + "/Policies/p.yaml", line: 1, column: 7)])
    }

    @Test func aPolicyYAMLCannotReadIsReported() throws {
        let dir = try folder(with: ["p.yaml": "# a policy cut short\nkind: policy\nid: [\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = Linter.lint(paths: [dir + "/Policies"])
        #expect(result.diagnostics.filter(\.isError).map(\.code) == ["yaml_syntax_error"])
        #expect(result.fails(strict: false))
    }

    @Test func otherFilesAreStillLeftAlone() throws {
        // A CSV mapping and a self-assessment are not policies; with nothing else, there is nothing to lint.
        let mapping = try String(contentsOfFile: Fixtures.path("Mappings/mga2017.yaml"), encoding: .utf8)
        let assessment = try String(contentsOfFile: Fixtures.path("Tests/Fixtures/mini/municipio.yaml"), encoding: .utf8)
        let dir = try folder(with: ["m.yaml": mapping, "a.yaml": assessment])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(Linter.lint(paths: [dir + "/Policies"]).diagnostics.map(\.code) == ["nothing_to_lint"])
    }
}
