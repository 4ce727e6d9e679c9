/// A count with its noun in the right number: "1 error", "2 errores". Every summary line counts with it, so
/// that none says "1 errors" or falls back to "error(s)".
public enum CountText {
    public static func of(_ count: Int, _ one: String, _ many: String) -> String { "\(count) \(count == 1 ? one : many)" }
}
