import Foundation
import TestSupport

/// Paths and golden files for the authoring tools' tests.
enum Fixtures {
    static let root = SharedData.packageRoot.path

    static func path(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }

    /// Makes a text independent of where the checkout is.
    static func relative(_ text: String) -> String { text.replacingOccurrences(of: root + "/", with: "") }

    /// `APERTURA_UPDATE_GOLDEN=1 swift test` rewrites golden files instead of comparing.
    static var updating: Bool { ProcessInfo.processInfo.environment["APERTURA_UPDATE_GOLDEN"] == "1" }

    /// The golden file's text (after writing `actual` into it when updating).
    static func golden(_ relative: String, actual: String) throws -> String {
        let file = path(relative)
        if updating { try actual.write(toFile: file, atomically: true, encoding: .utf8) }
        return try String(contentsOfFile: file, encoding: .utf8)
    }
}
