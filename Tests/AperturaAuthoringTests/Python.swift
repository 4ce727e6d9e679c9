import Foundation
import TestSupport

/// python3 with jsonschema and PyYAML, for the independent schema validation.
enum Python {
    static let available: Bool = {
        (try? run(["-c", "import jsonschema, yaml"]).0 == 0) ?? false
    }()

    static func run(_ arguments: [String]) throws -> (Int32, String) {
        let result = try Subprocess.run("/usr/bin/env", ["python3"] + arguments, mergeOutput: true)
        return (result.status, result.stdout)
    }
}
