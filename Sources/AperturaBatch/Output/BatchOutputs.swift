/// The names of the files a batch writes into its output folder.
public enum BatchOutputs {
    public static let results = "results.csv"
    public static let errors = "errors.csv"
    public static let warnings = "warnings.csv"
    public static let summary = "summary.json"
    public static let report = "report.html"
    /// The folder of per-institution reports; each named `NNNNNN-<id>.<ext>`, NNNNNN its row in results.csv.
    public static let institutions = "institutions"

    /// An id as a safe file name: ASCII letters, digits, `-` and `_`; anything else becomes `_`.
    public static func fileSlug(_ id: String) -> String {
        let mapped = id.unicodeScalars.map { s -> Character in
            s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "-" || s == "_") ? Character(s) : "_"
        }
        let slug = String(mapped.prefix(80))
        return slug.isEmpty ? "_" : slug
    }
}
