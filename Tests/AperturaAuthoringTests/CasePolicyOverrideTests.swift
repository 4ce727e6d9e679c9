import AperturaAuthoring
import Foundation
import Testing

/// A case's own `policy` (or `as_of`) wins over the file's; a case without one takes the file's. Paths
/// are read from the test file's folder, and a policy that cannot be read is reported where it is named.
@Suite struct CasePolicyOverrideTests {
    @Test func aCasesPolicyWinsOverTheFiles() throws {
        let dir = try Fixtures.temporaryDirectory()
        let file = dir + "/override.tests.yaml"
        try Fixtures.write("""
            kind: tests
            rules: \(Fixtures.path("Tests/Fixtures/mini/rules"))
            policy: de-archivo.yaml
            as_of: 2026-06-30
            cases:
              - name: propia
                policy: sub/del-caso.yaml
                as_of: 2029-01-15
                assessment: m.yaml
                expect: {ratio: 0.5}
              - name: heredada
                assessment: m.yaml
                expect: {ratio: 0.5}

            """, to: file)
        let (loaded, found) = RuleTestLoader.load(file: file)
        #expect(found.isEmpty)
        let cases = try #require(loaded?.cases)
        #expect(cases.map(\.policy) == [dir + "/sub/del-caso.yaml", dir + "/de-archivo.yaml"])
        #expect(cases.map(\.asOf.description) == ["2029-01-15", "2026-06-30"])
        // Where each case's policy is named, for a policy that cannot be read: the case's on line 7 (`    policy: `,
        // column 13), the file's on line 3 (`policy: `, column 9).
        #expect(cases.map { [$0.policyRange?.start.line, $0.policyRange?.start.column] } == [[7, 13], [3, 9]])
    }
}
