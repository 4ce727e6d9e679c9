// apertura-bench SUBCOMMAND: small dispatcher; each benchmark lives in its own file.
import AperturaBatch
import AperturaYAML
import Foundation

let benchArguments = Array(CommandLine.arguments.dropFirst())
switch benchArguments.first {
case "expressions":
    ExpressionsBenchmark.run(arguments: Array(benchArguments.dropFirst()))
case "batch":
    BatchBenchmark.run(arguments: Array(benchArguments.dropFirst()))
case "plain":
    // The batch benchmark's baseline alone, for a profiler: read + libyaml events over every file of DIR.
    let directory = benchArguments.count > 1 ? benchArguments[1] : "."
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    let events = names.reduce(0) { $0 + PlainYAMLParse.countEvents((try? InputFileReader.bytes(atPath: directory + "/" + $1).get()) ?? []) }
    print("\(names.count) files, \(events) events")
case "stages":
    StagesBenchmark.run(arguments: Array(benchArguments.dropFirst()))
case "batch-run":
    BatchBenchmark.runChild(arguments: Array(benchArguments.dropFirst()))
default:
    print("usage: apertura-bench expressions | batch [--count N] [--large M] | stages DIR | plain DIR")
    exit(benchArguments.isEmpty ? 0 : 2)
}
