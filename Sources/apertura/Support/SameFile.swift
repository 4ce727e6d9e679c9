import AperturaSource
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether two paths lead to one existing file: `--output` naming the input would replace it.
enum SameFile {
    /// The same device and inode, so links and other spellings of the path (`./a.yaml`) count too.
    static func check(_ first: String, _ second: String) -> Bool {
        guard let a = SystemPath.status(first), let b = SystemPath.status(second) else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }
}
