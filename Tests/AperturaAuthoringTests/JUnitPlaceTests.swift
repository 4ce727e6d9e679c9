import AperturaAuthoring
import Testing

/// JUnit XML gives a case's file and line as two attributes, as CI test reports read them; `file` used to
/// end in `:line`, which names no file.
@Suite struct JUnitPlaceTests {
    @Test func fileAndLineAreSeparateAttributes() {
        let file = Fixtures.path("Tests/Fixtures/tests/order.tests.yaml")
        let junit = RuleTestRenderer.junit(RuleTestRunner.run(paths: [file]), language: .en)
        // The only case starts on line 7.
        #expect(junit.contains("<testcase classname=\"\(file)\" name=\"orden del archivo\" file=\"\(file)\" line=\"7\">"))
    }
}
