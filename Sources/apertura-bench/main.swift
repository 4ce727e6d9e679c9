// apertura-bench SUBCOMMAND: small dispatcher; each benchmark lives in its own file.
import Foundation

let benchArguments = Array(CommandLine.arguments.dropFirst())
switch benchArguments.first {
case "expressions":
    ExpressionsBenchmark.run(arguments: Array(benchArguments.dropFirst()))
default:
    print("usage: apertura-bench expressions")
    exit(benchArguments.isEmpty ? 0 : 2)
}
