/// Where the bundled `Rules/` and `Policies/` (with `Mappings/` and `schemas/`) are found. Pure, so that the
/// order of the places tried can be tested without touching the file system.
enum BundleHome {
    /// An installed copy keeps its bundle here, under its prefix (`PREFIX/bin/apertura`, `PREFIX/share/apertura`).
    static let installedFolder = "share/apertura"

    /// `$APERTURA_HOME`, else the current folder when it holds the bundle, else the nearest ancestor of the
    /// executable that holds it, either itself (a `swift build` tree: `.build/debug/apertura`) or in its
    /// `share/apertura` (an installed copy); else the current folder, where a missing `Rules/pai` is then reported.
    static func locate(environment: String?, currentDirectory: String, executable: String?,
                       hasBundle: (String) -> Bool) -> String {
        if let environment, !environment.isEmpty { return environment }
        if hasBundle(currentDirectory) { return currentDirectory }
        var folder = parent(of: executable ?? currentDirectory)
        while let current = folder {
            if hasBundle(current) { return current }
            let installed = join(current, installedFolder)
            if hasBundle(installed) { return installed }
            folder = parent(of: current)
        }
        return currentDirectory
    }

    /// The folder holding `path`; nil past the root.
    static func parent(of path: String) -> String? {
        guard path.count > 1, let slash = path.lastIndex(of: "/") else { return nil }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func join(_ folder: String, _ relative: String) -> String {
        folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }
}
