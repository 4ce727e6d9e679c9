#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Output folders made with the system's calls, so that a failure comes with its `errno` (Foundation's
/// errors carry an English sentence instead).
public enum Folders {
    /// Makes `path` and the folders above it that are missing (`mkdir -p`); the `errno` of the failure, or
    /// nil. A file where a folder must be is `ENOTDIR`.
    public static func make(_ path: String) -> Int32? {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + part
            guard mkdir(prefix, 0o777) != 0 else { continue }
            let code = errno
            var info = stat()
            if stat(prefix, &info) == 0 {
                if info.st_mode & S_IFMT == S_IFDIR { continue }
                return ENOTDIR
            }
            return code
        }
        return nil
    }
}
