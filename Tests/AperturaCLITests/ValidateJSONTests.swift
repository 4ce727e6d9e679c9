import Foundation
import Testing
import TestSupport

/// `validate --format json`: one document on standard output (nothing on standard error), with one entry per
/// input, the totals and every diagnostic as the text gives it; the exit status as in text.
@Suite struct ValidateJSONTests {
    private func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text)")
    }

    private func files(_ json: [String: Any]) throws -> [[String: Any]] {
        try #require(json["files"] as? [[String: Any]])
    }

    private func diagnostics(_ json: [String: Any]) throws -> [[String: Any]] {
        try #require(json["diagnostics"] as? [[String: Any]])
    }

    @Test func aValidFileIsOneEntryWithNothingToSay() throws {
        let r = try CLI.run(["validate", "Examples/ejecutivo-federal-semarnat.yaml", "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty, "\(r.stderr)")
        #expect(r.stdout == """
            {
              "diagnostics" : [

              ],
              "errors" : 0,
              "files" : [
                {
                  "errors" : 0,
                  "file" : "Examples/ejecutivo-federal-semarnat.yaml",
                  "omitted" : 0,
                  "valid" : true,
                  "warnings" : 0
                }
              ],
              "omitted" : 0,
              "schema_version" : 1,
              "warnings" : 0
            }

            """)
    }

    /// Examples/broken/tipo-incorrecto.expected: 13:16 and 33:16, both type_mismatch (`yes` for a yes/no
    /// answer, `diez` for a number), the first with its help; in English with `--lang en`.
    @Test func aBrokenFileGivesItsDiagnosticsAtTheirPlaces() throws {
        let file = "Examples/broken/tipo-incorrecto.yaml"
        let r = try CLI.run(["validate", file, "--format", "json", "--lang", "en"])
        #expect(r.status == 65)
        #expect(r.stderr.isEmpty, "\(r.stderr)")
        let json = try object(r.stdout)
        #expect(json["schema_version"] as? Int == 1)
        #expect(json["errors"] as? Int == 2 && json["warnings"] as? Int == 0)
        let entry = try #require(try files(json).first)
        #expect(entry["file"] as? String == file && entry["valid"] as? Bool == false)
        #expect(entry["errors"] as? Int == 2 && entry["warnings"] as? Int == 0 && entry["omitted"] as? Int == 0)
        let found = try diagnostics(json)
        #expect(found.map { $0["code"] as? String } == ["type_mismatch", "type_mismatch"])
        #expect(found.map { $0["severity"] as? String } == ["error", "error"])
        #expect(found.map { $0["file"] as? String } == [file, file])
        #expect(found.map { $0["line"] as? Int } == [13, 33])
        #expect(found.map { $0["column"] as? Int } == [16, 16])
        #expect(found.map { $0["message"] as? String } == ["expected true or false, found 'yes'", "expected a whole number, found 'diez'"])
        #expect(found.map { $0["help"] as? String } == ["write true or false, unquoted", nil])
        // Spanish by default.
        let es = try diagnostics(object(try CLI.run(["validate", file, "--format", "json"]).stdout))
        #expect(es.first?["message"] as? String == "se esperaba true o false, se encontró «yes»")
    }

    /// Each file its entry, in the order given; the totals add them up; the diagnostics in the order text
    /// prints them (Zapopan's warning at 27:16, then the broken file's errors).
    @Test func severalFilesAreCountedApartAndTogether() throws {
        let files = ["Examples/municipio-zapopan.yaml", "Examples/ejecutivo-federal-semarnat.yaml", "Examples/broken/tipo-incorrecto.yaml", "Examples/partido-local-puebla.yaml"]
        // In the start phase: from the consolidation one on, a party is asked for open data too.
        let r = try CLI.run(["validate"] + files + ["--format", "json", "--lang", "en", "--as-of", "2026-06-30"])
        #expect(r.status == 65)
        #expect(r.stderr.isEmpty, "\(r.stderr)")
        let json = try object(r.stdout)
        let entries = try self.files(json)
        #expect(entries.map { $0["file"] as? String } == files)
        #expect(entries.map { $0["valid"] as? Bool } == [true, true, false, false])
        // Puebla leaves eight answers out of its missing sections (at `answers:`, 15:1): comite's five, agenda's two,
        // transparencia_proactiva's one; its missing datos_abiertos is not asked of a party, whom the policy leaves
        // out of every rule that reads it in the start phase. And one of `solicitudes` (at its first key, 22:5). Its obligations' and requests' reports are empty, but no rule could ask for them:
        // its portal index, 45, is short of every phase's goal (80, 90, 95), and 14 of 25 requests answered on time
        // (56 %) of every goal (90 %, 95 %, 98 %).
        #expect(entries.map { $0["errors"] as? Int } == [0, 0, 2, 9])
        #expect(entries.map { $0["warnings"] as? Int } == [1, 0, 0, 0])
        #expect(json["errors"] as? Int == 11 && json["warnings"] as? Int == 1 && json["omitted"] as? Int == 0)
        let found = try diagnostics(json)
        let places = found.map { "\($0["file"] as? String ?? ""):\($0["line"] as? Int ?? 0):\($0["column"] as? Int ?? 0) \($0["code"] as? String ?? "")" }
        let puebla = "Examples/partido-local-puebla.yaml"
        #expect(places == [
            "Examples/municipio-zapopan.yaml:27:16 empty_evidence",
            "Examples/broken/tipo-incorrecto.yaml:13:16 type_mismatch",
            "Examples/broken/tipo-incorrecto.yaml:33:16 type_mismatch",
        ] + Array(repeating: "\(puebla):15:1 missing_answer", count: 8) + ["\(puebla):22:5 missing_answer"])
        #expect(found.map { $0["severity"] as? String } == ["warning"] + Array(repeating: "error", count: 11))
        #expect(found[3]["message"] as? String == "missing answer 'comite.instalado': Is the institution's Openness Committee installed?")
    }

    /// A path that does not exist and a folder with no self-assessment are entries of their own, invalid, with
    /// the diagnostic text gives them (neither has a place in a file: no `file`, `line` or `column`).
    @Test func anUnreadablePathAndAnEmptyFolderAreNotDropped() throws {
        let dir = Scratch.path + "/validate-json-empty-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let missing = Scratch.path + "/no-such-\(UUID().uuidString).yaml"
        let r = try CLI.run(["validate", missing, dir, "Examples/ejecutivo-federal-semarnat.yaml", "--format", "json", "--lang", "en"])
        #expect(r.status == 65)
        let json = try object(r.stdout)
        let entries = try files(json)
        #expect(entries.map { $0["file"] as? String } == [missing, dir, "Examples/ejecutivo-federal-semarnat.yaml"])
        #expect(entries.map { $0["valid"] as? Bool } == [false, false, true])
        #expect(entries.map { $0["errors"] as? Int } == [1, 1, 0])
        #expect(json["errors"] as? Int == 2)
        let found = try diagnostics(json)
        #expect(found.map { $0["code"] as? String } == ["file_unreadable", "no_inputs"])
        #expect(found.map { $0["message"] as? String } == [
            "cannot read file \(missing): it does not exist, or is a link that leads nowhere",
            "no self-assessment (.yaml or .yml file) in '\(dir)'",
        ])
        #expect(found.allSatisfy { $0["file"] == nil && $0["line"] == nil && $0["column"] == nil })
    }

    /// A table, a rule set that is not bundled and a link in a folder that leads nowhere: each an invalid entry
    /// with its one diagnostic, where text puts it.
    @Test func tablesUnknownRuleSetsAndBrokenLinksAreEntries() throws {
        let dir = Scratch.path + "/validate-json-odd-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir + "/carpeta", withIntermediateDirectories: true)
        try "clave\nSO-1\n".write(toFile: dir + "/tabla.csv", atomically: false, encoding: .utf8)
        let zapopan = try CLI.read("Examples/municipio-zapopan.yaml")
        #expect(zapopan.contains("\nrule_set: pai\n"))
        try zapopan.replacingOccurrences(of: "\nrule_set: pai\n", with: "\nrule_set: paii\n").write(toFile: dir + "/otra.yaml", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/carpeta/roto.yaml", withDestinationPath: dir + "/nada.yaml")
        let r = try CLI.run(["validate", dir + "/tabla.csv", dir + "/otra.yaml", dir + "/carpeta", "--format", "json", "--lang", "en"])
        #expect(r.status == 65)
        let json = try object(r.stdout)
        #expect(try files(json).map { $0["file"] as? String } == [dir + "/tabla.csv", dir + "/otra.yaml", dir + "/carpeta/roto.yaml"])
        #expect(try files(json).map { $0["valid"] as? Bool } == [false, false, false])
        let found = try diagnostics(json)
        #expect(found.map { $0["code"] as? String } == ["missing_mapping", "unknown_rule_set", "file_unreadable"])
        #expect(found.map { $0["line"] as? Int } == [1, 6, 1])
        #expect(found[1]["help"] as? String == "did you mean 'pai'?")
    }

    /// A rule set that fails to load makes every file read against it invalid, and its diagnostics are listed
    /// once (as text prints them once), counted once in the totals.
    @Test func aBrokenRuleSetIsListedOnce() throws {
        let rules = Scratch.path + "/validate-json-rules-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: rules, withIntermediateDirectories: true)
        try "kind: ruleset\nid: [\n".write(toFile: rules + "/ruleset.yaml", atomically: false, encoding: .utf8)
        let text = try CLI.run(["validate", "Examples/municipio-zapopan.yaml", "Examples/ejecutivo-federal-semarnat.yaml", "--rules", rules])
        let listed = text.stderr.split(separator: "\n").filter { $0.contains("error[") }.count
        #expect(listed >= 1)
        let r = try CLI.run(["validate", "Examples/municipio-zapopan.yaml", "Examples/ejecutivo-federal-semarnat.yaml", "--rules", rules, "--format", "json"])
        #expect(r.status == 65)
        let json = try object(r.stdout)
        let entries = try files(json)
        #expect(entries.map { $0["valid"] as? Bool } == [false, false])
        #expect(entries.map { $0["errors"] as? Int } == [listed, listed])
        #expect(try diagnostics(json).count == listed)
        #expect(json["errors"] as? Int == listed)
        #expect(try diagnostics(json).contains { ($0["file"] as? String) == rules + "/ruleset.yaml" && $0["code"] as? String == "yaml_syntax_error" })
    }

    /// Past the 200 diagnostics listed, the counts still say how many there are, and how many are not listed.
    @Test func theCountsIncludeTheDiagnosticsNotListed() throws {
        let file = Scratch.path + "/validate-json-many-\(UUID().uuidString).yaml"
        let keys = (0..<250).map { "    clave\($0): 1\n" }.joined()
        try CLI.read("Examples/municipio-zapopan.yaml").replacingOccurrences(of: "\n  comite:\n", with: "\n  comite:\n" + keys)
            .write(toFile: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["validate", file, "--format", "json"])
        #expect(r.status == 65)
        let json = try object(r.stdout)
        let entry = try #require(try files(json).first)
        #expect(entry["errors"] as? Int == 250 && entry["omitted"] as? Int == 50 && entry["warnings"] as? Int == 0)
        #expect(json["errors"] as? Int == 250 && json["omitted"] as? Int == 50)
        #expect(try diagnostics(json).count == 200)
    }
}
