import AperturaEngine
import AperturaLoader
import AperturaModel
import AperturaSource
import AperturaYAML
import Testing

/// A stream of many self-assessments is read one document at a time, and the error count a loader checks
/// after each document costs nothing to ask and still counts errors past the diagnostics cap.
@Suite struct StreamLoadingTests {
    static let header = "apertura: 1\nrule_set: mini\ninstitution: {id: X, name: X, kind: municipio, order: municipal, state: jalisco}\n"

    @Test func errorsDroppedPastTheCapStillCount() {
        var list = DiagnosticList(cap: 1)
        list.append(.warning("w", LocalizedText(es: "w"), at: nil))
        list.append(.error("e", LocalizedText(es: "e"), at: nil))
        // At the cap the error takes the warning's place (shown rather than dropped); the warning is the one dropped.
        #expect(list.items.map(\.code) == ["e"])
        #expect(list.dropped == 1)
        list.append(.error("f", LocalizedText(es: "f"), at: nil))
        #expect(list.items.map(\.code) == ["e"])
        #expect(list.dropped == 2)
        #expect(list.errorCount == 2)
        #expect(list.hasErrors)
    }

    @Test func appendingAListCarriesWhatItDropped() {
        var inner = DiagnosticList(cap: 1)
        for code in ["a", "b", "c"] { inner.append(.error(code, LocalizedText(es: code), at: nil)) }
        var outer = DiagnosticList(cap: 3)
        outer.append(.warning("w", LocalizedText(es: "w"), at: nil))
        outer.append(contentsOf: inner)
        // w and a kept; b and c dropped by the inner list; three errors in all.
        #expect(outer.items.map(\.code) == ["w", "a"])
        #expect(outer.dropped == 2)
        #expect(outer.errorCount == 3)
    }

    @Test func aDocumentPastTheCapWithErrorsIsNotAnAssessment() throws {
        let ruleSet = try Fixtures.evaluator().compiled.ruleSet
        // The first document lacks `institution` (one error, which fills the cap of 1); the second has all
        // it needs but an unknown key: an error that is dropped, and must still reject the document.
        let text = "apertura: 1\nrule_set: mini\n---\n" + Self.header + "extra: 1\n"
        let parsed = YAMLParser.parse(Array(text.utf8), file: "s.yaml")
        #expect(parsed.documents.count == 2)
        let context = LoadContext(cap: 1)
        #expect(AssessmentLoader.read(parsed.documents[0], file: "s.yaml", ruleSet: ruleSet, context) == nil)
        #expect(AssessmentLoader.read(parsed.documents[1], file: "s.yaml", ruleSet: ruleSet, context) == nil)
        #expect(context.diagnostics.errorCount == 2)
    }

    @Test func aLongStreamKeepsTheParsersDiagnosticsFirstAndCountsEveryError() throws {
        let ruleSet = try Fixtures.evaluator().compiled.ruleSet
        // 300 documents `id: x` (missing apertura, rule_set and institution, unknown key id: 4 errors each),
        // then an unclosed flow list on line 601: a syntax error that ends the stream.
        let file = try Fixtures.temporaryDirectory() + "/s.yaml"
        try Fixtures.write(String(repeating: "id: x\n---\n", count: 300) + "a: [\n", to: file)
        let (assessments, diagnostics) = AssessmentLoader.load(file: file, ruleSet: ruleSet)
        #expect(assessments.isEmpty)
        #expect(diagnostics.items.count == DiagnosticList.defaultCap)
        #expect(diagnostics.items.first?.code == "yaml_syntax_error")
        #expect(diagnostics.items.dropFirst().prefix(4).map(\.code) == ["missing_key", "missing_key", "missing_key", "unknown_key"])
        #expect(diagnostics.errorCount == 300 * 4 + 1)
        #expect(diagnostics.dropped == 300 * 4 + 1 - DiagnosticList.defaultCap)
    }
}
