import AperturaBatch
import AperturaModel
import Foundation
import Testing

/// Every input ends up in results.csv or errors.csv, and the summary counts both.
@Suite struct NothingLostTests {
    /// A folder with one good file, five bad ones and a stream of three documents (one bad):
    /// 3 evaluated, 5 invalid.
    static func corruptedFolder() -> String {
        let dir = Fixtures.temporaryDirectory("inputs")
        let good = Fixtures.read(Fixtures.zapopan)
        Fixtures.write(good, dir + "/a-good.yaml")
        Fixtures.write("apertura: 1\nrule_set: [pai\n", dir + "/b-malformed.yaml")
        Fixtures.write(good.replacingOccurrences(of: "    instalado: true", with: "    instalado: sí"), dir + "/c-wrong-type.yaml")
        Fixtures.write("", dir + "/d-empty.yaml")
        #expect(FileManager.default.createFile(atPath: dir + "/e-invalid-utf8.yaml", contents: Data([0x61, 0x3A, 0x20, 0xFF, 0xFE, 0x0A])))
        let broken = "apertura: 1\nrule_set: pai\nperiod: {start: 2025-01-01, end: 2025-12-31}\n"
        try? FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        Fixtures.write("---\n" + Fixtures.zapopan(as: 1) + "---\n" + broken + "---\n" + Fixtures.zapopan(as: 2), dir + "/sub/f-stream.yaml")
        Fixtures.write("not an input", dir + "/README.txt")
        return dir
    }

    @Test func everyInputIsAccountedFor() throws {
        let dir = Self.corruptedFolder()
        let out = Fixtures.temporaryDirectory("out")
        let result = try BatchRunner.run(BatchOptions(inputs: [dir], outputDirectory: out, rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: 2))
        let summary = try #require(result.summary)
        #expect(summary.counts.evaluated == 3)
        #expect(summary.counts.invalid == 5)
        #expect(summary.counts.inputs == 8)
        #expect(!result.allEvaluated)

        let results = Fixtures.records(out + "/results.csv")
        #expect(results.count == 1 + 3)
        #expect(results.dropFirst().map { URL(fileURLWithPath: $0[0]).lastPathComponent } == ["a-good.yaml", "f-stream.yaml", "f-stream.yaml"])
        // A document's line is where its mapping starts: after `---` and the example's four comment lines.
        #expect(results[2][1] == "6")
        // The stream's third document, read after the broken one: 1 (`---`) + 154 (the example) + 1 (`---`) + 3 (the
        // broken one) + 1 (`---`) + 4 (comments) + 1 lines down, on the line of the file, not of its piece.
        #expect(results[3][1] == "165")

        let errors = Fixtures.records(out + "/errors.csv")
        #expect(errors[0] == ["file", "line", "column", "code", "message"])
        let failedFiles = Set(errors.dropFirst().map { URL(fileURLWithPath: $0[0]).lastPathComponent })
        #expect(failedFiles == ["b-malformed.yaml", "c-wrong-type.yaml", "d-empty.yaml", "e-invalid-utf8.yaml", "f-stream.yaml"])
        #expect(errors.count - 1 == summary.counts.errorRows)
        let codes = Set(errors.dropFirst().map { $0[3] })
        #expect(codes.contains("empty_document"))
        #expect(codes.contains("type_mismatch"))
        #expect(codes.contains("missing_key"))
        for row in errors.dropFirst() {
            #expect(Int(row[1]) != nil && Int(row[2]) != nil, "every error has a line and a column: \(row)")
        }
        for name in ["results.csv", "errors.csv", "summary.json", "report.html"] {
            #expect(FileManager.default.fileExists(atPath: out + "/" + name))
        }
    }

