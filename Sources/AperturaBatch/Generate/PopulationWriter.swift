import AperturaReports
import Foundation

/// Writes a synthetic population: one file per institution (`SIN-000001.yaml`, ...) or one
/// multi-document stream (`autoevaluaciones.yaml`). Each file is written atomically.
public enum PopulationWriter {
    public static let streamFileName = "autoevaluaciones.yaml"

    /// The paths written, in order.
    @discardableResult
    public static func write(_ generator: PopulationGenerator, count: Int, to directory: String, stream: Bool) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        if stream {
            let path = (directory as NSString).appendingPathComponent(streamFileName)
            let writer = try AtomicFileWriter(path: path)
            for i in 0..<count {
                try writer.write("---\n")
                try writer.write(generator.assessment(i))
            }
            try writer.commit()
            return [path]
        }
        var paths: [String] = []
        paths.reserveCapacity(count)
        for i in 0..<count {
            let path = (directory as NSString).appendingPathComponent(generator.institutionID(i) + ".yaml")
            try AtomicFileWriter.write(generator.assessment(i), to: path, sync: false)
            paths.append(path)
        }
        return paths
    }
}
