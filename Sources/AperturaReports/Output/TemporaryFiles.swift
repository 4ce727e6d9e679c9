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

    /// Makes a temporary file or folder (`make`, nil when it fails) and registers it as one step under the lock:
    /// an interrupt handled on another thread between the two would have left it behind (a `.warnings.csv.tmp-PID`
    /// made just as the run was stopped).
    public static func create<Made>(_ path: String, folder: Bool = false, _ make: () -> Made?) -> Made? {
        lock.lock()
        defer { lock.unlock() }
        guard let made = make() else { return nil }
        if folder { folders.insert(path) } else { paths.insert(path) }
        return made
    }

    static func unregister(_ path: String) {
        lock.lock()
        paths.remove(path)
        lock.unlock()
    }

    public static func unregister(folder path: String) {
        lock.lock()
        folders.remove(path)
        lock.unlock()
    }

    /// For a process about to exit on an interrupt: removes every registered file and folder, and keeps the lock,
    /// so that no other thread makes a new one in the moment before the exit (it waits in `create`). The count
    /// removed.
    @discardableResult
    public static func removeAllBeforeExit() -> Int {
        lock.lock()
        let removed = paths.count(where: { unlink($0) == 0 })
            + folders.count(where: { (try? FileManager.default.removeItem(atPath: $0)) != nil })
        paths.removeAll()
        folders.removeAll()
        return removed
    }
}
