/// A number as a person writes it in a message: whole numbers without a decimal point, others to four decimals.
public enum PlainNumber {
    public static func format(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return String((x * 10_000).rounded() / 10_000)
    }
}
