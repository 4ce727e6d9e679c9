/// Control characters that a terminal obeys (C0 other than tab and line feed, DEL, C1) and the direction
/// overrides and isolates that reorder what is shown. A message quotes what a file says (`«muni\e[31mcipio» is
/// not an allowed value`), and a file may hold them: shown as `<U+001B>`, they can be seen and do nothing.
public enum ControlCharacters {
    public static func shown(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: acts) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if acts(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out.append(contentsOf: "<U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex)>".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func acts(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
