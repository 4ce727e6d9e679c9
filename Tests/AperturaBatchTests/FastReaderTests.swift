import AperturaBatch
import AperturaLoader
import AperturaModel
import AperturaYAML
import Foundation
import Testing

/// The batch's fast reader against the full loader: whatever the fast reader accepts, the full loader
/// accepts and reads to the same assessment (ranges included); whatever the full loader rejects, the
/// fast reader rejects. Checked on the examples, on generated self-assessments, and on thousands of
/// variants of one of them, each with one line changed.
@Suite struct FastReaderTests {
    /// The full loader's reading of a file, as the batch makes it: nil when any document has an error; and
    /// whether it warned of anything.
    static func fullRead(_ bytes: [UInt8], file: String, ruleSet: RuleSet) -> (assessments: [Assessment]?, warned: Bool) {
        var assessments: [Assessment] = []
        var warned = false
        for item in YAMLDocumentStream(bytes: bytes, file: file) {
            if item.diagnostics.contains(where: \.isError) { return (nil, warned) }
            guard let document = item.document else { continue }
            let context = LoadContext()
            let assessment = AssessmentLoader.read(document, file: file, ruleSet: ruleSet, context)
            warned = warned || context.diagnostics.items.contains { $0.severity == .warning }
            guard let assessment else { return (nil, warned) }
            assessments.append(assessment)
        }
        return (assessments.isEmpty ? nil : assessments, warned)
    }

    /// Compares the two readers on one input; true when the fast reader accepted it.
    @discardableResult
    static func check(_ text: String, ruleSet: RuleSet, _ comment: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let bytes = Array(text.utf8), file = "input.yaml"
        let fast = AssessmentFastReader(ruleSet: ruleSet).read(bytes, file: file)
        let (full, warned) = fullRead(bytes, file: file, ruleSet: ruleSet)
        guard let fast else { return false }
        #expect(full != nil, "the fast reader accepts what the full loader rejects: \(comment)", sourceLocation: sourceLocation)
        // The batch lists warnings only from the full loader: the fast reader must leave such documents to it.
        #expect(!warned, "the fast reader accepts what the full loader warns of: \(comment)", sourceLocation: sourceLocation)
        if let full {
            #expect(fast == full, "the readers disagree: \(comment)", sourceLocation: sourceLocation)
            #expect(fast.map(\.range) == full.map(\.range), "the ranges differ: \(comment)", sourceLocation: sourceLocation)
        }
        return true
    }

