import AperturaSource
import AperturaYAML

extension BatchWorker {
    /// Help for a CSV table piped into `batch -`: standard input is read as YAML (only a file's `.csv` name says
    /// it is a table), so the table reads as one plain text, its lines folded. That text holding the mapping's
    /// delimiter and no `: ` (no key: a self-assessment's first line has one) marks it as a table. Nil otherwise.
    func pipedTableHelp(_ document: YAMLDocument, file: String) -> LocalizedText? {
        guard file == InputDiscovery.standardInput, let delimiter = tableDelimiter,
              let text = document.root?.scalar?.value else { return nil }
        let separator = Character(Unicode.Scalar(delimiter))
        guard text.contains(separator), !text.contains(": ") else { return nil }
        return Self.pipedTableText
    }

    /// Help for a CSV table piped into `batch -` whose quoted cells (`"Clave";"Nombre"`) are no YAML at all: its first
    /// line holds the mapping's delimiter and no `: `. Nil otherwise.
    func pipedTableHelp(_ bytes: [UInt8], file: String) -> LocalizedText? {
        guard file == InputDiscovery.standardInput, let delimiter = tableDelimiter else { return nil }
        let firstLine = bytes.prefix { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }
        guard firstLine.contains(delimiter), !String(decoding: firstLine, as: UTF8.self).contains(": ") else { return nil }
        return Self.pipedTableText
    }

    /// A piped `results` that YAML could not read, when its bytes look like a table: one invalid input (its lines are
    /// no documents of a stream), its first error told that it looks like a table. The quoted cells of `"Clave";"Nombre"`
    /// read as a text and then a syntax error: two inputs that are one table.
    func withPipedTableHelp(_ results: [UnitResult], bytes: [UInt8], file: String) -> [UnitResult] {
        guard case .invalid(var failure)? = results.first, !failure.diagnostics.isEmpty,
              results.allSatisfy({ if case .invalid = $0 { true } else { false } }),
              let help = pipedTableHelp(bytes, file: file) else { return results }
        failure.diagnostics = [failure.diagnostics[0]]
        failure.diagnostics[0].help = help
        return [.invalid(failure)]
    }

    static let pipedTableText = LocalizedText(
        es: "parece una tabla CSV: una tabla se lee de un archivo cuyo nombre termina en .csv; guarde la tabla en un archivo .csv y nómbrelo en lugar de «-»",
        en: "this looks like a CSV table: a table is read from a file whose name ends in .csv; save the table in a .csv file and name it instead of '-'")
}
