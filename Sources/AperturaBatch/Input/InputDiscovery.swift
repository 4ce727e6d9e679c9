import AperturaSource
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands the paths given on the command line into input files, in a stable order: each argument in
/// the order given, a directory's files recursively in byte order of their paths.
public enum InputDiscovery {
    /// Extensions taken from directories; other files there (README, images) are not inputs.
    public static let yamlExtensions: Set<String> = ["yaml", "yml"]
    public static let csvExtensions: Set<String> = ["csv"]
    /// Files kept beside rules and examples that are not self-assessments: rule tests and hand-worked
    /// expected outcomes. Skipped when a folder is searched; a file named on the command line is always read.
    public static let companionSuffixes = [".tests.yaml", ".outcomes.yaml"]
    /// The argument that names standard input, and the path it is read (and reported) under.
    public static let standardInputArgument = "-", standardInput = "/dev/stdin"

    /// The files, and one `file_unreadable` error for each path that does not exist, each folder that cannot
    /// be listed and each link named like an input that leads nowhere. A folder equal to `excluding` (the run's
    /// output folder) is not searched, so a second run does not read the first's outputs. A file reached twice
    /// (named twice, or through a link) is taken once, and a link back up the tree is not followed round.
    /// A link found in a folder that leads out of every input root (`roots`, by default the paths searched: a
    /// folder or file named on the command line) is not read, but is a `link_outside_inputs` error: an uploaded
    /// folder holding `leak.yaml -> /etc/shadow` must not have that file read and quoted in the run's messages.
    public static func expand(_ paths: [String], excluding: String? = nil, roots: [String]? = nil) -> DiscoveredInputs {
        // Folders are told apart by device and inode, read from the open folder: resolving each folder's real
        // path walked every part of it, a cost that grew with the cube of the tree's depth.
        let excluded = excluding.flatMap(SystemPath.status).map { FolderID(device: UInt64($0.st_dev), inode: UInt64($0.st_ino)) }
        let roots = (roots ?? paths).map { $0 == standardInputArgument ? standardInput : $0 }.compactMap(SystemPath.realPath)
        var files: [BatchInputFile] = []
        var failures: [DiscoveredInputs.Failure] = []
        var visited = Set<FolderID>()
        var followedLinks = false
        for argument in paths {
            // `-` is standard input, as for the other commands; a pipe is read once, in its turn, under this path.
            let path = argument == standardInputArgument ? standardInput : argument
            guard let info = SystemPath.status(path) else {
                failures.append(.init(before: files.count, failure: BatchFailure(file: path, line: nil, diagnostics: [
                    .error("file_unreadable", LocalizedText(es: "no existe el archivo o la carpeta «\(path)»",
                                                            en: "no such file or folder '\(path)'"),
                           at: SourceRange(at: SourceLocation(file: path, line: 1, column: 1))),
                ])))
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                let found = directoryFiles(path, excluding: excluded, roots: roots, visited: &visited)
                failures += found.failures.map { .init(before: files.count + $0.before, failure: $0.failure) }
                files += found.files
                followedLinks = followedLinks || found.followedLinks
            } else {
                files.append(BatchInputFile(path: path, kind: kind(of: path, fromDirectory: false) ?? .yaml))
            }
        }
        // One folder with no links cannot list a file twice (the common case, and the one with the most
        // files): only otherwise are the paths resolved to find the repeats.
        guard paths.count > 1 || followedLinks else { return DiscoveredInputs(files: files, failures: failures) }
        var taken = Set<String>()
        var kept: [BatchInputFile] = []
        // Where each file of the full list lands among those kept, for the failures placed before it.
        var keptBefore: [Int] = []
        for file in files {
            keptBefore.append(kept.count)
            if taken.insert(canonical(file.path)).inserted { kept.append(file) }
        }
        keptBefore.append(kept.count)
        return DiscoveredInputs(files: kept, failures: failures.map { .init(before: keptBefore[$0.before], failure: $0.failure) })
    }

    static func notRegular(_ path: String) -> BatchFailure {
        BatchFailure(file: path, line: 1, diagnostics: [SpecialFile.diagnostic(path)])
    }

    /// A link found in a folder that leads out of the inputs given: where it leads is said, what is there is not read.
    static func linkOutsideInputs(_ path: String, target: String) -> BatchFailure {
        BatchFailure(file: path, line: 1, diagnostics: [
            .error("link_outside_inputs",
                   LocalizedText(es: "«\(path)» es un enlace a «\(target)», fuera de las carpetas y archivos dados: no se lee",
                                 en: "'\(path)' is a link to '\(target)', outside the folders and files given: it is not read"),
                   at: SourceRange(at: SourceLocation(file: path, line: 1, column: 1)),
                   help: LocalizedText(es: "copie el archivo en la carpeta, o dé su ruta junto a la carpeta al ejecutar la orden",
                                       en: "copy the file into the folder, or give its path beside the folder when running the command")),
        ])
    }

    /// Whether `target` (resolved) is one of `roots` (resolved) or lies inside one.
    static func isInside(_ target: String, roots: [String]) -> Bool {
        roots.contains { root in target == root || target.hasPrefix(root.hasSuffix("/") ? root : root + "/") }
    }

    /// A folder as the file system knows it, whatever path or link leads to it.
    struct FolderID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// An absolute path with symbolic links resolved, for comparing folders.
    static func canonical(_ path: String) -> String {
        SystemPath.realPath(path) ?? (path as NSString).standardizingPath
    }