    /// Hostile files in a run: each is one invalid input with its own stable code and a place, the good file
    /// beside them is evaluated, and the run finishes.
    @Test func hostileFilesAreReportedAndTheRunGoesOn() throws {
        let dir = Fixtures.temporaryDirectory("hostile")
        let good = Fixtures.read(Fixtures.zapopan)
        Fixtures.write(good, dir + "/a-good.yaml")
        var bomb = "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            bomb += "l\(level): &l\(level) [\(Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", "))]\n"
        }
        Fixtures.write(bomb, dir + "/b-alias-bomb.yaml")
        Fixtures.write("answers: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n", dir + "/c-deep.yaml")
        Fixtures.write("apertura: 1\nnotas: \"" + String(repeating: "x", count: 9 * 1024 * 1024) + "\"\n", dir + "/d-huge.yaml")
        #expect(FileManager.default.createFile(atPath: dir + "/e-binary.yaml", contents: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D])))
        #expect(FileManager.default.createFile(atPath: dir + "/f-utf16.yaml", contents: Data([0xFF, 0xFE, 0x61, 0x00, 0x3A, 0x00])))
        Fixtures.write(good + "extra: 1\n", dir + "/g-unknown-key.yaml")

        let out = Fixtures.temporaryDirectory("hostile-out")
        let result = try BatchRunner.run(BatchOptions(inputs: [dir], outputDirectory: out, rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: 2))
        let summary = try #require(result.summary)
        #expect(summary.counts.evaluated == 1)
        #expect(summary.counts.invalid == 6)
        #expect(!result.allEvaluated)
        let codes = Dictionary(Fixtures.records(out + "/errors.csv").dropFirst().map { (URL(fileURLWithPath: $0[0]).lastPathComponent, [$0[3]]) },
                               uniquingKeysWith: +)
        #expect(codes == [
            "b-alias-bomb.yaml": ["yaml_alias_limit"], "c-deep.yaml": ["yaml_too_deep"], "d-huge.yaml": ["yaml_too_large"],
            "e-binary.yaml": ["not_text"], "f-utf16.yaml": ["yaml_unsupported_encoding"], "g-unknown-key.yaml": ["unknown_key"],
        ])
        for row in Fixtures.records(out + "/errors.csv").dropFirst() {
            #expect(Int(row[1]) != nil && Int(row[2]) != nil, "every error has a line and a column: \(row)")
        }
    }

    @Test func aSecondRunDoesNotReadTheFirstRunsOutputs() throws {
        let dir = Fixtures.temporaryDirectory("rerun")
        Fixtures.write(Fixtures.read(Fixtures.zapopan), dir + "/a.yaml")
        for _ in 0..<2 {
            let result = try BatchRunner.run(BatchOptions(inputs: [dir], outputDirectory: dir + "/salida", rules: Fixtures.paiRules,
                                                          policy: Fixtures.paiPolicy, asOf: Fixtures.asOf))
            #expect(result.summary?.counts.inputs == 1)
            #expect(result.allEvaluated)
        }
    }

    @Test func aDocumentWithADuplicateKeyIsInvalidAndNotEvaluated() throws {
        let dir = Fixtures.temporaryDirectory("duplicate")
        let good = Fixtures.read(Fixtures.zapopan)
        let duplicated = good.replacingOccurrences(of: "    instalado: true\n", with: "    instalado: true\n    instalado: false\n")
        Fixtures.write(duplicated, dir + "/small.yaml")
        // Over the 1 MiB streaming threshold, so the producer splits it: the same rule applies there.
        let padding = String(repeating: "# relleno\n", count: (1 << 20) / 10 + 1)
        Fixtures.write(padding + "---\n" + duplicated + "---\n" + good, dir + "/large.yaml")
        let out = Fixtures.temporaryDirectory("duplicate-out")
        let result = try BatchRunner.run(BatchOptions(inputs: [dir], outputDirectory: out, rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: 2))
        #expect(result.summary?.counts.evaluated == 1)
        #expect(result.summary?.counts.invalid == 2)
        #expect(Fixtures.records(out + "/errors.csv").dropFirst().map { $0[3] } == ["yaml_duplicate_key", "yaml_duplicate_key"])
    }

    /// A syntax error stops libyaml for the rest of its stream; the batch cuts a stream into its documents
    /// first, so the documents after the broken one are still read, whatever the stream's size. The error
    /// keeps its place in the file.
    @Test(arguments: [false, true])
    func aBrokenDocumentDoesNotStopTheRestOfItsStream(large: Bool) throws {
        let dir = Fixtures.temporaryDirectory("broken-stream")
        let good = Fixtures.read(Fixtures.zapopan)
        // Over the 1 MiB threshold, the producer cuts the stream; under it, the worker does.
        let padding = large ? String(repeating: "# relleno\n", count: (1 << 20) / 10 + 1) : ""
        let broken = good.replacingOccurrences(of: "rule_set: pai", with: "rule_set: [pai")
        let documents = [Fixtures.zapopan(as: 1), Fixtures.zapopan(as: 2), broken, Fixtures.zapopan(as: 3), Fixtures.zapopan(as: 4)]
        let text = padding + documents.map { "---\n" + $0 }.joined()
        Fixtures.write(text, dir + "/lote.yaml")
        let out = Fixtures.temporaryDirectory("broken-stream-out")
        let result = try BatchRunner.run(BatchOptions(inputs: [dir], outputDirectory: out, rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: 2))
        #expect(result.summary?.counts.evaluated == 4)
        #expect(result.summary?.counts.invalid == 1)
        // The broken document's line, counted in the file: the padding, two documents, its `---` line, then
        // the lines before `rule_set`.
        let linesBefore = padding.split(separator: "\n", omittingEmptySubsequences: false).count - 1
            + 2 * (good.split(separator: "\n", omittingEmptySubsequences: false).count)
        let ruleSetLine = good.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(where: { $0.hasPrefix("rule_set:") })!
        let errors = Fixtures.records(out + "/errors.csv").dropFirst()
        #expect(errors.map { $0[3] } == ["yaml_syntax_error"])
        #expect(errors.first?[1] == String(linesBefore + 1 + ruleSetLine + 2))
        // Each result's line is its document's, in the file.
        let lines = Fixtures.records(out + "/results.csv").dropFirst().map { Int($0[1]) ?? 0 }
        #expect(lines.count == 4)
        #expect(Set(lines).count == 4 && lines == lines.sorted())
        let rootOffset = good.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(where: { $0.hasPrefix("apertura:") })!
        let docLength = good.split(separator: "\n", omittingEmptySubsequences: false).count
        let padLines = padding.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        #expect(lines == [0, 1, 3, 4].map { padLines + $0 * docLength + 1 + rootOffset + 1 })
    }

    /// A second self-assessment of one institution would count it twice in every aggregate: it is an invalid
    /// input that names the first, which is the one evaluated (input order, whatever the number of jobs).
    @Test(arguments: [1, 2])
    func anInstitutionCountsOnce(jobs: Int) throws {
        let dir = Fixtures.temporaryDirectory("repeated")
        Fixtures.write(Fixtures.zapopan(as: 1), dir + "/a.yaml")
        Fixtures.write(Fixtures.zapopan(as: 2), dir + "/b.yaml")
        // One line more above the repeat than above the first: the error is at the repeat's own id, line 9 (the
        // first's is line 8, after four comment lines and `apertura:`, `rule_set:`, `institution:`).
        Fixtures.write("# segunda entrega\n" + Fixtures.zapopan(as: 1), dir + "/c.yaml")
        let out = Fixtures.temporaryDirectory("repeated-out")
        let result = try BatchRunner.run(BatchOptions(inputs: [dir], outputDirectory: out, rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, jobs: jobs))
        #expect(result.summary?.counts.evaluated == 2)
        #expect(result.summary?.counts.invalid == 1)
        #expect(Fixtures.records(out + "/results.csv").dropFirst().map { [URL(fileURLWithPath: $0[0]).lastPathComponent, $0[2]] }
                == [["a.yaml", "SO-JAL-91001"], ["b.yaml", "SO-JAL-91002"]])
        let errors = Fixtures.records(out + "/errors.csv").dropFirst()
        #expect(errors.map { [URL(fileURLWithPath: $0[0]).lastPathComponent, $0[1], $0[3]] } == [["c.yaml", "9", "duplicate_institution"]])
        #expect(errors.first?[4].contains(dir + "/a.yaml:8;") == true)
    }

    /// An input with more errors than are kept (200) says on its last row, a row of its own, how many more there are,
    /// and the counts are those of the rows written.
    @Test func anInputPastTheErrorCapSaysHowManyMore() throws {
        let dir = Fixtures.temporaryDirectory("many-errors")
        let extra = (0..<250).map { "    campo_\($0): 1\n" }.joined()
        Fixtures.write(Fixtures.zapopan(as: 1).replacingOccurrences(of: "  comite:\n", with: "  comite:\n" + extra), dir + "/a.yaml")
        let out = Fixtures.temporaryDirectory("many-errors-out")
        let result = try BatchRunner.run(BatchOptions(inputs: [dir], outputDirectory: out, rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf))
        #expect(result.summary?.counts.invalid == 1)
        #expect(result.summary?.counts.errorRows == 200)
        let errors = Fixtures.records(out + "/errors.csv").dropFirst()
        #expect(errors.count == 200)
        // The notice is a row of its own, not glued inside the last error's help (where it read as one more of the
        // keys allowed): 199 errors and the notice, the 250 - 199 = 51 not shown.
        #expect(errors.last.map { Array($0[3...4]) } == ["errors_not_shown", "y 51 errores más de esta entrada no se muestran"])
        #expect(errors.dropLast().allSatisfy { !$0[4].contains("no se muestran") && $0[3] == "unknown_key" })
    }

    /// A folder with nothing to read is an error, and the outputs of an earlier run stay as they were.
    @Test func aFolderWithNoInputsIsAnErrorAndWritesNothing() throws {
        let dir = Fixtures.temporaryDirectory("no-inputs")
        Fixtures.write("notas\n", dir + "/LEEME.md")
        let out = Fixtures.temporaryDirectory("no-inputs-out")
        Fixtures.write("resultados anteriores\n", out + "/results.csv")
        let result = try BatchRunner.run(BatchOptions(inputs: [dir], outputDirectory: out, rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf))
        #expect(result.summary == nil)
        #expect(result.setupDiagnostics.map(\.code) == ["no_inputs"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["results.csv"])
        #expect(Fixtures.read(out + "/results.csv") == "resultados anteriores\n")
    }

    /// The output folder given as an input too: said so, rather than "no inputs" (its files would be skipped).
    @Test func anInputThatIsTheOutputFolderIsAnError() throws {
        let dir = Fixtures.temporaryDirectory("same-folder")
        Fixtures.write(Fixtures.zapopan(as: 1), dir + "/a.yaml")
        let result = try BatchRunner.run(BatchOptions(inputs: [dir], outputDirectory: dir + "/", rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf))
        #expect(result.summary == nil)
        #expect(result.setupDiagnostics.map(\.code) == ["output_is_input"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["a.yaml"])
    }

    @Test func aMissingPathIsAnError() throws {
        let out = Fixtures.temporaryDirectory("missing")
        let result = try BatchRunner.run(BatchOptions(inputs: [Fixtures.zapopan, "/no/such/file.yaml"], outputDirectory: out,
                                                      rules: Fixtures.paiRules, policy: Fixtures.paiPolicy, asOf: Fixtures.asOf))
        #expect(result.summary?.counts.evaluated == 1)
        #expect(result.summary?.counts.invalid == 1)
        #expect(Fixtures.records(out + "/errors.csv").dropFirst().map { $0[3] } == ["file_unreadable"])
    }

    @Test func exitStatusIs65WhenSomeAreInvalidAnd0Otherwise() throws {
        let executable = try #require(Fixtures.executable, "the apertura executable is built with the tests")
        let dir = Self.corruptedFolder()
        let status = try Fixtures.run(executable, ["batch", dir, "--output", Fixtures.temporaryDirectory("cli"), "--as-of", "2026-06-30"])
        #expect(status == 65)
        let clean = try Fixtures.run(executable, ["batch"] + Fixtures.paiExamples + ["--output", Fixtures.temporaryDirectory("cli-ok"), "--as-of", "2026-06-30"])
        #expect(clean == 0)
        // Examples/ as a whole holds broken inputs on purpose: every one is accounted for, and the exit says so.
        let out = Fixtures.temporaryDirectory("cli-examples")
        let examples = try Fixtures.run(executable, ["batch", "Examples", "--rules", "Rules/pai", "--output", out, "--as-of", "2026-06-30"])
        #expect(examples == 65)
        for name in ["results.csv", "errors.csv", "summary.json", "report.html"] {
            #expect(FileManager.default.fileExists(atPath: out + "/" + name))
        }
        let broken = Set(Fixtures.records(out + "/errors.csv").dropFirst().map(\.[0]).filter { $0.contains("/broken/") })
        #expect(broken.count == 8, "every file of Examples/broken is in errors.csv")
    }
}
