/// Characters a person cannot see but a terminal obeys or a text carries unseen: C0 controls (tab and line feed
/// aside), DEL, C1 controls, the direction marks, overrides and isolates, and the characters of no width
/// (U+200B–200D, U+2060–2064, U+FEFF). The loaders refuse them in what people read (`InvisibleCharacters`
/// scans for exactly these, byte by byte); a message that quotes a file may still hold them (`«muni\e[31mcipio»
/// is not an allowed value`), and shows them as `<U+001B>`: seen, and obeyed by nothing.
public enum HiddenCharacters {
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    /// `text` with each hidden character written as its code, `<U+001B>`.
    public static func shown(_ text: String) -> String {
        shown(text, hiding: contains)
    }

    /// A file's name as a line of output shows it: its hidden characters, and also a tab or a line feed, written as
    /// their codes. A name is one line: `nl<LF>name.yaml:3:1` would read as a line `nl` and a place in `name.yaml`.
    public static func shownName(_ name: String) -> String {
        shown(name, hiding: { $0.value == 0x09 || $0.value == 0x0A || contains($0) })
    }

    private static func shown(_ text: String, hiding hidden: (Unicode.Scalar) -> Bool) -> String {
        guard text.unicodeScalars.contains(where: hidden) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if hidden(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out.append(contentsOf: "<U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex)>".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
