import Foundation

/// One temporary folder per test process, removed when the process exits: the tests make their files under it.
/// Once it is made, TMPDIR names it, so Foundation's own temporary files (those of `write(atomically:)`) and the
/// programs the tests run put theirs there too. Without it, every run left thousands of folders in /tmp.
public enum Scratch {
    public static let path: String = {
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        let path = (base as NSString).appendingPathComponent("apertura-tests-\(getpid())")
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        setenv("TMPDIR", path, 1)
        atexit { try? FileManager.default.removeItem(atPath: Scratch.path) }
        return path
    }()

    public static var url: URL { URL(fileURLWithPath: path, isDirectory: true) }
}
