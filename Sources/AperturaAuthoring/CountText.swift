/// A count with its noun in the right number: "1 error", "2 errores".
enum CountText {
    static func of(_ count: Int, _ one: String, _ many: String) -> String { "\(count) \(count == 1 ? one : many)" }
}
