extension RegexParser {
    /// The repetition operators after an atom: `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, each perhaps
    /// lazy (`*?`). RE2 refuses a second operator on the same atom (`a**`, possessive `a*+`).
    mutating func repetitions(of atom: RegexNode) throws(RegexSyntaxError) -> RegexNode {
        let start = position
        let bounds: (min: Int, max: Int?)
        switch peek {
        case "*": bounds = (0, nil); position += 1
        case "+": bounds = (1, nil); position += 1
        case "?": bounds = (0, 1); position += 1
        case "{":
            guard let counted = countedRepetition() else { return atom }
            position = counted.end
            guard counted.min <= Self.maxRepeat, (counted.max ?? 0) <= Self.maxRepeat, counted.min <= (counted.max ?? counted.min) else {
                throw RegexSyntaxError(
                    "repetición no válida: los límites van de 0 a \(Self.maxRepeat) y el mínimo no supera al máximo",
                    "bad repetition: counts go from 0 to \(Self.maxRepeat) and the minimum may not exceed the maximum", at: start)
            }
            bounds = (counted.min, counted.max)
        default: return atom
        }
        if peek == "?" { position += 1 }  // lazy: the same matches
        if let c = peek, c == "*" || c == "+" || c == "?" || (c == "{" && countedRepetition() != nil) {
            throw RegexSyntaxError("operador de repetición doble (RE2 no lo admite)", "bad repetition operator (RE2 does not allow a repeated repetition)", at: position)
        }
        return .repetition(atom, min: bounds.min, max: bounds.max)
    }

    /// `{n}`, `{n,}` or `{n,m}` at the current position, with where it ends; nil when the `{` is a literal.
    func countedRepetition() -> (min: Int, max: Int?, end: Int)? {
        guard peek == "{" else { return nil }
        var index = position + 1
        func number() -> Int? {
            var value = 0, digits = 0
            while index < scalars.count, let digit = Int(String(scalars[index])), scalars[index].isASCII {
                value = min(value * 10 + digit, 100_000)
                digits += 1
                index += 1
            }
            return digits == 0 ? nil : value
        }
        guard let low = number() else { return nil }
        var high: Int? = low
        if index < scalars.count, scalars[index] == "," {
            index += 1
            high = index < scalars.count && scalars[index] == "}" ? nil : number()
            if high == nil, index < scalars.count, scalars[index] != "}" { return nil }
        }
        guard index < scalars.count, scalars[index] == "}" else { return nil }
        return (low, high, index + 1)
    }
}
