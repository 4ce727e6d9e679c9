import Foundation
import Testing
import TestSupport

/// `apertura validate`: the broken examples give exactly their expected diagnostics (Examples/broken/*.expected,
/// written by hand as `LINE:COLUMN CODE`) and exit 65; complete examples exit 0.
@Suite struct ValidateCommandTests {
    static let broken: [String] = {
        let dir = SharedData.packageRoot.appendingPathComponent("Examples/broken").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted().map { "Examples/broken/\($0)" }
    }()

    @Test func thereAreBrokenExamples() {
        #expect(Self.broken.count >= 8)
    }

    @Test(arguments: broken)
    func brokenExampleGivesItsExpectedDiagnostics(_ file: String) throws {
        let r = try CLI.run(["validate", file])
        #expect(r.status == 65)
        let expected = try CLI.read(String(file.dropLast(".yaml".count)) + ".expected")
            .split(separator: "\n").map { "\(file):" + $0.replacingOccurrences(of: " ", with: ": error[") + "]" }
        let found = r.stderr.split(separator: "\n").filter { $0.contains(": error[") }
            .map { line in String(line[..<line.range(of: "]")!.upperBound]) }
        #expect(found == expected)
    }

    @Test func completeExamplesAreValid() throws {
        let r = try CLI.run(["validate", "Examples/municipio-zapopan.yaml", "Examples/autonomo-ine.yaml", "Examples/mga/municipio-medido.yaml"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.components(separatedBy: ": válido").count == 4)
    }

    /// The last line counts the valid files and those with errors, each where it belongs: two complete examples
    /// and one broken one are 2 valid and 1 with errors (65, for the broken one).
    @Test func theSummaryLineCountsValidAndInvalidApart() throws {
        let files = ["Examples/municipio-zapopan.yaml", "Examples/autonomo-ine.yaml", "Examples/broken/tipo-incorrecto.yaml"]
        let es = try CLI.run(["validate"] + files)
        #expect(es.status == 65)
        #expect(es.stderr.hasSuffix("\n3 archivos: 2 válidos, 1 con errores\n"), "\(es.stderr)")
        let en = try CLI.run(["validate"] + files + ["--lang", "en"])
        #expect(en.status == 65)
        #expect(en.stderr.hasSuffix("\n3 files: 2 valid, 1 with errors\n"), "\(en.stderr)")
    }

    /// A folder used to be "a folder, not a file". It is searched as `batch` searches it: its YAML files and its
    /// subfolders' in byte order of their paths, hidden files, rule tests, expected outcomes and CSV tables aside,
    /// a link that leads nowhere reported where it stands; then a line counts the files.
    @Test func aFolderIsSearchedForSelfAssessments() throws {
        let dir = Scratch.path + "/validate-folder-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir + "/b-sub", withIntermediateDirectories: true)
        let zapopan = try CLI.read("Examples/municipio-zapopan.yaml")
        for name in ["a.yaml", "b-sub/c.yml", ".oculto.yaml", "d.tests.yaml", "d.outcomes.yaml"] {
            try zapopan.write(toFile: dir + "/" + name, atomically: false, encoding: .utf8)
        }
        try "clave\nSO-1\n".write(toFile: dir + "/tabla.csv", atomically: false, encoding: .utf8)
        try "apertura: 1\n".write(toFile: dir + "/e.yaml", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/c-roto.yaml", withDestinationPath: dir + "/nada.yaml")
        let r = try CLI.run(["validate", dir, "--lang", "en"])
        #expect(r.status == 65)
        let summaries = r.stderr.split(separator: "\n").filter { !$0.contains("[") && !$0.hasPrefix("  ") }
            .map { $0.replacingOccurrences(of: dir + "/", with: "") }
        // Zapopan's copies: valid, with the warning that its agenda's document is not recorded.
        #expect(summaries == ["a.yaml: valid, with 1 warning", "b-sub/c.yml: valid, with 1 warning", "c-roto.yaml: 1 error", "e.yaml: 2 errors",
                              "4 files: 2 valid, 2 with errors"])
    }

