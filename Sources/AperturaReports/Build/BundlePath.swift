/// A path said relative to the bundle folder (`Workspace.bundleFolder()`, which holds `Rules/` and `Policies/`) when it
/// lies inside it: a report goes to a Comité, and `Rules/pai/rules/x.yaml` names the rule wherever the bundle
/// was installed, where `/srv/apertura/Rules/...` only shows the machine that ran it.
public enum BundlePath {
    /// `path` relative to `bundle` when inside it; as it is otherwise, or when there is no bundle folder.
    public static func relative(_ path: String, to bundle: String?) -> String {
        guard var folder = bundle, !folder.isEmpty else { return path }
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        // The root holds every absolute path: made relative to it, they would read as relative to the current folder.
        guard folder != "/" else { return path }
        let prefix = folder + "/"
        guard path.hasPrefix(prefix), path.count > prefix.count else { return path }
        return String(path.dropFirst(prefix.count))
    }
}
