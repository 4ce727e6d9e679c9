import Foundation

/// Finds `../shared` (the conformance suites and real data that sit beside the checkout).
///
/// A user's fresh clone has no `../shared`: tests that need it are skipped with a message.
/// Under CI (`CI=true`) it is always present, and `SharedData.requireUnderCI()` fails when it is not.
public enum SharedData {
    /// The package root, found from this file's own path.
    public static let packageRoot: URL = {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // TestSupport
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
    }()

    /// `../shared`, or `$APERTURA_SHARED_DIR` when set.
    public static var sharedDirectory: URL {
        if let override = ProcessInfo.processInfo.environment["APERTURA_SHARED_DIR"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }

    /// The conformance suites: `$CONFORMANCE_DIR` when set, else `../shared/conformance`.
    public static var conformanceDirectory: URL {
        if let override = ProcessInfo.processInfo.environment["CONFORMANCE_DIR"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return sharedDirectory.appendingPathComponent("conformance")
    }

    public static var mga2017Directory: URL {
        sharedDirectory.appendingPathComponent("data/mga2017")
    }

    public static var isCI: Bool {
        ProcessInfo.processInfo.environment["CI"]?.lowercased() == "true"
    }

    public static func exists(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.path)
    }

    /// Why a test that needs `url` is skipped, for the `.enabled(if:)` comment.
    public static func missingMessage(_ url: URL) -> String {
        "\(url.path) is absent: skipped (it sits beside the checkout on developer and CI machines)"
    }

    /// Nil when `url` exists or we are not under CI; otherwise the failure message a test records.
    public static func failureUnderCI(_ url: URL) -> String? {
        if exists(url) || !isCI { return nil }
        return "CI=true but \(url.path) is absent: CI always has ../shared"
    }
}
