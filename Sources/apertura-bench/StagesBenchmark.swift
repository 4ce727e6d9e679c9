import AperturaBatch
import AperturaEngine
import AperturaLoader
import AperturaModel
import AperturaYAML
import Foundation

/// `apertura-bench stages DIR`: in one process, over the files of DIR, the time of each stage of the
/// batch's work on one core, each stage including the ones before it: read; + libyaml events; + the
/// event cursor; + the fast reader's self-assessment; + evaluation; + the results row; then the full
/// loader (tree, self-assessment) for comparison. Where the batch's time goes.
/// `--only TEXT` runs the stages whose name holds TEXT (for a profiler).
enum StagesBenchmark {
    static func run(arguments: [String]) {
        guard let directory = arguments.first else { print("usage: apertura-bench stages DIR"); exit(2) }
        let home = Workspace.home()
        guard let evaluator = Workspace.load(rules: home + "/Rules/pai", policy: home + "/Policies/pai-inicio.yaml").0 else { exit(1) }
        let paths = benchFiles(in: directory)
        let asOf = Day("2026-06-30")!
        let layout = BatchLayout(evaluator: evaluator)
        let table = ResultsTable(layout: layout, language: .es)
        func read(_ path: String) -> [UInt8] { FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? [] }
        let only = arguments.count > 2 && arguments[1] == "--only" ? arguments[2] : nil
        func time(_ name: String, _ body: (String) -> Int) {
            if let only, !name.contains(only) { return }
            var best = Double.infinity, sink = 0
            for _ in 0..<3 {
                let start = Date()
                for path in paths { sink &+= body(path) }
                best = min(best, Date().timeIntervalSince(start))
            }
            print(String(format: "%-28@ %6.3f s  %5.1f µs/file  (%d)", name as NSString, best, best / Double(paths.count) * 1e6, sink))
        }
        time("read") { read($0).count }
        time("+ libyaml events") { PlainYAMLParse.countEvents(read($0)) }
        time("+ the cursor") { path in
            YAMLEventCursor.withEvents(of: read(path)) { cursor in
                var n = 0
                while cursor.next() != .streamEnd { n += 1 }
                return n
            } ?? 0
        }
        let fast = AssessmentFastReader(ruleSet: evaluator.compiled.ruleSet)
        time("+ self-assessment (fast)") { path in fast.read(read(path), file: path)?.count ?? 0 }
        time("+ evaluation") { path in
            guard let a = fast.read(read(path), file: path)?.first, let e = try? evaluator.evaluate(a, asOf: asOf, detail: .withoutReads) else { return 0 }
            return e.outcomes.count
        }
        time("+ results row") { path in
            guard let a = fast.read(read(path), file: path)?.first, let e = try? evaluator.evaluate(a, asOf: asOf, detail: .withoutReads) else { return 0 }
            return table.line(layout.result(of: e, line: 1, report: nil)).utf8.count
        }
        // The full loader, which the batch uses for files the fast reader does not accept.
        time("full loader: tree") { path in YAMLDocumentStream(bytes: read(path), file: path).reduce(0) { $0 + ($1.document == nil ? 0 : 1) } }
        time("full loader: self-assessment") { path in
            for item in YAMLDocumentStream(bytes: read(path), file: path) {
                if let document = item.document { return AssessmentLoader.read(document, file: path, ruleSet: evaluator.compiled.ruleSet, LoadContext()) == nil ? 0 : 1 }
            }
            return 0
        }
    }
}
