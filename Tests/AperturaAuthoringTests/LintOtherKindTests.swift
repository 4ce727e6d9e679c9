import AperturaAuthoring
import AperturaSource
import Foundation
import Testing

/// Files of another kind named to `lint`: a CSV mapping used to be linted as a policy (a dozen "missing key"
/// errors), and a test file outside any rule set folder was passed over ("nothing to lint ... self-assessments
/// are checked with validate"). Each is now one error saying what it is.
@Suite struct LintOtherKindTests {
    @Test func aMappingIsSaidToBeOne() {
        let mapping = Fixtures.path("Mappings/mga2017.yaml")
        let result = Linter.lint(paths: [mapping])
        #expect(result.diagnostics.map(\.code) == ["not_a_rule_file"])
        #expect(result.diagnostics.first?.message.text(.en) == "'\(mapping)' is a CSV column mapping, not a rule set or a policy")
        #expect(result.fails(strict: false))
    }

    @Test func aTestFileOutsideARuleSetIsSaidToBeOne() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/suelto.tests.yaml"
        try FileManager.default.copyItem(atPath: Fixtures.path("Rules/pai/pai.tests.yaml"), toPath: file)
        let result = Linter.lint(paths: [file])
        #expect(result.diagnostics.map(\.code) == ["not_a_rule_file"])
        #expect(result.diagnostics.first?.message.text(.en) == "'\(file)' is a test file that no rule set folder holds")
        #expect(result.diagnostics.first?.help?.text(.en) == "run it with apertura test, or put it in its rule set's folder")
    }
}
