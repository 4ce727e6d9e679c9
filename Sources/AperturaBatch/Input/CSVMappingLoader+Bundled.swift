import AperturaEngine
import Foundation

extension CSVMappingLoader {
    /// `--mapping` as given, or the bundled mapping it names: a bare name (no `/`, no `.yaml` or `.yml`) that is no file
    /// here is looked up as `Mappings/<name>.yaml` of the bundle, as the bundled rule sets are found by their names, so
    /// that `--mapping mga2017` works from any folder of an installed copy.
    public static func resolve(_ mapping: String) -> String {
        guard !mapping.contains("/"), !mapping.hasSuffix(".yaml"), !mapping.hasSuffix(".yml"),
              !FileManager.default.fileExists(atPath: mapping) else { return mapping }
        let bundled = Workspace.bundled("Mappings/\(mapping).yaml")
        return FileManager.default.fileExists(atPath: bundled) ? bundled : mapping
    }
}
