// apertura-bench SUBCOMMAND: small dispatcher; each benchmark lives in its own file.
import Foundation

let benchArguments = Array(CommandLine.arguments.dropFirst())
switch benchArguments.first {
case "expressions":
    ExpressionsBenchmark.run(arguments: Array(benchArguments.dropFirst()))
case "batch":
    BatchBenchmark.run(arguments: Array(benchArguments.dropFirst()))
case "stages":
    StagesBenchmark.run(arguments: Array(benchArguments.dropFirst()))
case "batch-run":
    BatchBenchmark.runChild(arguments: Array(benchArguments.dropFirst()))
default:
    print("usage: apertura-bench expressions | batch [--count N] [--large M] | stages DIR")
    exit(benchArguments.isEmpty ? 0 : 2)
}
