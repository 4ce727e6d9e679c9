import Foundation
import TestSupport

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

    static func read(_ relative: String) throws -> String {
        try String(contentsOf: SharedData.packageRoot.appendingPathComponent(relative), encoding: .utf8)
    }
}
