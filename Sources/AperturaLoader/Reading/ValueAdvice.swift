import AperturaModel
import AperturaSource
import AperturaYAML

/// The fix for the value mistakes people make most when they type a file by hand: a number written as in
/// a spreadsheet (`80%`, `1,234`, `58,3`, `"42"`), a date as on paper (`30/06/2026`), one value where a list
/// goes or the reverse. The message says what was expected; this says how to write it.
public enum ValueAdvice {
    /// A scalar that is not the number expected. `wholeNumber`: the field takes an integer.
    /// `ratio`: the field goes from 0 to 1, so `80%` is 0.8.
    static func number(_ scalar: YAMLScalar, wholeNumber: Bool, ratio: Bool = false) -> LocalizedText? {
        let text = scalar.value.trimmingSpaces
        func reads(_ candidate: String) -> Bool {
            wholeNumber ? LoadContext.integer(candidate) != nil : LoadContext.number(candidate) != nil
        }
        if let inner = withoutTypographicQuotes(text), reads(inner) {
            return typographicQuotes(inner)
        }
        if scalar.style != .plain, reads(text) {
            return quoted(text)
        }
        let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : text[...]
        // `1e400` too: beyond even a double's range, so no whole number either.
        if !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) || (wholeNumber && LoadContext.looksNumeric(text) && Double(text)?.isInfinite == true),
           LoadContext.integer(text) == nil {
            return LocalizedText(es: "el número es demasiado grande: el máximo es \(Int64.max)", en: "the number is too large: the largest is \(Int64.max)")
        }
        if text.hasSuffix("%"), LoadContext.number(String(text.dropLast()).trimmingSpaces) != nil {
            let bare = String(text.dropLast()).trimmingSpaces
            if ratio, let percent = LoadContext.number(bare) {
                let fraction = plain(percent / 100)
                return LocalizedText(es: "una razón va de 0 a 1: \(bare) % se escribe \(fraction)", en: "a ratio goes from 0 to 1: \(bare) % is written \(fraction)")
            }
            return LocalizedText(es: "escriba solo el número, sin «%»: \(bare)", en: "write the number alone, without '%': \(bare)")
        }
        if let plain = withoutThousandsSeparators(text), reads(plain) {
            return LocalizedText(es: "escriba el número sin separador de miles: \(plain)", en: "write the number without a thousands separator: \(plain)")
        }
        if !wholeNumber, text.count(where: { $0 == "," }) == 1, !text.contains(".") {
            let pointed = String(text.map { $0 == "," ? "." : $0 })
            if reads(pointed) {
                return LocalizedText(es: "el decimal se escribe con punto: \(pointed)", en: "write the decimal with a point: \(pointed)")
            }
        }
        if wholeNumber, let plain = withoutThousandPoints(text) {
            return LocalizedText(es: "en el archivo el punto marca decimales: ¿quiso decir \(plain)? escriba las cifras sin separador de miles",
                                 en: "in the file a point marks decimals: did you mean \(plain)? write the digits without a thousands separator")
        }
        if wholeNumber, let value = LoadContext.number(text), value == value.rounded(), abs(value) < 1e15 {
            let whole = String(Int64(value))
            return LocalizedText(es: "un número entero se escribe sin decimales: \(whole)", en: "a whole number is written without decimals: \(whole)")
        }
        if wholeNumber, LoadContext.number(text) != nil {
            return LocalizedText(es: "este campo cuenta cosas enteras: escriba un número sin decimales", en: "this field counts whole things: write a number without decimals")
        }
        return nil
    }

    /// A number or a boolean written in quotes, which make it a text.
    static func quoted(_ text: String) -> LocalizedText {
        LocalizedText(es: "quite las comillas: entre comillas, «\(text)» es un texto", en: "remove the quotes: quoted, '\(text)' is a text")
    }

    /// `x` as a person writes it: no binary hair (0.58300000000000007 is 0.583), no `.0` on a whole number.
    static func plain(_ x: Double) -> String {
        let rounded = (x * 1e10).rounded() / 1e10
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int64(rounded)) : String(rounded)
    }

    /// `1,234`, `1 234` or `1,234.5` without its separators; nil unless every separator is in its place
    /// (one to three digits, then groups of three) and the first group does not start with 0 (`0,583` is a
    /// decimal comma, not a thousand).
    static func withoutThousandsSeparators(_ text: String) -> String? {
        var body = Substring(text)
        var sign = ""
        if let first = body.first, first == "-" || first == "+" {
            sign = String(first)
            body = body.dropFirst()
        }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let groups = parts[0].split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\u{A0}" }).map(String.init)
        let separators = parts[0].count(where: { $0 == "," || $0 == " " || $0 == "\u{A0}" })
        guard groups.count > 1, separators == groups.count - 1,
              (1...3).contains(groups[0].count), !groups[0].hasPrefix("0"),
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        return sign + groups.joined() + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// `1.640` or `1.640.000`, thousands separated by points as in much of the world: nil unless every group
    /// after the first has three digits and the first does not start with 0. In a count, `1.640` is no
    /// decimal anyone means (YAML reads 1.64).
    static func withoutThousandPoints(_ text: String) -> String? {
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count > 1, (1...3).contains(groups[0].count), !groups[0].hasPrefix("0"),
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        return groups.joined()
    }

    /// A date that is not `YYYY-MM-DD`: written day first (`30/06/2026`, `5-11-2025`, Mexico's order), or
    /// year first without its zeros (`2025-1-1`, `2025/01/01`), spelled out (`15 de marzo de 2025`), or in
    /// typographic quotes; or a day the month does not have (`2025-02-30`). Also for the dates of rule tests.
    public static func date(_ text: String) -> LocalizedText? {
        if let inner = withoutTypographicQuotes(text.trimmingSpaces), Day(inner) != nil {
            return typographicQuotes(inner)
        }
        guard let day = intendedDay(text) else { return impossibleDay(text) }
        return LocalizedText(es: "las fechas se escriben año-mes-día, AAAA-MM-DD: ¿quiso decir \(day)?",
                             en: "dates are written year-month-day, YYYY-MM-DD: did you mean \(day)?")
    }

    /// The day a date not written `YYYY-MM-DD` most likely means, as `date(_:)` reads it; also for `--as-of`.
    public static func intendedDay(_ text: String) -> Day? {
        if let day = spelledOut(text) { return day }
        let parts = text.trimmingSpaces.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        if parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2 {
            return Day(year: a, month: b, day: c)
        } else if parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 {
            // Day first, as dates are written in Mexico; month first only when no month could come second.
            return Day(year: c, month: b, day: a) ?? Day(year: c, month: a, day: b)
        }
        return nil
    }

    /// `15 de marzo de 2025` or `15 marzo 2025`, as a date is written in a Spanish letter.
    private static func spelledOut(_ text: String) -> Day? {
        let words = text.lowercased().split(separator: " ").filter { $0 != "de" && $0 != "del" }
        guard words.count == 3, let day = Int(words[0]), let year = Int(words[2]), words[2].count == 4,
              let month = months[String(words[1])] else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// Spanish month names, `setiembre` September's other spelling.
    private static let months: [String: Int] = [
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
        "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    ]

    /// `text` without the typographic quotes around it (`“1200”`, pasted from a word processor, which YAML
    /// keeps as part of the value); nil when it has none.
    /// Every batch evidence entry passes here: a first byte that is ASCII (no such quote is) settles it at once.
    static func withoutTypographicQuotes(_ text: String) -> String? {
        guard let byte = text.utf8.first, byte >= 0x80, let first = text.first, let last = text.last,
              quoteMarks.contains(first), quoteMarks.contains(last), text.count > 2 else {
            return nil
        }
        return String(text.dropFirst().dropLast()).trimmingSpaces
    }

    private static let quoteMarks: Set<Character> = ["\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}"]

    static func typographicQuotes(_ inner: String) -> LocalizedText {
        LocalizedText(es: "quite las comillas tipográficas, copiadas de un documento: escriba \(inner)",
                      en: "remove the typographic quotes, pasted from a document: write \(inner)")
    }

    /// `""` where an answer's number, date or true/false goes: most often the figure is not at hand (and the
    /// empty key is how to say so), else the value was quoted. Nil without `field`: a rule file's key may not
    /// be left empty.
    static func emptyText(_ scalar: YAMLScalar, field: String?) -> LocalizedText? {
        guard let field, scalar.style != .plain, scalar.value.trimmingSpaces.isEmpty else { return nil }
        return LocalizedText(es: "deje el campo sin valor (\(field):) si no tiene el dato, o escriba el valor sin comillas",
                             en: "leave the field without a value (\(field):) if you do not have the figure, or write the value without quotes")
    }

    /// A list where one value goes (`[58.3]`, or a `- ` item).
    static let oneValue = LocalizedText(es: "escriba un solo valor, sin corchetes ni «- »", en: "write a single value, without brackets or '- '")

    /// One value where a list goes.
    static let aList = LocalizedText(es: "una lista va entre corchetes, [\"a\", \"b\"], o un elemento por renglón, cada uno con «- »",
                                     en: "a list goes in brackets, [\"a\", \"b\"], or one item per line, each with '- '")
}

extension String {
    /// Without the spaces around it (a NO-BREAK SPACE pasted from a document among them).
    var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
