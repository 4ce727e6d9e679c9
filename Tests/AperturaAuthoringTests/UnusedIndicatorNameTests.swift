import AperturaAuthoring
import Foundation
import Testing

/// An indicator used only through another one's formula is used, whatever its name: `indicators.r_base`
/// names `r_base`, not `r`.
@Suite struct UnusedIndicatorNameTests {
    @Test func anIndicatorWhoseNameHasAnUnderscoreIsFoundInAFormula() throws {
        let rules = try Fixtures.temporaryDirectory() + "/rules"
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/mini/rules"), toPath: rules)
        // r (judged by r_r and r_when) now reads a new indicator r_base, which nothing else uses.
        let indicators = try Fixtures.edited("Tests/Fixtures/mini/rules/indicators.yaml", [("    value: b.r\n", "    value: indicators.r_base\n")]) + """
              - id: r_base
                objective: o2
                name: {es: Razón base, en: Base ratio}
                unit: ratio
                class: effect
                periodicity: annual
                value: b.r
                source: {ref: s1, section: "Dos"}

            """
        try Fixtures.write(indicators, to: rules + "/indicators.yaml")
        let unused = Linter.lint(paths: [rules]).diagnostics.filter { $0.code == "unused_indicator" }
        // Only those of the mini rules themselves: no rule judges doubled or after_broken.
        #expect(unused.map(\.message.en) == ["no rule uses indicator 'doubled'", "no rule uses indicator 'after_broken'"])
    }
}
