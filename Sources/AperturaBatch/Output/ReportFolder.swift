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

    /// Puts the new reports in place of the earlier ones.
    func commit() throws {
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            for name in (try? fm.contentsOfDirectory(atPath: path)) ?? [] where !StaleReports.isReportName(name) {
                try? fm.moveItem(atPath: (path as NSString).appendingPathComponent(name), toPath: (staging as NSString).appendingPathComponent(name))
            }
            let earlier = path + ".old-\(getpid())"
            guard rename(path, earlier) == 0 else { throw AtomicWriteError(path: path, systemError: errno) }
            try? fm.removeItem(atPath: earlier)
        }
        guard rename(staging, path) == 0 else { throw AtomicWriteError(path: path, systemError: errno) }
        TemporaryFiles.unregister(folder: staging)
    }

    /// Abandons the new reports: the earlier ones stay.
    func discard() {
        try? FileManager.default.removeItem(atPath: staging)
        TemporaryFiles.unregister(folder: staging)
    }
}
