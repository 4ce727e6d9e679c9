import Foundation
import TestSupport

/// A copy of the bundled PAI rules in a new temporary folder, for tests that edit a rule set.
enum PAIRulesCopy {
    /// The folder made, and the rule set folder inside it (`DIR/rules`).
    static func make(_ name: String) throws -> (dir: String, rules: String) {
        let dir = Scratch.url.appendingPathComponent("\(name)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let rules = dir + "/rules"
        try FileManager.default.copyItem(atPath: SharedData.packageRoot.appendingPathComponent("Rules/pai").path, toPath: rules)
        return (dir, rules)
    }
}
