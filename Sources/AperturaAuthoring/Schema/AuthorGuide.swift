/// The generated part of the authors' guide (docs/GUIA-AUTORES.md): a table of keys per object, from
/// the same vocabulary and key enums as the schemas. The rest of the guide is written by hand.
public enum AuthorGuide {
    public static let begin = "<!-- BEGIN GENERATED: apertura schemas --guide (no editar a mano) -->"
    public static let end = "<!-- END GENERATED -->"

    /// The Markdown tables.
    public static func tables() -> String {
        var out = LintCatalog.table()
        for (object, title) in SchemaVocabulary.titles {
            guard let keys = SchemaVocabulary.allowedKeys[object], let specs = SchemaVocabulary.keys[object] else { continue }
            out += "\n### \(title)\n\n| clave | tipo | obligatoria | descripción |\n|---|---|---|---|\n"
            for key in keys {
                guard let spec = specs[key] else { continue }
                out += "| `\(key)` | \(cell(spec.typeName)) | \(spec.required ? "sí" : "no") | \(cell(spec.description)) |\n"
            }
        }
        return out
    }

    /// `document` with the text between the markers replaced by fresh tables; nil when the markers are missing.
    public static func update(_ document: String) -> String? {
        guard let start = document.range(of: begin), let stop = document.range(of: end, range: start.upperBound..<document.endIndex) else { return nil }
        return String(document[..<start.upperBound]) + "\n" + tables() + "\n" + String(document[stop.lowerBound...])
    }

    static func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
