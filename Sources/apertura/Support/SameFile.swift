import AperturaSource
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether two paths lead to one existing file: `--output` naming the input would replace it.
enum SameFile {
    /// The same device and inode, so links and other spellings of the path (`./a.yaml`) count too. `-` (an input
    /// read from standard input) is the file standard input is redirected from (`< a.yaml`); a pipe or a terminal is
    /// no file an output could name.
    static func check(_ first: String, _ second: String) -> Bool {
        guard let a = status(first), let b = status(second) else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }

    private static func status(_ path: String) -> stat? {
        guard path == "-" else { return SystemPath.status(path) }
        var info = stat()
        return fstat(STDIN_FILENO, &info) == 0 && info.st_mode & S_IFMT == S_IFREG ? info : nil
    }
}
