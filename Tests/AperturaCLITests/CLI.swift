import Foundation
import TestSupport

/// Runs the built `apertura` binary from the package root and captures what it prints.
enum CLI {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The binary beside the test bundle (`swift build` and `swift test` share the build folder).
    static let binary: String = {
        let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundleDir, bundleDir.deletingLastPathComponent()].map { $0.appendingPathComponent("apertura").path }
            + [SharedData.packageRoot.appendingPathComponent(".build/debug/apertura").path]
        return candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) ?? candidates.last!
    }()

    /// `input`: what the command reads on its standard input (nothing when nil).
    static func run(_ arguments: [String], environment: [String: String] = [:], input: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = SharedData.packageRoot
        var env = ProcessInfo.processInfo.environment
        env["APERTURA_HOME"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        if input != nil { process.standardInput = stdin }
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        // Read both pipes before waiting, so a large output cannot fill a pipe and block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    static func read(_ relative: String) throws -> String {
        try String(contentsOf: SharedData.packageRoot.appendingPathComponent(relative), encoding: .utf8)
    }
}
