import Foundation

/// Runs a program for a test, from the package root, and captures what it prints.
public enum Subprocess {
    public struct Result: Sendable {
        public let status: Int32
        public let stdout: String
        /// Empty when the run merged it into `stdout`.
        public let stderr: String
    }

    /// The `apertura` executable that `swift build` and `swift test` put beside the test bundle; nil when
    /// it was not built.
    public static let apertura: String? = {
        let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundleDir, bundleDir.deletingLastPathComponent()].map { $0.appendingPathComponent("apertura").path }
            + [SharedData.packageRoot.appendingPathComponent(".build/debug/apertura").path]
        return candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) })
    }()

    /// - Parameters:
    ///   - environment: variables set (a nil value removes one) over this process's own.
    ///   - input: what the program reads on its standard input (nothing when nil).
    ///   - mergeOutput: stdout and stderr through one pipe, interleaved as written.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String?] = [:], input: String? = nil,
        mergeOutput: Bool = false, directory: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? SharedData.packageRoot
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe(), stdin = Pipe()
        process.standardOutput = out
        process.standardError = mergeOutput ? out : err
        if input != nil { process.standardInput = stdin }
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        // Both pipes are drained before waiting (stderr on another thread), so that neither can fill up
        // and block the program.
        let errorData = ErrorData()
        let drained = DispatchSemaphore(value: 0)
        if mergeOutput {
            drained.signal()
        } else {
            DispatchQueue.global().async {
                errorData.bytes = err.fileHandleForReading.readDataToEndOfFile()
                drained.signal()
            }
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errorData.bytes, as: UTF8.self))
    }

    private final class ErrorData: @unchecked Sendable {
        var bytes = Data()
    }
}
