import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files this process has open, so that an interrupted run (Ctrl-C) can remove them
/// before it exits: atomic writing already leaves no truncated output, and this leaves no hidden debris.
public enum TemporaryFiles {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var paths: Set<String> = []
    /// Temporary folders (the per-institution reports of a batch), removed with all they hold.
    nonisolated(unsafe) private static var folders: Set<String> = []

    static func register(_ path: String) {
        lock.lock()
        paths.insert(path)
        lock.unlock()
    }

    static func unregister(_ path: String) {
        lock.lock()
        paths.remove(path)
        lock.unlock()
    }

    public static func register(folder path: String) {
        lock.lock()
        folders.insert(path)
        lock.unlock()
    }

    public static func unregister(folder path: String) {
        lock.lock()
        folders.remove(path)
        lock.unlock()
    }

    /// Removes every registered file and folder; the count removed.
    @discardableResult
    public static func removeAll() -> Int {
        lock.lock()
        defer { lock.unlock() }
        let removed = paths.count(where: { unlink($0) == 0 })
            + folders.count(where: { (try? FileManager.default.removeItem(atPath: $0)) != nil })
        paths.removeAll()
        folders.removeAll()
        return removed
    }
}
