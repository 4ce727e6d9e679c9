import AperturaSource
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written in pieces and published whole: the bytes go to a hidden temporary file beside the
/// target, which is renamed over it on `commit()`. An interrupted run leaves no truncated output, and
/// `discard()` (or a failed commit) removes the temporary file, and so does an interrupt
/// (`TemporaryFiles`, which the command line empties on Ctrl-C).
public final class AtomicFileWriter {
    public let path: String
    /// Where the bytes go: `path`, or the file a link at `path` leads to (renaming over the link would cut it).
    let target: String
    let temporaryPath: String
    private var handle: UnsafeMutablePointer<FILE>?
    /// Written, synced and closed: only the rename is left.
    private var prepared = false

    public init(path: String) throws {
        self.path = path
        // `informes/` names a folder, existing or not: renaming a file over it fails with ENOTDIR, whose
        // words ("part of the path is a file") would send the user looking for a file that is not there.
        if path.hasSuffix("/") { throw AtomicWriteError(path: path, reason: AtomicWriteError.namesAFolder) }
        target = try Self.followingLink(path)
        let directory = PathText.directory(of: target)
        let name = (target as NSString).lastPathComponent
        temporaryPath = (directory.isEmpty ? "." : directory) + "/.\(name).tmp-\(getpid())"
        if !directory.isEmpty, let code = Folders.make(directory) {
            throw AtomicWriteError(path: path, systemError: code)
        }
        var code: Int32 = 0
        let temporaryPath = temporaryPath
        guard let handle = TemporaryFiles.create(temporaryPath, {
            let opened = fopen(temporaryPath, "wb")
            if opened == nil { code = errno }
            return opened
        }) else {
            throw AtomicWriteError(path: path, systemError: code)
        }
        self.handle = handle
    }

    deinit { discard() }

    public func write(_ text: String) throws {
        guard let handle else { return }
        var text = text
        let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, handle) }
        if written != text.utf8.count { throw AtomicWriteError(path: path, systemError: errno) }
    }

    /// Flushes, syncs (unless `sync` is false: bulk files whose loss costs only a re-run) and closes the
    /// temporary file, so that `commit` has only the rename left: outputs published together are all prepared
    /// first, then renamed in one quick step.
    public func prepare(sync: Bool = true) throws {
        guard let handle else { return }
        self.handle = nil
        let flushed = fflush(handle) == 0 && (!sync || fsync(fileno(handle)) == 0)
        let code = errno
        let closed = fclose(handle) == 0
        guard flushed, closed else {
            let code = flushed ? errno : code
            unlink(temporaryPath)
            TemporaryFiles.unregister(temporaryPath)
            throw AtomicWriteError(path: path, systemError: code)
        }
        prepared = true
    }

    /// Prepares the file if it is not yet, and renames the temporary file over the target.
    public func commit(sync: Bool = true) throws {
        try prepare(sync: sync)
        guard prepared else { return }
        prepared = false
        defer { TemporaryFiles.unregister(temporaryPath) }
        guard rename(temporaryPath, target) == 0 else {
            let code = errno
            unlink(temporaryPath)
            throw AtomicWriteError(path: path, systemError: code)
        }
    }

    /// Abandons the file: the target is left as it was.
    public func discard() {
        if let handle {
            self.handle = nil
            fclose(handle)
        } else if prepared {
            prepared = false
        } else {
            return
        }
        unlink(temporaryPath)
        TemporaryFiles.unregister(temporaryPath)
    }

    /// The file a symbolic link at `path` leads to; `path` itself when it is no link, or a link that leads nowhere.
    /// Links that lead round to themselves (`a -> b -> a`) are an error, as the shell's `>` says: the link would
    /// otherwise be replaced by the file.
    static func followingLink(_ path: String) throws -> String {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return path }
        guard let resolved = realpath(path, nil) else {
            if errno == ELOOP { throw AtomicWriteError(path: path, systemError: ELOOP) }
            return path
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Writes `text` to `path` atomically in one go.
    /// A target that exists and is neither a regular file nor a folder (`/dev/null`, `/dev/stdout`, a named
    /// pipe) is written in place: renaming over it would replace the device with a file.
    public static func write(_ text: String, to path: String, sync: Bool = true) throws {
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG, info.st_mode & S_IFMT != S_IFDIR {
            try writeInPlace(text, to: path)
            return
        }
        let writer = try AtomicFileWriter(path: path)
        try writer.write(text)
        try writer.commit(sync: sync)
    }

    private static func writeInPlace(_ text: String, to path: String) throws {
        guard let handle = fopen(path, "wb") else { throw AtomicWriteError(path: path, systemError: errno) }
        var text = text
        let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, handle) }
        let flushed = fflush(handle) == 0
        let code = errno
        fclose(handle)
        guard written == text.utf8.count, flushed else { throw AtomicWriteError(path: path, systemError: code) }
    }
}