    /// A folder with no self-assessment in it (empty, or only a table) used to exit 0 without a word, as if
    /// it had been checked and found clean; `batch` and `diff` call it `no_inputs`, and so does `validate`.
    @Test func aFolderWithoutSelfAssessmentsIsAnError() throws {
        let dir = Scratch.path + "/validate-empty-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir + "/vacia", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir + "/tablas", withIntermediateDirectories: true)
        try "clave\nSO-1\n".write(toFile: dir + "/tablas/tabla.csv", atomically: false, encoding: .utf8)
        for folder in ["vacia", "tablas"] {
            let r = try CLI.run(["validate", dir + "/" + folder, "--lang", "en"])
            #expect(r.status == 65, "\(folder)")
            #expect(r.stderr.contains("error[no_inputs]: no self-assessment (.yaml or .yml file) in '\(dir)/\(folder)'"), "\(r.stderr)")
        }
        // Beside a valid file, the empty folder is still one input with an error.
        let r = try CLI.run(["validate", dir + "/vacia", "Examples/autonomo-ine.yaml", "--lang", "en"])
        #expect(r.status == 65)
        #expect(r.stderr.hasSuffix("2 files: 1 valid, 1 with errors\n"), "\(r.stderr)")
    }

    @Test func missingAnswersMakeAFileNotReadyToSubmit() throws {
        let r = try CLI.run(["validate", "Examples/partido-local-puebla.yaml", "--lang", "en"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("error[missing_answer]: missing answer 'comite.instalado'"))
    }

    @Test func hostileInputsNeverCrash() throws {
        let dir = Scratch.url.appendingPathComponent("apertura-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let deep = String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
        let cases: [(String, Data, String)] = [
            ("deep.yaml", Data(deep.utf8), "yaml_too_deep"),
            ("empty.yaml", Data(), "empty_document"),
            ("latin1.yaml", Data([0x61, 0x3A, 0x20, 0xE9, 0x0A]), "yaml_invalid_utf8"),
            ("utf16.yaml", Data([0xFF, 0xFE, 0x61, 0x00]), "yaml_unsupported_encoding"),
            ("scalar.yaml", Data("just text\n".utf8), "type_mismatch"),
            ("huge.yaml", Data(repeating: UInt8(ascii: "#"), count: 9 * 1_024 * 1_024), "yaml_too_large"),
        ]
        for (name, data, code) in cases {
            let path = dir.appendingPathComponent(name).path
            try data.write(to: URL(fileURLWithPath: path))
            let r = try CLI.run(["validate", path, "--rules", "Rules/pai"])
            #expect(r.status == 65, "\(name)")
            #expect(r.stderr.contains("error[\(code)]"), "\(name): \(r.stderr)")
        }
    }

    /// Past the 200 diagnostics shown, the count says how many errors there are and that not all are shown.
    @Test func theCountOfErrorsIncludesThoseNotShown() throws {
        let dir = Scratch.url.appendingPathComponent("apertura-many-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let keys = (0..<250).map { "    clave\($0): 1\n" }.joined()
        let file = dir.appendingPathComponent("muchas.yaml").path
        // A complete self-assessment with 250 unknown keys in one section: its only errors (no answer is missing).
        let complete = try CLI.read("Examples/municipio-zapopan.yaml")
        #expect(complete.contains("\n  comite:\n"))
        try complete.replacingOccurrences(of: "\n  comite:\n", with: "\n  comite:\n" + keys).write(toFile: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["validate", file])
        #expect(r.status == 65)
        #expect(r.stderr.components(separatedBy: "error[unknown_key]").count - 1 == 200)
        #expect(r.stderr.hasSuffix("\(file): 250 errores (50 diagnósticos más no se muestran)\n"), "\(r.stderr.suffix(200))")
    }
}

/// `validate` prints a file's diagnostics in reading order, the missing answers among the others.
@Suite struct ValidateOrderTests {
    @Test func missingAnswersTakeTheirPlaceAmongTheWarnings() throws {
        // Tlalnelhuayocan without its `transparencia_proactiva` section (lines 37-39) and with a placeholder as the
        // verification report, which moves up to line 42. (Its `datos_abiertos` would no longer do: a municipio of
        // 18,600 inhabitants is not asked for it, since no open-data rule applies below 70,000.)
        let lines = try CLI.read("Examples/municipio-tlalnelhuayocan.yaml").split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[36] == "  transparencia_proactiva:" && lines[39] == "  datos_abiertos:")
        var edited = Array(lines[..<36]) + Array(lines[39...])
        #expect(edited[41].hasPrefix("    dictamen: "))
        edited[41] = "    dictamen: [N/A]"
        let path = Scratch.url.appendingPathComponent("validate-order-\(UUID().uuidString).yaml").path
        try edited.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let r = try CLI.run(["validate", path])
        #expect(r.status == 65)
        let places = r.stderr.split(separator: "\n").filter { $0.hasPrefix(path + ":") && $0.contains("[") }
            .map { String($0.dropFirst(path.count + 1).prefix { $0 != "]" }) }
        // Between them, the minutes of its mechanism in operation, left empty (participacion, line 35; its reports, line
        // 36, are asked for by no rule it could meet: EmptyEvidenceTests).
        #expect(places == ["15:1: error[missing_answer", "35:14: advertencia[empty_evidence", "42:16: advertencia[placeholder_evidence"], "\(r.stderr)")
    }
}

/// `validate` warns of empty evidence only where an evaluation with the rule set's bundled policy would find the
/// evidence missing: where a rule applies and its answer reaches its goal in some phase.
@Suite struct EmptyEvidenceThatCountsTests {
    /// Zapopan with its minutes and follow-up reports emptied (lines 100-101).
    func zapopan(mechanismsWorking: Bool) throws -> String {
        var text = try CLI.read("Examples/municipio-zapopan.yaml")
        for field in ["minutas", "informes"] {
            let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("    \(field): [") })
            text = text.replacingOccurrences(of: line + "\n", with: "    \(field): []\n")
        }
        if !mechanismsWorking {
            #expect(text.components(separatedBy: "funcionando: true").count - 1 == 3)
            text = text.replacingOccurrences(of: "funcionando: true", with: "funcionando: false")
        }
        let path = Scratch.url.appendingPathComponent("evidence-\(mechanismsWorking)-\(UUID().uuidString).yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func warned(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").filter { $0.contains("[empty_evidence]") }.compactMap { $0.split(separator: "«").dropFirst().first?.split(separator: "»").first.map(String.init) }
    }

    /// With its three mechanisms in operation (mecanismos_operando 3 ≥ 1; mecanismos_seguimiento 2/3 ≥ 50 %), the
    /// empty minutes and reports would leave both rules "missing evidence": warned, beside the agenda's document.
    @Test func evidenceOfAnAnswerThatReachesItsGoalIsWarnedOf() throws {
        let r = try CLI.run(["validate", try zapopan(mechanismsWorking: true)])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.warned(r.stderr) == ["agenda.documento", "participacion.minutas", "participacion.informes"], "\(r.stderr)")
    }

    /// With no mechanism working, mecanismos_operando is 0 (goal ≥ 1 in every phase) and mecanismos_seguimiento 0
    /// (≥ 50 %, 80 %, 100 %): neither rule can be met, so neither asks for its minutes or reports. Only the agenda's
    /// document, whose answer reaches its goal, is still warned of.
    @Test func aMechanismThatDidNotWorkAsksForNoMinutes() throws {
        let r = try CLI.run(["validate", try zapopan(mechanismsWorking: false)])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.warned(r.stderr) == ["agenda.documento"], "\(r.stderr)")
    }
}

