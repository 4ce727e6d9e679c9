public import AperturaSource
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension YAMLParser {
    /// The `file_unreadable` error for a path that leads to nothing (no such file, or a part of it is not a
    /// folder), nil when something is there. Commands that load rules for a file check this first: a missing
    /// input is the problem to report, not whatever loading the rules for it then finds.
    public static func absentFileError(_ path: String) -> Diagnostic? {
        guard SystemPath.status(path) == nil else { return nil }
        let code = errno
        guard code == ENOENT || code == ENOTDIR else { return nil }
        return YAMLDiagnostics.fileUnreadable(path: path, errorCode: code)
    }
}
