import AperturaEngine
import AperturaYAML
import Foundation
import Testing

/// Which bundled rule set a self-assessment is evaluated with: the one its `rule_set` names, PAI when it names
/// none, and never a path: a `rule_set` that is not a plain id (letters, digits, `_`, `-`) is not used to pick a
/// folder (it would reach outside `Rules/`).
@Suite struct AssessmentRuleSetChoiceTests {
    func file(_ text: String) throws -> String {
        let path = try Fixtures.temporaryDirectory() + "/a.yaml"
        try Fixtures.write(text, to: path)
        return path
    }

    @Test func theRuleSetNamedIsUsed() throws {
        let path = try file("apertura: 1\nrule_set: mga\n")
        #expect(Workspace.ruleSetID(of: path) == "mga")
        #expect(Workspace.rulesDirectory(for: SourceInput(path), override: nil).hasSuffix("Rules/mga"))
    }

    @Test func withoutARuleSetPAIIsUsed() throws {
        let path = try file("apertura: 1\n")
        #expect(Workspace.ruleSetID(of: path) == nil)
        #expect(Workspace.rulesDirectory(for: SourceInput(path), override: nil).hasSuffix("Rules/pai"))
    }

    @Test func aPathIsNotARuleSetID() throws {
        for id in ["../mga", "pai/../mga", "/etc"] {
            let path = try file("apertura: 1\nrule_set: \"\(id)\"\n")
            #expect(Workspace.ruleSetID(of: path) == nil, "\(id)")
            #expect(Workspace.rulesDirectory(for: SourceInput(path), override: nil).hasSuffix("Rules/pai"), "\(id)")
        }
    }

    @Test func anOverrideWins() throws {
        let path = try file("apertura: 1\nrule_set: mga\n")
        #expect(Workspace.rulesDirectory(for: SourceInput(path), override: "/somewhere/rules") == "/somewhere/rules")
    }
}
