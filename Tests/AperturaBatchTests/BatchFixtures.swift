import AperturaBatch
import AperturaModel
import Foundation
import Testing
import TestSupport

/// Paths and helpers shared by the batch tests.
enum Fixtures {
    static let root = SharedData.packageRoot.path
    static let paiRules = root + "/Rules/pai"
    static let paiPolicy = root + "/Policies/pai-inicio.yaml"
    static let mgaRules = root + "/Rules/mga"
    static let mgaPolicy = root + "/Policies/mga-2017.yaml"
    static let mgaMapping = root + "/Mappings/mga2017.yaml"
    static let zapopan = root + "/Examples/municipio-zapopan.yaml"

    /// The Zapopan example as another institution, `SO-JAL-9000n` (an id of the same length, so lines and
    /// columns stay where they were): a run counts each institution once.
    static func zapopan(as n: Int) -> String {
        read(zapopan).replacingOccurrences(of: "id: SO-JAL-01120", with: "id: SO-JAL-9\(String(1000 + n).suffix(4))")
    }
    static let asOf = Day("2026-06-30")!

    /// The PAI self-assessments at the top of Examples/ (its subfolders hold broken inputs on purpose,
    /// MGA self-assessments and expected outputs).
    static var paiExamples: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/Examples")) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { root + "/Examples/" + $0 }
    }

    /// The summary of a batch over the PAI examples, for tests that change it and render it again.
    static func examplesSummary(_ name: String) throws -> BatchSummary {
        let out = temporaryDirectory(name)
        return try #require(try BatchRunner.run(BatchOptions(inputs: paiExamples, outputDirectory: out, rules: paiRules,
                                                             policy: paiPolicy, asOf: asOf, jobs: 1)).summary)
    }

    /// The names in a folder, sorted; none when it cannot be read.
    static func files(_ dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
    }

    /// A one-job batch over `inputs` with the PAI rules and policy on the fixtures' as-of date.
    static func runPAI(_ inputs: [String], _ out: String, _ perInstitution: PerInstitutionFormat?) throws {
        _ = try BatchRunner.run(BatchOptions(inputs: inputs, outputDirectory: out, rules: paiRules, policy: paiPolicy,
                                             asOf: asOf, jobs: 1, perInstitution: perInstitution))
    }

    /// A fresh, empty temporary folder.
    static func temporaryDirectory(_ name: String) -> String {
        let path = Scratch.path + "/apertura-batch-tests-\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try? FileManager.default.removeItem(atPath: path)
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    static func bytes(_ path: String) -> [UInt8] {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
    }

    static func write(_ text: String, _ path: String) {
        #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)), "could not write \(path)")
    }

    /// The records of a CSV file (header first).
    static func records(_ path: String) -> [[String]] {
        CSVReader(bytes: bytes(path), file: path).compactMap { item in
            if case .record(let r) = item { return r.fields }
            return nil
        }
    }

    static func decodeSummary(_ path: String) -> BatchSummary? {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try? decoder.decode(BatchSummary.self, from: Data(bytes(path)))
    }

    /// The `apertura` executable beside the test bundle, when it was built.
    static var executable: String? { Subprocess.apertura }

    /// Runs the executable; its exit status.
    static func run(_ executable: String, _ arguments: [String]) throws -> Int32 {
        try Subprocess.run(executable, arguments).status
    }
}
