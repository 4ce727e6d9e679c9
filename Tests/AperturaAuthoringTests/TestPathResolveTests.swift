import Testing

@testable import AperturaAuthoring

/// Paths in a test file are read from its folder, with `.` and `..` folded away; a `..` that climbs above
/// a relative folder is kept, as many times as it is written (`../../Rules` from `Tests` is `../Rules`).
@Suite struct TestPathResolveTests {
    @Test func leadingParentStepsAreKept() {
        #expect(RuleTestLoader.resolve("../../Policies/p.yaml", from: "") == "../../Policies/p.yaml")
        #expect(RuleTestLoader.resolve("../../../Rules/mga", from: "Tests/Fixtures") == "../Rules/mga")
        #expect(RuleTestLoader.resolve("../../x", from: "a") == "../x")
    }

    @Test func innerStepsAreFolded() {
        #expect(RuleTestLoader.resolve("./b/../c.yaml", from: "a") == "a/c.yaml")
        #expect(RuleTestLoader.resolve("/r/./s/../t", from: "a") == "/r/t")
    }
}
