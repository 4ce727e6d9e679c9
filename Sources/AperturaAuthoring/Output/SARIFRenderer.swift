import AperturaSource
import Foundation

/// SARIF 2.1.0 (OASIS), for `lint` and `validate`: one run of the `apertura` tool; one rule per diagnostic code;
/// one result per diagnostic, located by file, line and column.
enum SARIFRenderer {
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    struct Log: Encodable {
        var schema = SARIFRenderer.schema
        var version = "2.1.0"
        var runs: [Run]
        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }
    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
    }
    struct Tool: Encodable { var driver: Driver }
    struct Driver: Encodable {
        var name = "apertura"
        var rules: [ReportingDescriptor]
    }
    struct ReportingDescriptor: Encodable {
        var id: String
        var shortDescription: Message
    }
    struct Message: Encodable { var text: String }
    struct Result: Encodable {
        var ruleId: String
        var level: String
        var message: Message
        var locations: [Location]
    }
    struct Location: Encodable { var physicalLocation: PhysicalLocation }
    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        /// None for a whole file or folder.
        var region: Region?
    }
    struct ArtifactLocation: Encodable { var uri: String }
    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        var endColumn: Int
    }

    /// `diagnostics` in the order given (`lint`'s, or `validate`'s reading order), one result each.
    static func render(_ diagnostics: [Diagnostic], language: Language) -> String {
        render(diagnostics.map { ($0, nil) }, language: language)
    }

    /// `input`: the file or folder a diagnostic with no place is about (`validate`'s unreadable path, its empty
    /// folder), given as the result's location with no region, since code hosts drop a result without one.
    static func render(_ diagnostics: [(diagnostic: Diagnostic, input: String?)], language: Language) -> String {
        let codes = Array(Set(diagnostics.map(\.diagnostic.code))).sorted()
        let rules = codes.map { code in ReportingDescriptor(id: code, shortDescription: Message(text: code.replacingOccurrences(of: "_", with: " "))) }
        let results = diagnostics.map { diagnostic, input -> Result in
            var text = diagnostic.message.text(language)
            if let help = diagnostic.help { text += " (\(help.text(language)))" }
            let locations = diagnostic.range.map { range in
                [Location(physicalLocation: PhysicalLocation(
                    artifactLocation: ArtifactLocation(uri: uri(range.file)),
                    region: Region(startLine: range.start.line, startColumn: range.start.column,
                                   endLine: max(range.end.line, range.start.line),
                                   endColumn: range.end.line > range.start.line ? range.end.column : max(range.end.column, range.start.column))))]
            } ?? input.map { [Location(physicalLocation: PhysicalLocation(artifactLocation: ArtifactLocation(uri: uri($0)), region: nil))] } ?? []
            let level = switch diagnostic.severity {
            case .error: "error"
            case .warning: "warning"
            case .note: "note"
            }
            return Result(ruleId: diagnostic.code, level: level, message: Message(text: text), locations: locations)
        }
        return JSONText.encode(Log(runs: [Run(tool: Tool(driver: Driver(rules: rules)), results: results)]))
    }

    /// RFC 3986's path characters, less `:` (a first segment with one would read as a scheme).
    static let uriPathCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=@/")

    /// A path as SARIF's `uri` (a URI reference) must be written: a space, an accent or a line break in a
    /// folder's name is percent-encoded as UTF-8, else code hosts refuse the file or find no such artifact.
    static func uri(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: uriPathCharacters) ?? path
    }
}
