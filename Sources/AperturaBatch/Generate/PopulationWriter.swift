import AperturaReports
import Foundation

/// Writes a synthetic population: one file per institution (`SIN-000001.yaml`, ...) or one
/// multi-document stream (`autoevaluaciones.yaml`). Each file is written atomically.
public enum PopulationWriter {
    public static let streamFileName = "autoevaluaciones.yaml"
    /// Ids have six digits (`SIN-000001` to `SIN-999999`), so files sort in the order of their ids.
    public static let maximumCount = 999_999

    /// The folder already holds inputs that a batch of it would read and that this population would not
    /// replace (an earlier, larger population, or a stream beside files): written into, it would hold two
    /// populations mixed. Nothing is written then.
    public struct EarlierInputs: Error, Sendable {
        public var directory: String
        /// The first of them, in a batch's order, and how many there are.
        public var first: String
        public var count: Int
    }

    /// The paths written, in order.
    @discardableResult
    public static func write(_ generator: PopulationGenerator, count: Int, to directory: String, stream: Bool) throws -> [String] {
        let paths = stream ? [(directory as NSString).appendingPathComponent(streamFileName)]
                           : (0..<count).map { (directory as NSString).appendingPathComponent(generator.institutionID($0) + ".yaml") }
        try checkNoEarlierInputs(in: directory, replacedBy: paths)
        // Made with the system's calls: Foundation's error would reach the user as an English sentence.
        if let code = Folders.make(directory) { throw AtomicWriteError(path: directory, systemError: code) }
        if stream {
            let writer = try AtomicFileWriter(path: paths[0])
            for i in 0..<count {
                try writer.write("---\n")
                try writer.write(generator.assessment(i))
            }
            try writer.commit()
            return paths
        }
        for (i, path) in paths.enumerated() {
            try AtomicFileWriter.write(generator.assessment(i), to: path, sync: false)
        }
        return paths
    }

    /// Throws `EarlierInputs` when `directory` holds an input, as `apertura batch` would find it, that is
    /// not one of `paths`.
    static func checkNoEarlierInputs(in directory: String, replacedBy paths: [String]) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else { return }
        let replaced = Set(paths.map(InputDiscovery.canonical))
        let found = InputDiscovery.expand([directory]).files.filter { !replaced.contains(InputDiscovery.canonical($0.path)) }
        if let first = found.first {
            throw EarlierInputs(directory: directory, first: first.path, count: found.count)
        }
    }
}
