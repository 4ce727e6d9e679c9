import AperturaExpressions
import Foundation

// cel-conformance [DIR] [--verbose] [--expected-failures FILE]
//
// Runs every *.json conformance file in DIR (default: $CONFORMANCE_DIR/cel, else
// ../shared/conformance/cel from the current directory) and prints per-file counts and a
// final "N passed, M failed, K skipped" line. With --expected-failures, exits non-zero only
// when a case fails that the list does not name.

var arguments = Array(CommandLine.arguments.dropFirst())
var verbose = false
var expectedPath: String?
var directoryPath: String?
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--verbose", "-v":
        verbose = true
    case "--expected-failures":
        guard !arguments.isEmpty else {
            FileHandle.standardError.write(Data("--expected-failures needs a file\n".utf8))
            exit(2)
        }
        expectedPath = arguments.removeFirst()
    case "--help", "-h":
        print("usage: cel-conformance [DIR] [--verbose] [--expected-failures FILE]")
        exit(0)
    default:
        directoryPath = argument
    }
}

let directory: URL = {
    if let directoryPath { return URL(fileURLWithPath: directoryPath) }
    if let env = ProcessInfo.processInfo.environment["CONFORMANCE_DIR"], !env.isEmpty {
        return URL(fileURLWithPath: env).appendingPathComponent("cel")
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        .appendingPathComponent("../shared/conformance/cel").standardizedFileURL
}()

var expected: CELConformance.ExpectedFailures?
if let expectedPath {
    do {
        expected = CELConformance.ExpectedFailures(text: try String(contentsOfFile: expectedPath, encoding: .utf8))
    } catch {
        FileHandle.standardError.write(Data("cannot read \(expectedPath): \(error)\n".utf8))
        exit(2)
    }
}

let files: [(file: String, cases: [CELConformance.Case])]
do {
    files = try CELConformance.load(directory: directory)
} catch {
    FileHandle.standardError.write(Data("cannot read \(directory.path): \(error)\n".utf8))
    exit(2)
}

var totalPassed = 0
var totalFailed = 0
var totalSkipped = 0
var unexpected: [String] = []
var nowPassing: [String] = []
for (file, cases) in files {
    var passed = 0
    var failed = 0
    var skipped = 0
    var failures: [String] = []
    for test in cases {
        let listed = expected?.contains(test) ?? false
        switch CELConformance.run(test) {
        case .passed:
            passed += 1
            if listed, expected?.cases[test.id] != nil { nowPassing.append(test.id) }
        case .failed(let why):
            failed += 1
            failures.append("  FAIL \(test.id): \(why)\n       expr: \(test.expr)")
            if expected != nil && !listed { unexpected.append(test.id) }
        case .skipped(let why):
            skipped += 1
            if verbose { failures.append("  SKIP \(test.id): \(why)") }
        }
    }
    print("\(file): \(passed) passed, \(failed) failed, \(skipped) skipped")
    if verbose { failures.forEach { print($0) } }
    totalPassed += passed
    totalFailed += failed
    totalSkipped += skipped
}
if !nowPassing.isEmpty {
    print("listed as expected failures but passing now:")
    nowPassing.forEach { print("  \($0)") }
}
if !unexpected.isEmpty {
    print("unexpected failures:")
    unexpected.forEach { print("  \($0)") }
}
print("\(totalPassed) passed, \(totalFailed) failed, \(totalSkipped) skipped")
exit(unexpected.isEmpty ? 0 : 1)
