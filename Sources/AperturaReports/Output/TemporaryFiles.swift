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
    /// Held while outputs are published and by an interrupt about to exit: see `publishing`.
    private static let publishLock = NSLock()
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

    /// Runs `body`, which renames a run's outputs into place, with interrupts held off: one that comes meanwhile
    /// is handled when `body` returns. Outputs that belong together (a batch's tables, summary and report) are
    /// then published all or none: a Ctrl-C between two renames left one run's results.csv beside another's summary.
    public static func publishing<Result>(_ body: () throws -> Result) rethrows -> Result {
        publishLock.lock()
        defer { publishLock.unlock() }
        let result = try body()
        published = true
        return result
    }

    /// Whether outputs were published (`publishing` returned): an interrupt after it found them whole, and only
    /// removes what the run was clearing away (the earlier reports it had set aside).
    nonisolated(unsafe) public private(set) static var published = false

    /// A folder this process made by other means (renamed aside), to be removed if it is interrupted.
    public static func register(folder path: String) {
        lock.lock()
        folders.insert(path)
        lock.unlock()
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

    /// For a process about to exit on an interrupt: waits for outputs being published, removes every registered
    /// file and folder, and keeps the locks, so that no other thread makes a new one or publishes in the moment
    /// before the exit (it waits in `create` or `publishing`). The count removed.
    @discardableResult
    public static func removeAllBeforeExit() -> Int {
        publishLock.lock()
        lock.lock()
        let removed = paths.count(where: { unlink($0) == 0 })
            + folders.count(where: { removeTree($0) })
        paths.removeAll()
        folders.removeAll()
        return removed
    }

    /// Removes a folder and all it holds, as another thread may be doing at the same time (the batch deleting its
    /// earlier reports when an interrupt comes): an entry already gone is no failure. `FileManager.removeItem`
    /// stops at the first, and left the folder behind. Whether the folder is gone.
    @discardableResult
    public static func removeTree(_ path: String) -> Bool {
        for _ in 0..<3 {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
                let entry = path + "/" + name
                var info = stat()
                guard lstat(entry, &info) == 0 else { continue }
                if info.st_mode & S_IFMT == S_IFDIR { removeTree(entry) } else { unlink(entry) }
            }
            if rmdir(path) == 0 || errno == ENOENT { return true }
            if errno != ENOTEMPTY && errno != EEXIST { return false }
        }
        return false
    }
}
