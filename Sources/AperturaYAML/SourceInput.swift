import AperturaSource
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One input as named on the command line, and how it is read: a regular file is read from its path whenever
/// asked (several times if need be: to find the rule set it names, then to load it, then to place what is
/// missing); anything that cannot be read twice (a pipe, `/dev/stdin`, `<(...)`, and `-` for standard input)
/// is read once, here, into memory, within the loader's size limit, and handed out from there. Either way
/// every reader sees the same bytes under the same name.
public struct SourceInput: Sendable {
    /// How diagnostics name the input: the path as given, and `<stdin>` for `-`.
    public let name: String
    private let content: Content

    private enum Content: Sendable {
        case file(path: String)
        case read(Result<[UInt8], FileReadError>)
    }

    /// The argument that stands for standard input, and the name it is shown under.
    public static let standardInputArgument = "-"
    public static let standardInputName = "<stdin>"

    /// `path` as given. A path that leads nowhere, or to a folder, stays a path: reading it gives the error a file
    /// would. `limit`: the most bytes read from what is read once (`yaml_too_large` past it, as a file that large).
    public init(_ path: String, limit: Int = YAMLLimits.default.maxDocumentBytes) {
        if path == Self.standardInputArgument {
            name = Self.standardInputName
            content = .read(YAMLFileReader.readStandardInput(name: name, limit: limit))
            return
        }
        name = path
        guard let info = SystemPath.status(path), info.st_mode & S_IFMT != S_IFREG, info.st_mode & S_IFMT != S_IFDIR else {
            content = .file(path: path)
            return
        }
        content = .read(YAMLFileReader.read(atPath: path, limit: limit))
    }

    /// Text already in memory (a test, a service that receives it), under `name`.
    public init(bytes: [UInt8], name: String) {
        self.name = name
        content = .read(.success(bytes))
    }

    /// The path read each time the input is asked for; nil for what was read once (or given as bytes).
    public var path: String? {
        if case .file(let path) = content { path } else { nil }
    }

    /// What was read from standard input (`-`); nil for anything else, or when it could not be read. An output
    /// holding exactly these bytes is, most likely, the file they were piped from.
    public var standardInputBytes: [UInt8]? {
        guard name == Self.standardInputName, case .read(.success(let bytes)) = content else { return nil }
        return bytes
    }

    /// The bytes, read now from a file, or as read before; `limit` applies to a file read now.
    func bytes(limit: Int) -> Result<[UInt8], FileReadError> {
        switch content {
        case .file(let path): YAMLFileReader.read(atPath: path, limit: limit)
        case .read(let result): result
        }
    }
}
