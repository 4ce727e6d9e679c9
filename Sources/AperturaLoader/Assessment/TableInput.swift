public import AperturaSource

/// A CSV table given where a self-assessment goes (`validate`, `evaluate`): read as YAML it is one long
/// text, and "expected a self-assessment, found «SO,edo,…»" would not say what to do. Tables are read by
/// `apertura batch` through a column mapping.
public enum TableInput {
    /// The error for `file` when its name says it is a CSV table; nil otherwise.
    public static func error(for file: String) -> Diagnostic? {
        guard file.lowercased().hasSuffix(".csv") else { return nil }
        return .error("missing_mapping",
                      LocalizedText(es: "«\(file)» es una tabla CSV: una tabla se lee con un archivo de mapeo de columnas, en apertura batch",
                                    en: "'\(file)' is a CSV table: a table is read through a column mapping file, in apertura batch"),
                      at: SourceRange(at: SourceLocation(file: file, line: 1, column: 1)),
                      help: LocalizedText(es: "apertura batch \(file) --mapping MAPEO.yaml --output CARPETA (vea docs/BATCH.md)",
                                          en: "apertura batch \(file) --mapping MAPPING.yaml --output FOLDER (see docs/BATCH.md)"))
    }
}
