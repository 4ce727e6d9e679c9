import AperturaSource
import AperturaYAML
import Foundation

/// What `lint` looks at: rule set folders and policy files, found under the paths it is given.
public struct LintTargets: Hashable, Sendable {
    public var ruleSets: [String] = []
    public var policies: [String] = []
    /// Paths that do not exist.
    public var missing: [String] = []
    /// Self-assessments named explicitly: `validate` checks them, not `lint`.
    public var assessments: [String] = []
    /// CSV mappings named explicitly (`batch --mapping` reads them), and test files named explicitly that no
    /// rule set folder holds: said to be what they are, not linted as policies or passed over.
    public var mappings: [String] = []
    public var strayTestFiles: [String] = []
    /// Pipes and devices named explicitly (`/dev/stdin`): a file is read more than once (to find what it is, then
    /// to lint it), and a pipe would be empty the second time.
    public var notRegular: [String] = []

    public init() {}

    /// A folder that directly holds a `kind: ruleset` file is a rule set; any other folder is searched for
    /// rule sets and for files that say `kind: policy` (self-assessments are left to `validate`); a file
    /// named explicitly is linted as a policy whatever it says, unless it is part of a rule set (a rule file
    /// or a test file in a rule set's folder, or a folder inside one: the whole rule set is linted, as its
    /// references cross files) or a self-assessment (reported as such).
    public static func find(in paths: [String]) -> LintTargets {
        var targets = LintTargets()
        let fm = FileManager.default
        // Folders already searched, by device and inode (what a link leads to, without `realpath`'s walk of every
        // part of a deep path): a link back up the tree (`self -> .`) is searched once, not followed round for ever.
        var searched: Set<[UInt64]> = []
        func addRuleSet(_ typed: String) {
            // `Rules/pai/` (as a shell completes it) is the folder `Rules/pai`: its test files name it without
            // the slash, and it must not count as a second rule set.
            var path = typed
            while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
            if !targets.ruleSets.contains(path) { targets.ruleSets.append(path) }
        }
        /// One path; for a folder searched, what it holds (sorted): folders to visit and files that may be policies.
        /// `nested`: a folder found by searching its parent, which is then known to be in no rule set.
        func visit(_ path: String, nested: Bool) -> [(path: String, item: Item)] {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                targets.missing.append(path)
                return []
            }
            let folder = PathText.directory(of: path)
            guard isDirectory.boolValue else {
                if let info = SystemPath.status(path), info.st_mode & S_IFMT != S_IFREG {
                    targets.notRegular.append(path)
                    return []
                }
                let root = path.hasSuffix(".tests.yaml") ? nil : YAMLParser.parseFile(atPath: path).documents.first?.root
                let kind = root?["kind"]?.scalar?.value
                let isTestFile = path.hasSuffix(".tests.yaml") || kind == "tests"
                if isTestFile || ruleFileKinds.contains(kind ?? "") {
                    if let ruleSet = RuleTestLoader.enclosingRuleSet(of: folder) {
                        addRuleSet(ruleSet)
                    } else if isTestFile {
                        targets.strayTestFiles.append(path)
                    } else if kind != nil {
                        targets.policies.append(path)
                    }
                } else if kind == nil && root?["apertura"] != nil {
                    targets.assessments.append(path)
                } else if kind == "csv_mapping" {
                    targets.mappings.append(path)
                } else {
                    targets.policies.append(path)
                }
                return []
            }
            if let info = SystemPath.status(path), !searched.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted { return [] }
            if isRuleSet(path) {
                addRuleSet(path)
                return []
            }
            // A folder inside a rule set (`Rules/pai/rules`) lints the whole rule set. Only a declared rule set
            // counts here: a stray rule file in a folder above does not make that folder one to lint.
            if !nested, let ruleSet = RuleTestLoader.nearestRuleSet(from: folder) {
                addRuleSet(ruleSet)
                return []
            }
            // Rule files without a readable `kind: ruleset` (misspelt, or a YAML error in it): a broken rule
            // set, linted so that its loader says what is wrong, not passed over.
            // In a subfolder of such a rule set (`rules/`), the rule set is the parent when that holds rule files too.
            if holdsRuleFiles(path) {
                addRuleSet(holdsRuleFiles(folder) ? folder : path)
                return []
            }
            let names = ((try? fm.contentsOfDirectory(atPath: path)) ?? []).sorted()
            return names.filter { !$0.hasPrefix(".") }.compactMap { name in
                let child = (path as NSString).appendingPathComponent(name)
                var childIsDirectory: ObjCBool = false
                _ = fm.fileExists(atPath: child, isDirectory: &childIsDirectory)
                if childIsDirectory.boolValue { return (child, .nestedFolder) }
                return (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && !name.hasSuffix(".tests.yaml") ? (child, .possiblePolicy) : nil
            }
        }
        // Depth first, in the order given and then by name, with a list rather than recursion: a tree thousands of
        // folders deep overflowed the stack.
        var pending: [(path: String, item: Item)] = paths.reversed().map { ($0, .given) }
        while let (path, item) = pending.popLast() {
            switch item {
            // A pipe or device found here would block lint: reported, not read.
            case .possiblePolicy: if SpecialFile.isSpecial(path) { targets.notRegular.append(path) } else if isPolicy(path) { targets.policies.append(path) }
            case .given, .nestedFolder: pending += visit(path, nested: item == .nestedFolder).reversed()
            }
        }
        return targets
    }

