import AperturaBatch
import AperturaYAML
import Foundation

/// One input of `apertura validate`: a path given, or what a folder given holds.
enum ValidationInput {
    /// A self-assessment: a file, read from its path when its turn comes, or what was read once (a pipe, `-`).
    case file(SourceInput)
    /// A folder that could not be searched, or a link in it that leads nowhere.
    case unreadable(BatchFailure)
    /// A folder with no self-assessment in it (nothing, or only tables and files that are passed over).
    case empty(String)

    /// The self-assessment to read; nil for a failure found while searching a folder.
    var input: SourceInput? {
        if case .file(let input) = self { input } else { nil }
    }

    /// Each path as given (`-`, standard input, and a pipe are read here, once); in place of a folder, the self-assessments in it, searched as `batch` searches (YAML files,
    /// recursively, in byte order of their paths; hidden files and the rule tests and expected outcomes kept beside
    /// rules aside; a CSV table there is for `batch --mapping`, not a self-assessment to validate); a folder with none
    /// of them is `.empty`.
    /// Standard input named more than once is read once, as `batch` reads it: a second `-` would find it empty.
    static func find(in paths: [String]) -> [ValidationInput] {
        var standardInputTaken = false
        let paths = paths.filter { path in
            guard path == SourceInput.standardInputArgument else { return true }
            defer { standardInputTaken = true }
            return !standardInputTaken
        }
        return paths.flatMap { path -> [ValidationInput] in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return [.file(SourceInput(path))] }
            // Every path given is an input root: a link in one folder to a file in another given is read.
            let found = InputDiscovery.expand([path], roots: paths)
            var inputs: [ValidationInput] = []
            var failures = found.failures[...]
            for (i, file) in found.files.enumerated() {
                while let failure = failures.first, failure.before <= i { inputs.append(.unreadable(failure.failure)); failures.removeFirst() }
                if file.kind == .yaml { inputs.append(.file(SourceInput(file.path))) }
            }
            inputs += failures.map { .unreadable($0.failure) }
            return inputs.isEmpty ? [.empty(path)] : inputs
        }
    }
}
