// apertura-bench SUBCOMMAND: small dispatcher; each benchmark lives in its own file.
import AperturaBatch
import AperturaYAML
import Foundation

let benchArguments = Array(CommandLine.arguments.dropFirst())
let usage = "usage: apertura-bench expressions | batch [--count N] [--large M] [--rounds R] | stages DIR [--only STAGE] | plain DIR"
if benchArguments.contains("--help") || benchArguments.contains("-h") {
    print(usage)
    exit(0)
}

/// The files of a folder of self-assessments, sorted; a path that is no such folder ends the run (a typo used to
/// measure nothing and print zeros).
func benchFiles(in directory: String) -> [String] {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    if names.isEmpty {
        FileHandle.standardError.write(Data("apertura-bench: '\(directory)' is not a folder with files in it\n".utf8))
        exit(2)
    }
    return names.map { directory + "/" + $0 }
}

switch benchArguments.first {
case "expressions":
    ExpressionsBenchmark.run(arguments: Array(benchArguments.dropFirst()))
case "batch":
    BatchBenchmark.run(arguments: Array(benchArguments.dropFirst()))
case "plain":
    // The batch benchmark's baseline alone, for a profiler: read + libyaml events over every file of DIR.
    let paths = benchFiles(in: benchArguments.count > 1 ? benchArguments[1] : ".")
    let events = paths.reduce(0) { $0 + PlainYAMLParse.countEvents((try? InputFileReader.bytes(atPath: $1).get()) ?? []) }
    print("\(paths.count) files, \(events) events")
case "stages":
    StagesBenchmark.run(arguments: Array(benchArguments.dropFirst()))
case "batch-run":
    BatchBenchmark.runChild(arguments: Array(benchArguments.dropFirst()))
default:
    print(usage)
    exit(benchArguments.isEmpty ? 0 : 2)
}
