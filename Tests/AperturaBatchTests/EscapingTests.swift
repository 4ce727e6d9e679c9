import AperturaReports
import AperturaBatch
import Foundation
import Testing

@Suite struct EscapingTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("cr\rhere", "\"cr\rhere\""),
        ("", ""),
        ("Ñandú, «río»", "\"Ñandú, «río»\""),
        // What a spreadsheet would run as a formula is marked as text, inside the quotes when quoted.
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("=1+1", "'=1+1"),
        ("+52 55", "'+52 55"),
        ("-x", "'-x"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\r=1", "\"'\r=1\""),
        ("a=b-c", "a=b-c"),
    ])
    func csvFields(_ input: String, _ escaped: String) {
        #expect(CSVField.escape(input) == escaped)
    }

    @Test func csvRowsReadBackAsWritten() {
        let fields = ["a,b", "say \"hi\"", "two\nlines", "", "=1+1", "plain"]
        let text = CSVField.row(fields) + CSVField.row(["x", "y", "z", "", "", ""])
        let records = CSVReader(bytes: Array(text.utf8), file: "t.csv").compactMap { item -> CSVRecord? in
            if case .record(let r) = item { return r }
            return nil
        }
        var marked = fields
        marked[4] = "'=1+1"  // a formula is read back as text marked as such
        #expect(records.map(\.fields) == [marked, ["x", "y", "z", "", "", ""]])
        #expect(records.map(\.line) == [1, 3])
    }

    @Test(arguments: [(0.5, "0.5000"), (1.0, "1.0000"), (0.123456, "0.1235"), (-0.25, "-0.2500"), (0.0, "0.0000"), (76.0, "76.0000")])
    func csvNumbers(_ value: Double, _ text: String) {
        #expect(CSVField.number(value) == text)
    }

    @Test(arguments: [(9.9e15, "9.9e+15"), (-1.0e300, "-1e+300"), (123_456.00016, "123456.0002"), (-0.00004, "0.0000")])
    func csvNumbersBeyondFourDecimals(_ value: Double, _ text: String) {
        #expect(CSVField.number(value) == text)
    }

    @Test func csvLinesMixTextNumbersAndWholeNumbers() {
        var line = CSVLine()
        line.field("Zapopan, Jal.")
        line.integer(-12)
        line.number(nil)
        line.number(0.70)
        line.integer(0)
        line.integer(Int.min)
        #expect(line.record() == "\"Zapopan, Jal.\",-12,,0.7000,0,-9223372036854775808\r\n")
    }

    /// Per-institution report names come from ids: nothing but ASCII letters, digits, `-` and `_` reaches the
    /// file system, so no id can climb out of the folder or hide a file.
    @Test(arguments: [
        ("SO-JAL-01120", "SO-JAL-01120"), ("../../etc/passwd", "______etc_passwd"), ("Ñandú", "_and_"), ("", "_"),
        (".oculto", "_oculto"), (String(repeating: "a", count: 100), String(repeating: "a", count: 80)),
    ])
    func reportFileNames(_ id: String, _ name: String) {
        #expect(BatchOutputs.fileSlug(id) == name)
    }

    @Test func htmlText() {
        #expect(MarkupText.escape("<script>alert('x') & \"y\"</script>") == "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;")
    }

    @Test func theHTMLReportEscapesEveryName() throws {
        let hostile = "<script>alert(1)</script> & \"q\""
        let out = Fixtures.temporaryDirectory("html")
        let result = try BatchRunner.run(BatchOptions(inputs: Fixtures.paiExamples, outputDirectory: out, rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf))
        var summary = try #require(result.summary)
        summary.ruleSet.name = hostile
        summary.policy.name = hostile
        summary.levels[0].name = hostile
        summary.byState[0].name = hostile
        summary.objectives[0].name = hostile
        summary.rules[0].name = hostile
        summary.topGaps[0].name = hostile
        summary.populationGoals[0].name = hostile
        summary.errorCodes = ["<code>": 1]
        let html = BatchHTMLRenderer(language: .es).render(summary)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<code>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;"))
        #expect(html.contains("(propuesta)"))
        #expect(html.contains("<html lang=\"es\">"))
        // Self-contained: no external resource.
        #expect(!html.contains("src=") && !html.contains("href=\"http"))
    }
}
