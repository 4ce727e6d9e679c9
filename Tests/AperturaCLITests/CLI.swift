import Foundation
import TestSupport
import Testing

/// Runs the built `apertura` binary from the package root and captures what it prints.
enum CLI {
    typealias Result = Subprocess.Result

    /// The binary beside the test bundle (`swift build` and `swift test` share the build folder).
    static let binary = Subprocess.apertura ?? SharedData.packageRoot.appendingPathComponent(".build/debug/apertura").path

    /// `input`: what the command reads on its standard input (nothing when nil). `APERTURA_HOME` is unset, so
    /// the binary finds its rules from where it stands.
    static func run(_ arguments: [String], environment: [String: String] = [:], input: String? = nil) throws -> Result {
        var env: [String: String?] = ["APERTURA_HOME": nil]
        for (key, value) in environment { env[key] = value }
        return try Subprocess.run(binary, arguments, environment: env, input: input)
    }

    /// A copy of the checked-in file `relative` (an example) in a new scratch folder, under its own name, with each
    /// `old` text (expected exactly once) replaced by its `new` one: the path of the copy.
    static func copy(_ relative: String, replacing edits: [(old: String, new: String)]) throws -> String {
        var text = try read(relative)
        for edit in edits {
            #expect(text.components(separatedBy: edit.old).count == 2, "\(edit.old) once in \(relative)")
            text = text.replacingOccurrences(of: edit.old, with: edit.new)
        }
        let dir = Scratch.url.appendingPathComponent("apertura-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent((relative as NSString).lastPathComponent).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The gaps of `evaluate FILE --format json --view gaps` on 2026-06-30, by rule id.
    static func gaps(_ file: String) throws -> [String: [String: Any]] {
        let r = try run(["evaluate", file, "--as-of", "2026-06-30", "--format", "json", "--view", "gaps"])
        #expect(r.status == 0, "\(r.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let gaps = try #require(report["gaps"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: gaps.map { ($0["rule"] as? String ?? "", $0) })
    }

    static func read(_ relative: String) throws -> String {
        try String(contentsOf: SharedData.packageRoot.appendingPathComponent(relative), encoding: .utf8)
    }
}
