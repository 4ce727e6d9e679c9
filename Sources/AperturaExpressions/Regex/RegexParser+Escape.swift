extension RegexParser {
    /// What a backslash starts outside brackets: an assertion, a class or one scalar.
    mutating func escape(at start: Int) throws(RegexSyntaxError) -> RegexNode {
        guard let c = peek else {
            throw RegexSyntaxError("la expresión termina en «\\»", "trailing '\\' at the end of the expression", at: start)
        }
        switch c {
        case "A": position += 1; return .assertion(.beginText)
        case "z": position += 1; return .assertion(.endText)
        case "b": position += 1; return .assertion(.wordBoundary)
        case "B": position += 1; return .assertion(.notWordBoundary)
        default: break
        }
        if let set = try classEscape(at: start) { return .set(set, foldCase: flags.caseInsensitive) }
        return .scalar(try scalarEscape(at: start), foldCase: flags.caseInsensitive)
    }

    /// `\d`, `\s`, `\w`, their negations, and `\pN`, `\p{Name}`, `\PN`, `\p{^Name}`; nil for other escapes.
    /// The position is just after the backslash.
    mutating func classEscape(at start: Int) throws(RegexSyntaxError) -> ScalarSet? {
        guard let c = peek else { return nil }
        if let perl = NamedClasses.perl(c) {
            position += 1
            return perl
        }
        guard c == "p" || c == "P" else { return nil }
        position += 1
        var name = ""
        if let braced = try bracedText(at: start) {
            name = braced
        } else if let n = peek {
            name.unicodeScalars.append(n)
            position += 1
        }
        var negated = c == "P"
        if name.hasPrefix("^") {
            negated.toggle()
            name.removeFirst()
        }
        guard var set = NamedClasses.unicode(name) else {
            throw RegexSyntaxError(
                "clase Unicode desconocida o no admitida «\(name)» (se admiten las categorías generales, como L, Lu o Nd, y Any; no los alfabetos)",
                "unknown or unsupported Unicode class '\(name)' (general categories such as L, Lu or Nd, and Any, are supported; scripts are not)",
                at: start)
        }
        set.negated = negated
        return set
    }

    /// One scalar: `\n`, `\t` and the like, `\x7F`, `\x{10FFFF}`, octal `\012`, or escaped punctuation.
    /// The position is just after the backslash.
    mutating func scalarEscape(at start: Int) throws(RegexSyntaxError) -> Unicode.Scalar {
        guard let c = peek else {
            throw RegexSyntaxError("la expresión termina en «\\»", "trailing '\\' at the end of the expression", at: start)
        }
        position += 1
        switch c {
        case "a": return "\u{07}"
        case "f": return "\u{0C}"
        case "t": return "\t"
        case "n": return "\n"
        case "r": return "\r"
        case "v": return "\u{0B}"
        case "x": return try hexEscape(at: start)
        case "0"..."7":
            // RE2: `\0` starts an octal escape; `\1` to `\7` only with a second digit (alone, they would be
            // backreferences, which RE2 does not have).
            if c != "0", !(peek.map { ("0"..."7").contains($0) } ?? false) { break }
            var value = c.value - 0x30
            for _ in 0..<2 {
                guard let d = peek, ("0"..."7").contains(d) else { break }
                value = value * 8 + d.value - 0x30
                position += 1
            }
            return Unicode.Scalar(value)!
        default:
            // Any other ASCII character but a letter or a digit may be escaped to stand for itself.
            if c.isASCII, !c.properties.isAlphabetic, !("0"..."9").contains(c) { return c }
        }
        throw RegexSyntaxError(
            "secuencia de escape no válida «\\\(c)» (RE2 no admite referencias hacia atrás ni \\Z, \\G o \\C)",
            "invalid escape sequence '\\\(c)' (RE2 has no backreferences, nor \\Z, \\G or \\C)", at: start)
    }

    /// `\xHH` or `\x{H...}`; the position is just after the `x`.
    private mutating func hexEscape(at start: Int) throws(RegexSyntaxError) -> Unicode.Scalar {
        var digits = ""
        let braced = peek == "{"
        if let text = try bracedText(at: start) {
            digits = text
        } else {
            for _ in 0..<2 {
                guard let d = peek else { break }
                digits.unicodeScalars.append(d)
                position += 1
            }
        }
        guard (1...8).contains(digits.count), digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16),
            let scalar = Unicode.Scalar(value), braced || digits.count == 2
        else {
            throw RegexSyntaxError("escape hexadecimal no válido", "invalid hexadecimal escape", at: start)
        }
        return scalar
    }

    /// The text of `{...}` at the current position (a class name, hexadecimal digits); nil when there is no `{`.
    private mutating func bracedText(at start: Int) throws(RegexSyntaxError) -> String? {
        guard peek == "{" else { return nil }
        position += 1
        var text = ""
        while let c = peek, c != "}" {
            text.unicodeScalars.append(c)
            position += 1
        }
        guard peek == "}" else {
            throw RegexSyntaxError("falta la «}» que cierra «{»", "missing '}' closing '{'", at: start)
        }
        position += 1
        return text
    }
}