    static func kind(of path: String, fromDirectory: Bool) -> BatchInputFile.Kind? {
        if fromDirectory, companionSuffixes.contains(where: { path.hasSuffix($0) }) { return nil }
        let ext = fileExtension(path).lowercased()
        if csvExtensions.contains(ext) { return .csv }
        if yamlExtensions.contains(ext) || savedAsText(path) { return .yaml }
        return fromDirectory ? nil : .yaml
    }

    /// `municipio.yaml.txt`: Windows' Notepad adds `.txt` to a name it saves as "Text document", and Windows hides
    /// the extension, so the institution sees `municipio.yaml`. A submission saved so is a self-assessment: passed
    /// over, it would be lost from the run without a word.
    static func savedAsText(_ path: String) -> Bool {
        guard fileExtension(path).lowercased() == "txt" else { return false }
        let inner = fileExtension(String(path.dropLast(4))).lowercased()
        return yamlExtensions.contains(inner)
    }

    /// What follows the last dot of the file's name ("" for none, or for a name that only starts with
    /// one), as `NSString.pathExtension` says, without a bridge to Foundation for every file of a large folder.
    static func fileExtension(_ path: String) -> Substring {
        let name = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[path.utf8.index(after: $0)...] } ?? path[...]
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
        return name[name.utf8.index(after: dot)...]
    }

    /// Every input file under `directory`, recursively, sorted by path bytes, the paths that cannot be read,
    /// each with the index of the file it sorts before, and whether a link was followed on the way (a file may
    /// then be listed twice). Uses `readdir` directly: on tens of thousands of files
    /// FileManager's enumerator costs more than parsing them. `visited` holds the folders already listed, their
    /// links resolved, so that a link back up the tree is not followed round.
    static func directoryFiles(
        _ directory: String, excluding excluded: FolderID? = nil, roots: [String], visited: inout Set<FolderID>
    ) -> (files: [BatchInputFile], failures: [DiscoveredInputs.Failure], followedLinks: Bool) {
        var found: [String] = []
        var failures: [BatchFailure] = []
        var followedLinks = false
        var pending = [directory]
        while let dir = pending.popLast() {
            guard let handle = SystemPath.withBytes(dir, { opendir($0) }) else {
                failures.append(InputFileReader.unreadable(dir))
                continue
            }
            var info = stat()
            if fstat(dirfd(handle), &info) == 0 {
                let id = FolderID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
                if id == excluded || !visited.insert(id).inserted {
                    closedir(handle)
                    continue
                }
            }
            var subdirectories: [String] = []
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                // Hidden files (editor backups, our own temporary outputs), `.` and `..` are not inputs.
                if name.hasPrefix(".") { continue }
                let full = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                var type = entry.pointee.d_type
                if type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN) {
                    var own = stat()
                    let isLink = type == UInt8(DT_LNK)
                        || (SystemPath.withBytes(full) { lstat($0, &own) } == 0 && own.st_mode & S_IFMT == S_IFLNK)
                    followedLinks = followedLinks || isLink
                    // Only where a link leads is resolved (not every folder's path, which cost a walk of the path each).
                    if isLink, let target = SystemPath.realPath(full), !isInside(target, roots: roots) {
                        let isFolder = SystemPath.status(full).map { $0.st_mode & S_IFMT == S_IFDIR } ?? false
                        if isFolder || kind(of: full, fromDirectory: true) != nil {
                            failures.append(linkOutsideInputs(full, target: target))
                        }
                        continue
                    }
                    guard let info = SystemPath.status(full) else {
                        // A link that leads nowhere, named like an input, is an input that cannot be read.
                        if kind(of: full, fromDirectory: true) != nil { failures.append(InputFileReader.unreadable(full)) }
                        continue
                    }
                    type = switch info.st_mode & S_IFMT {
                    case S_IFDIR: UInt8(DT_DIR)
                    case S_IFREG: UInt8(DT_REG)
                    default: UInt8(DT_FIFO)
                    }
                }
                switch type {
                case UInt8(DT_DIR): subdirectories.append(full)
                case UInt8(DT_REG): found.append(full)
                default:
                    // A pipe, socket or device in a folder would block the run or never end: named like an
                    // input, it is one that cannot be read. (Named on the command line, a pipe is read.)
                    if kind(of: full, fromDirectory: true) != nil { failures.append(notRegular(full)) }
                }
            }
            closedir(handle)
            // Listed in path order, so that which of two paths to one folder is kept never depends on the
            // order the file system lists them in.
            pending += subdirectories.sorted(by: PathOrder.precedes).reversed()
        }
        let files = found.sorted(by: PathOrder.precedes)
            .compactMap { path in kind(of: path, fromDirectory: true).map { BatchInputFile(path: path, kind: $0) } }
        // Each failure goes where its path sorts among the files (an unreadable folder where its files would be).
        let placed = failures.sorted { PathOrder.precedes($0.file, $1.file) }.map { failure in
            var low = 0, high = files.count
            while low < high {
                let middle = (low + high) / 2
                if PathOrder.precedes(files[middle].path, failure.file) { low = middle + 1 } else { high = middle }
            }
            return DiscoveredInputs.Failure(before: low, failure: failure)
        }
        return (files, placed, followedLinks)
    }
}
