/// A column's name as spreadsheets show it: A to Z, then AA, AB, ... (bijective base 26).
enum SpreadsheetColumn {
    /// The letters of the 0-based column `index`: 0 → A, 25 → Z, 26 → AA, 701 → ZZ, 702 → AAA.
    static func letters(_ index: Int) -> String {
        var n = index + 1
        var letters: [Character] = []
        while n > 0 {
            let digit = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(digit))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }
}
