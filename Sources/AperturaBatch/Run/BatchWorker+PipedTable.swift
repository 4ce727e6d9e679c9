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
        return LocalizedText(
            es: "parece una tabla CSV: una tabla se lee de un archivo cuyo nombre termina en .csv; guarde la tabla en un archivo .csv y nómbrelo en lugar de «-»",
            en: "this looks like a CSV table: a table is read from a file whose name ends in .csv; save the table in a .csv file and name it instead of '-'")
    }
}
