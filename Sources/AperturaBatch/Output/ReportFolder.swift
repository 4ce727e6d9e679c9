import AperturaReports
import Foundation

/// The per-institution reports of a run, written into a hidden folder beside `institutions/` and swapped in
/// when the run commits: an interrupted or failed run leaves the earlier reports as they were (each names a
/// row of the earlier results.csv). Files of the earlier folder that are not reports (a note someone put
/// there) are moved into the new one.
final class ReportFolder {
    /// `institutions/` in the output folder.
    let path: String
    let staging: String

    init(outputDirectory: String) throws {
        path = (outputDirectory as NSString).appendingPathComponent(BatchOutputs.institutions)
        staging = (outputDirectory as NSString).appendingPathComponent(".\(BatchOutputs.institutions).tmp-\(getpid())")
        let fm = FileManager.default
        try? fm.removeItem(atPath: staging)
        var code: Int32?
        let staging = staging
        guard TemporaryFiles.create(staging, folder: true, {
            code = Folders.make(staging)
            return code == nil ? true : nil
        }) != nil else { throw AtomicWriteError(path: staging, systemError: code ?? EIO) }
    }

    /// Writes one report; not synced one by one (thousands of small files, rebuilt by a re-run).
    func write(_ text: String, named name: String) throws {
        try AtomicFileWriter.write(text, to: (staging as NSString).appendingPathComponent(name), sync: false)
    }

    /// Puts `staging` (the new reports; nil when this run writes none) in place of the folder at `path` in two
    /// renames, the earlier folder set aside under a hidden name, and moves the earlier files that are not
    /// reports into the new folder (made for them if need be). Quick, so that it runs inside
    /// `TemporaryFiles.publishing`; the folder set aside, returned, is removed after (`removeAside`), and by an
    /// interrupt until then.
    static func swap(_ staging: String?, into path: String) throws -> String? {
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        var aside: String?
        if fm.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            let parent = (path as NSString).deletingLastPathComponent
            let hidden = (parent.isEmpty ? "." : parent) + "/.\((path as NSString).lastPathComponent).old-\(getpid())"
            try? fm.removeItem(atPath: hidden)
            guard rename(path, hidden) == 0 else { throw AtomicWriteError(path: path, systemError: errno) }
            TemporaryFiles.register(folder: hidden)
            aside = hidden
        }
        if let staging {
            guard rename(staging, path) == 0 else {
                let code = errno
                if let aside, rename(aside, path) == 0 { TemporaryFiles.unregister(folder: aside) }
                throw AtomicWriteError(path: path, systemError: code)
            }
            TemporaryFiles.unregister(folder: staging)
        }
        if let aside {
            let kept = ((try? fm.contentsOfDirectory(atPath: aside)) ?? []).filter { !StaleReports.isReportName($0) }
            if !kept.isEmpty, staging != nil || Folders.make(path) == nil {
                for name in kept {
                    try? fm.moveItem(atPath: (aside as NSString).appendingPathComponent(name), toPath: (path as NSString).appendingPathComponent(name))
                }
            }
        }
        return aside
    }

    /// Removes the earlier folder `swap` set aside.
    static func removeAside(_ aside: String?) {
        guard let aside else { return }
        TemporaryFiles.removeTree(aside)
        TemporaryFiles.unregister(folder: aside)
    }

    /// Abandons the new reports: the earlier ones stay.
    func discard() {
        TemporaryFiles.removeTree(staging)
        TemporaryFiles.unregister(folder: staging)
    }
}