    /// What a path to look at is: given on the command line, a folder found in a folder searched, or a YAML file
    /// found there that may be a policy.
    enum Item { case given, nestedFolder, possiblePolicy }

    /// The kinds of the files of a rule set folder.
    static let ruleFileKinds: Set<String> = ["ruleset", "form", "indicators", "rules", "population_goals"]

    /// Kinds of file that are neither rule files nor policies.
    static let otherKinds: Set<String> = ["tests", "csv_mapping"]

    /// Whether a file found in a folder is to be linted as a policy: its first document says `kind: policy`, or
    /// a kind that no file has (`politica`: a misspelt policy, whose kind lint then reports), or YAML cannot
    /// read it and a top-level line says `kind: policy`. Skipping such a file would pass a broken policy.
    static func isPolicy(_ file: String) -> Bool {
        let parsed = YAMLParser.parseFile(atPath: file)
        if let kind = parsed.documents.first?.root?["kind"]?.scalar?.value {
            return kind == "policy" || !isKnownKind(kind)
        }
        guard parsed.hasErrors, let data = head(of: file) else { return false }
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).contains { line in
            guard line.hasPrefix("kind:") else { return false }
            let value = line.dropFirst(5).split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            return value.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'")) == "policy"
        }
    }

    /// The `id` that a folder's `kind: ruleset` file declares, read even when the rule set has errors (also
    /// under a misspelt kind, one no file has: that file is the rule set's).
    public static func declaredRuleSetID(_ directory: String) -> String? {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
        for name in names where (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && !name.hasSuffix(".tests.yaml")
            && !SpecialFile.isSpecial((directory as NSString).appendingPathComponent(name)) {
            let parsed = YAMLParser.parseFile(atPath: (directory as NSString).appendingPathComponent(name))
            for document in parsed.documents {
                guard let kind = document.root?["kind"]?.scalar?.value, kind == "ruleset" || !isKnownKind(kind) else { continue }
                if let id = document.root?["id"]?.scalar?.value { return id }
            }
        }
        return nil
    }

    /// The first bytes of a regular file, as many as the YAML loader reads at most: a file of gigabytes in a
    /// searched folder (or one above a test file) is not read whole to look for a word. Nil for anything but a
    /// regular file (a pipe would wait for a writer).
    static func head(of file: String) -> Data? {
        guard let info = SystemPath.status(file), info.st_mode & S_IFMT == S_IFREG,
              let handle = FileHandle(forReadingAtPath: file) else { return nil }
        defer { try? handle.close() }
        return try? handle.read(upToCount: YAMLLimits.default.maxDocumentBytes)
    }

    static func isKnownKind(_ kind: String) -> Bool { kind == "policy" || ruleFileKinds.contains(kind) || otherKinds.contains(kind) }

    /// Whether a folder directly holds a rule file other than the `kind: ruleset` one (form, indicators...).
    static func holdsRuleFiles(_ directory: String) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.contains { name in
            guard name.hasSuffix(".yaml") || name.hasSuffix(".yml"), !name.hasSuffix(".tests.yaml"),
                  !SpecialFile.isSpecial((directory as NSString).appendingPathComponent(name)) else { return false }
            let kind = YAMLParser.parseFile(atPath: (directory as NSString).appendingPathComponent(name)).documents.first?.root?["kind"]?.scalar?.value
            return ruleFileKinds.contains(kind ?? "")
        }
    }

    /// Whether a folder directly holds a YAML file whose first document says `kind: ruleset`.
    public static func isRuleSet(_ directory: String) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.contains { name in
            guard name.hasSuffix(".yaml") || name.hasSuffix(".yml"), !name.hasSuffix(".tests.yaml") else { return false }
            let path = (directory as NSString).appendingPathComponent(name)
            // Test files look for their rule set from their folder up, through folders (the system's temporary
            // one) that may hold large YAML files of other kinds: a file without the word is not parsed.
            guard let data = head(of: path), data.range(of: Data("ruleset".utf8)) != nil else { return false }
            return YAMLParser.parseFile(atPath: path).documents.contains { $0.root?["kind"]?.scalar?.value == "ruleset" }
        }
    }
}
