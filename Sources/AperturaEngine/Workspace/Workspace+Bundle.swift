import AperturaModel
import AperturaLoader
import AperturaSource
import AperturaYAML
import Foundation

/// Where the bundled rule sets, policies, mappings and schemas are found: the current folder first when it holds
/// `Rules/` or `Policies/` of its own (an author working on a rule set), then the bundle (`home()`). So an author's
/// folder adds to the bundled PAI rules rather than hiding them, whether the bundle is installed or named by
/// `$APERTURA_HOME`.
extension Workspace {
    /// The folder that holds the bundled `Rules/` and `Policies/` (see `BundleHome.locate`).
    public static func home() -> String { locateHome(besidesCurrent: false) }

    /// The bundle the files not in the current folder come from: paths inside it are said relative to it in reports
    /// and sheets (`Rules/pai/…`), also when the current folder holds an author's own rule sets.
    public static func bundleFolder() -> String { locateHome(besidesCurrent: true) }

    /// `besidesCurrent`: the bundle found elsewhere than in the current folder, as when that folder is an author's.
    private static func locateHome(besidesCurrent: Bool) -> String {
        let fm = FileManager.default, current = fm.currentDirectoryPath
        return BundleHome.locate(environment: ProcessInfo.processInfo.environment["APERTURA_HOME"],
                                 currentDirectory: current, executable: ExecutablePath.current()) { dir in
            !(besidesCurrent && dir == current) && fm.fileExists(atPath: (dir as NSString).appendingPathComponent("Rules")) &&
                fm.fileExists(atPath: (dir as NSString).appendingPathComponent("Policies"))
        }
    }

    /// The folders looked in, in order, each as the prefix its paths take ("" for the current folder, so that
    /// messages and reports show `Rules/pai/...` rather than a machine's absolute path).
    static func searchFolders() -> [String] {
        let fm = FileManager.default, current = fm.currentDirectoryPath
        guard fm.fileExists(atPath: "Rules") || fm.fileExists(atPath: "Policies") else {
            let home = home()
            return [home == current ? "" : home]
        }
        let bundle = locateHome(besidesCurrent: true)
        return bundle == current ? [""] : ["", bundle]
    }

    /// A bundled file or folder: the first of the search folders that has it; where the bundle would hold it when
    /// none does (for the message that says it is missing).
    public static func bundled(_ relative: String) -> String {
        let candidates = searchFolders().map { $0.isEmpty ? relative : ($0 as NSString).appendingPathComponent(relative) }
        return candidates.first { FileManager.default.fileExists(atPath: $0) } ?? candidates[candidates.count - 1]
    }

    /// The entries of a bundled folder (`Rules`, `Policies`) across the search folders, as paths, sorted by name
    /// within each folder; an entry of a name already met is left out (the current folder's wins).
    public static func bundledEntries(_ folder: String) -> [String] {
        var seen: Set<String> = [], paths: [String] = []
        for base in searchFolders() {
            let directory = base.isEmpty ? folder : (base as NSString).appendingPathComponent(folder)
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted() where seen.insert(name).inserted {
                paths.append((directory as NSString).appendingPathComponent(name))
            }
        }
        return paths
    }

    /// The ids of the bundled rule sets: the folders under `Rules/` of the search folders.
    public static func bundledRuleSetIDs() -> [String] {
        bundledEntries("Rules").filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }.map { ($0 as NSString).lastPathComponent }.sorted()
    }

    /// The policy used when none is given: the one `Policies/*.yaml` of the search folders that evaluates the rule set.
    /// The same policy found twice (a checkout's `Policies/` and the installed bundle's copy, same `id`) is taken from
    /// the first folder, the current one; policies of different ids are a choice only the user can make: a stray draft
    /// in the current folder must not silently replace the bundled policy. Nil when none evaluates it.
    public static func defaultPolicy(forRuleSet id: String) throws(AmbiguousPolicy) -> String? {
        let candidates = policyCandidates(forRuleSet: id)
        guard let first = candidates.first else { return nil }
        if candidates.contains(where: { $0.id != first.id }) { throw AmbiguousPolicy(ruleSet: id, candidates: candidates) }
        return first.path
    }

    /// Every `Policies/*.yaml` of the search folders, in search order and by name, whose first document says
    /// `kind: policy` and names the rule set: read from its YAML alone, so that a draft with errors counts too
    /// (and its errors are reported when it is chosen) rather than being passed over unseen.
    public static func policyCandidates(forRuleSet id: String) -> [PolicyCandidate] {
        var found: [PolicyCandidate] = []
        for base in searchFolders() {
            let directory = base.isEmpty ? "Policies" : (base as NSString).appendingPathComponent("Policies")
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted() where name.hasSuffix(".yaml") {
                let path = (directory as NSString).appendingPathComponent(name)
                guard let root = YAMLParser.firstDocument(inFile: path)?.root, root["kind"]?.scalar?.value == "policy",
                      root["rule_set"]?.scalar?.value == id else { continue }
                let idNode = root["id"]
                found.append(PolicyCandidate(path: path, id: idNode?.scalar?.value ?? "", idRange: idNode?.range ?? SourceRange(at: root.range.start)))
            }
        }
        return found
    }
}
