import AperturaSource
import Foundation

/// A run none of whose inputs exists: most likely a typo in the path (`Exampels`). Refused before anything is written,
/// as a folder with nothing to read is (`no_inputs`), so that the results of the last run stay as they were instead of
/// being replaced by one invalid input. A run with some input that exists keeps a missing one as an invalid input.
public enum MissingInputs {
    /// The `no_inputs` error when every path of `inputs` is missing (none is `-`), with "did you mean" for a missing
    /// path close in name to one beside it; nil when some input exists.
    public static func refusal(_ inputs: [String]) -> Diagnostic? {
        guard !inputs.isEmpty,
              inputs.allSatisfy({ $0 != InputDiscovery.standardInputArgument && SystemPath.status($0) == nil }) else { return nil }
        let listed = inputs.map { "«\($0)»" }.joined(separator: ", ")
        let listedEN = inputs.map { "'\($0)'" }.joined(separator: ", ")
        var seen: Set<String> = []
        let guesses = inputs.compactMap(closeSibling).filter { seen.insert($0).inserted }
        let help = guesses.isEmpty ? nil : LocalizedText(
            es: "¿quiso decir \(guesses.map { "«\($0)»" }.joined(separator: ", "))?",
            en: "did you mean \(guesses.map { "'\($0)'" }.joined(separator: ", "))?")
        return .error("no_inputs", LocalizedText(
            es: inputs.count == 1 ? "no existe \(listed): no hay ninguna entrada que leer" : "no existe ninguna de las entradas \(listed): no hay nada que leer",
            en: inputs.count == 1 ? "\(listedEN) does not exist: there is no input to read" : "none of the inputs \(listedEN) exists: there is nothing to read"),
                      at: nil, help: help)
    }

    /// The name beside `path` in its folder closest to its own, written as `path` is (its folder kept).
    static func closeSibling(of path: String) -> String? {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        let name = (trimmed as NSString).lastPathComponent, folder = (trimmed as NSString).deletingLastPathComponent
        guard !name.isEmpty, let siblings = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder),
              let match = Suggestion.closest(to: name, in: siblings.filter { !$0.hasPrefix(".") }) else { return nil }
        return folder.isEmpty ? match : (folder as NSString).appendingPathComponent(match)
    }
}
