extension RegexParser {
    /// A bracketed class; the position is just after the `[`. A `]` first (after any `^`) is a literal,
    /// as is a `-` first or last.
    mutating func characterClass(openedAt start: Int) throws(RegexSyntaxError) -> RegexNode {
        var set = ScalarSet()
        if peek == "^" {
            set.negated = true
            position += 1
        }
        var first = true
        while let c = peek, c != "]" || first {
            first = false
            let itemStart = position
            if c == "[", peek(1) == ":", let posix = try posixClass() {
                set.items.append(.set(posix))
                continue
            }
            let escaped = c == "\\"
            if escaped {
                position += 1
                if let named = try classEscape(at: itemStart) {
                    set.items.append(.set(named))
                    continue
                }
            }
            let low = try classScalar(escaped: escaped, at: itemStart)
            guard peek == "-", let after = peek(1), after != "]" else {
                set.items.append(.range(low.value, low.value))
                continue
            }
            position += 1
            let highStart = position
            let highEscaped = after == "\\"
            if highEscaped {
                position += 1
                if try classEscape(at: highStart) != nil {
                    throw RegexSyntaxError("rango de clase no válido", "bad character class range", at: itemStart)
                }
            }
            let high = try classScalar(escaped: highEscaped, at: highStart)
            guard low <= high else {
                throw RegexSyntaxError("rango de clase no válido: \(low)-\(high) va hacia atrás", "bad character class range: \(low)-\(high) runs backwards", at: itemStart)
            }
            set.items.append(.range(low.value, high.value))
        }
        guard peek == "]" else {
            throw RegexSyntaxError("falta el «]» que cierra esta clase", "missing ']' closing this character class", at: start)
        }
        position += 1
        return .set(set, foldCase: flags.caseInsensitive)
    }

    /// One scalar of a class: a literal, or, when `escaped` (its backslash already read), an escape.
    private mutating func classScalar(escaped: Bool, at start: Int) throws(RegexSyntaxError) -> Unicode.Scalar {
        if escaped { return try scalarEscape(at: start) }
        defer { position += 1 }
        return scalars[position]
    }

    /// `[:name:]` or `[:^name:]`; nil (nothing read) when the `[:` starts no such class.
    private mutating func posixClass() throws(RegexSyntaxError) -> ScalarSet? {
        var index = position + 2
        var name = ""
        while index + 1 < scalars.count, !(scalars[index] == ":" && scalars[index + 1] == "]") {
            name.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard index + 1 < scalars.count else { return nil }
        let negated = name.hasPrefix("^")
        guard var set = NamedClasses.posix(negated ? String(name.dropFirst()) : name) else {
            throw RegexSyntaxError("clase POSIX desconocida «[:\(name):]»", "unknown POSIX class '[:\(name):]'", at: position)
        }
        position = index + 2
        if negated { set.negated.toggle() }
        return set
    }
}