    @Test func examplesReadTheSame() throws {
        let pai = try #require(RuleSetLoader.load(directory: Fixtures.paiRules).0)
        let mga = try #require(RuleSetLoader.load(directory: Fixtures.mgaRules).0)
        let folders = ["/Examples", "/Examples/broken", "/Examples/mga"]
        var accepted = 0, files = 0
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.root + folder)) ?? []
            for name in names.sorted() where name.hasSuffix(".yaml") {
                let text = Fixtures.read(Fixtures.root + folder + "/" + name)
                files += 1
                for ruleSet in [pai, mga] where Self.check(text, ruleSet: ruleSet, "\(folder)/\(name) with \(ruleSet.info.id)") { accepted += 1 }
            }
        }
        // The 12 PAI examples and the 2 Métrica ones, each under its own rule set; no broken file.
        #expect(files >= 22)
        #expect(accepted == 14)
    }

    @Test func generatedSelfAssessmentsReadTheSame() throws {
        let ruleSet = try #require(RuleSetLoader.load(directory: Fixtures.paiRules).0)
        let generator = PopulationGenerator(ruleSet: ruleSet, seed: 5)
        var accepted = 0
        for index in 1...200 where Self.check(generator.assessment(index), ruleSet: ruleSet, "generated #\(index)") { accepted += 1 }
        #expect(accepted == 200)
        // A stream of several documents, as `generate --stream` writes.
        let stream = (1...5).map { "---\n" + generator.assessment($0) }.joined()
        #expect(Self.check(stream, ruleSet: ruleSet, "a stream of five"))
    }

    /// Every line of a generated self-assessment, and of a hand-written one, changed in turn in many
    /// ways: removed, repeated, its key misspelt, its value replaced by values of every kind, wrong or right.
    /// Two sources, run side by side.
    @Test(arguments: ["generated", "zapopan"])
    func oneLineChangesNeverSplitTheReaders(_ sourceName: String) throws {
        let ruleSet = try #require(RuleSetLoader.load(directory: Fixtures.paiRules).0)
        let source = sourceName == "zapopan" ? Fixtures.read(Fixtures.zapopan) : PopulationGenerator(ruleSet: ruleSet, seed: 9).assessment(3)
        let values = ["", "~", "null", "NULL", "true", "False", "yes", "no", "0", "1", "+5", "-1", "007", "1.5", ".5", "1e3", "1e999",
                      ".inf", ".nan", "0x10", "100", "101", "70000", "\"1\"", "'true'", "abc", "\" \"", "\"\"", "[]", "[a, b]", "{}",
                      "{start: 2025-01-01}", "2025-02-30", "2025-12-31", "\"2025-01-01\"", "&a x", "!!str x", "*a", "|\n  text",
                      "[\"https://x.example/a.pdf\", \"https://x.example/a.pdf\"]", "[\" \"]", "[accesible, accesible]", "[accesible, veraz]",
                      "municipio", "federal", "estatal", "jalisco", "jalsco", "contraloria_social", "pai", "mga"]
        var variants = 0, accepted = 0
        do {
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for (i, line) in lines.enumerated() {
                var changed: [String] = []
                changed.append((lines[..<i] + lines[(i + 1)...]).joined(separator: "\n"))
                changed.append((lines[...i] + [line] + lines[(i + 1)...]).joined(separator: "\n"))
                if let colon = line.firstIndex(of: ":") {
                    let key = line[..<colon]
                    changed.append((lines[..<i] + [key + "x" + line[colon...]] + lines[(i + 1)...]).joined(separator: "\n"))
                    for value in values {
                        changed.append((lines[..<i] + [key + ": " + value] + lines[(i + 1)...]).joined(separator: "\n"))
                    }
                }
                for text in changed {
                    variants += 1
                    if Self.check(text, ruleSet: ruleSet, "line \(i + 1) changed:\n\(text)") { accepted += 1 }
                }
            }
        }
        // The variants that stay valid (an optional answer removed or left empty, another valid value)
        // go the fast way; the check above is not vacuous.
        #expect(variants > 2500)
        #expect(accepted > variants / 10)
        #expect(accepted < variants)
    }

    /// A text answer of nothing but spaces is no answer to either reader (`AnswerReader.isBlank`): the fast reader
    /// takes such a file, and reads it as the full loader does, without the answer (the full loader kept "  " as one).
    @Test(arguments: ["\"  \"", "\"\"", "' '"])
    func aBlankTextIsNoAnswerToEitherReader(_ value: String) throws {
        let ruleSet = try #require(RuleSetLoader.load(directory: Fixtures.paiRules).0)
        let line = "        poblacion_objetivo: Vecinas y vecinos de las colonias con obra"
        let source = Fixtures.read(Fixtures.zapopan)
        #expect(source.contains(line))
        let blank = source.replacingOccurrences(of: line, with: "        poblacion_objetivo: \(value)")
        #expect(Self.check(blank, ruleSet: ruleSet, value))
        let fast = try #require(AssessmentFastReader(ruleSet: ruleSet).read(Array(blank.utf8), file: "input.yaml")?.first)
        guard case .items(let items)? = fast.sections[SectionID("transparencia_proactiva")]?["practicas"]?.value else {
            Issue.record("practicas is not a list")
            return
        }
        #expect(items[0]["poblacion_objetivo"] == nil)
    }

    /// Changes the variants above do not make, each of which the full loader rejects or warns of: a period
    /// that ends before it starts and a name with an invisible character (errors), and evidence that says there is
    /// none (a warning). The fast reader
    /// must leave them to it; Zapopan as it is goes the fast way, so the refusals are the change's doing.
    @Test(arguments: [
        ("period: {start: 2025-01-01, end: 2025-12-31}", "period: {start: 2025-12-31, end: 2025-01-01}"),
        ("acta: [\"https://www.zapopan.gob.mx/transparencia/comite-apertura/acta-instalacion.pdf\"]", "acta: [\"N/A\"]"),
        ("acta: [\"https://www.zapopan.gob.mx/transparencia/comite-apertura/acta-instalacion.pdf\"]", "acta: [\"Pendiente.\"]"),
        ("name: Municipio de Zapopan", "name: Municipio\u{200B} de Zapopan"),
    ])
    func whatTheFullLoaderSaysSomethingOfIsLeftToIt(_ line: String, _ changed: String) throws {
        let ruleSet = try #require(RuleSetLoader.load(directory: Fixtures.paiRules).0)
        let source = Fixtures.read(Fixtures.zapopan)
        #expect(source.contains(line))
        #expect(Self.check(source, ruleSet: ruleSet, "Zapopan"))
        #expect(!Self.check(source.replacingOccurrences(of: line, with: changed), ruleSet: ruleSet, changed))
    }
}
