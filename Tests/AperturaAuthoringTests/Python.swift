import Foundation

/// python3 with jsonschema and PyYAML, for the independent schema validation.
enum Python {
    static let available: Bool = {
        (try? run(["-c", "import jsonschema, yaml"]).0 == 0) ?? false
    }()

    static func run(_ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
