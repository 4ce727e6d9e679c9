import Foundation
import TestSupport
import Testing

/// One case of the shared YAML conformance data (`yaml/cases.json`, format in its README).
struct YAMLConformanceCase: Decodable, Sendable, CustomTestStringConvertible {
    let id: String
    let name: String
    let yaml: String
    /// One JSON value per document, or nil when the suite gives none.
    let json: [JSONValue]?
    let error: Bool

    var testDescription: String { "\(id) \(name)" }

    static var file: URL { SharedData.conformanceDirectory.appendingPathComponent("yaml/cases.json") }
    static var isAvailable: Bool { SharedData.exists(file) }

    /// Every case in the data folder, read at run time, or why they could not be read.
    static let loaded: Result<[YAMLConformanceCase], LoadError> = {
        do {
            let data = try Data(contentsOf: file)
            return .success(try JSONDecoder().decode([YAMLConformanceCase].self, from: data))
        } catch {
            return .failure(LoadError(message: "cannot read \(file.path): \(error)"))
        }
    }()

    /// The cases, or none when the data is absent or unreadable (a separate test reports why).
    static var all: [YAMLConformanceCase] { (try? loaded.get()) ?? [] }

    struct LoadError: Error, Sendable {
        let message: String
    }
}
