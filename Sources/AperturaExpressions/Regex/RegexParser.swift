/// Parses RE2 syntax (https://github.com/google/re2/wiki/Syntax), which CEL's `matches` specifies.
/// What RE2 rejects is rejected here too: backreferences, lookaround, possessive and atomic groups.
struct RegexParser {
    /// The flags a group sets with `(?flags)` or `(?flags:re)`.
    struct Flags {
        var caseInsensitive = false
        var multiLine = false
        var dotMatchesNewline = false
    }

    /// RE2's bound on a counted repetition, `x{1001}` being an error.
    static let maxRepeat = 1_000
    /// Nesting of groups beyond which a pattern is refused rather than parsed recursively (RE2 allows
    /// 1,000; parsing, compiling and freeing recurse, and a pattern may be compiled on a worker thread).
    static let maxDepth = 100

    let scalars: [Unicode.Scalar]
    var position = 0
    var flags = Flags()
    private var depth = 0

    static func parse(_ pattern: String) throws(RegexSyntaxError) -> RegexNode {
        var parser = RegexParser(scalars: Array(pattern.unicodeScalars))
        let node = try parser.alternation()
        if parser.position < parser.scalars.count {
            // Only a `)` with no `(` stops the top-level alternation early.
            throw RegexSyntaxError("«)» sin «(» que le corresponda", "unexpected ')' with no matching '('", at: parser.position)
        }
        return node
    }

    private init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    var peek: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    func peek(_ offset: Int) -> Unicode.Scalar? {
        position + offset < scalars.count ? scalars[position + offset] : nil
    }

    private mutating func alternation() throws(RegexSyntaxError) -> RegexNode {
        var branches = [try concatenation()]
        while peek == "|" {
            position += 1
            branches.append(try concatenation())
        }
        return branches.count == 1 ? branches[0] : .alternate(branches)
    }

    private mutating func concatenation() throws(RegexSyntaxError) -> RegexNode {
        var items: [RegexNode] = []
        while let c = peek, c != "|", c != ")" {
            if try setFlagsIfFlagGroup() {
                // As in RE2, a repetition right after `(?i)` repeats what came before it.
                if let last = items.popLast() { items.append(try repetitions(of: last)) }
                continue
            }
            if let literal = try quotedLiteral() {
                items.append(contentsOf: literal)
                continue
            }
            items.append(try repetitions(of: try atom()))
        }
        return items.count == 1 ? items[0] : items.isEmpty ? .empty : .concat(items)
    }

    /// `\Q...\E`: the scalars between, each a literal (the last one open to a repetition).
    private mutating func quotedLiteral() throws(RegexSyntaxError) -> [RegexNode]? {
        guard peek == "\\", peek(1) == "Q" else { return nil }
        position += 2
        var literal: [RegexNode] = []
        while let c = peek, !(c == "\\" && peek(1) == "E") {
            literal.append(.scalar(c, foldCase: flags.caseInsensitive))
            position += 1
        }
        if peek != nil { position += 2 }
        if let last = literal.popLast() { literal.append(try repetitions(of: last)) }
        return literal
    }

    private mutating func atom() throws(RegexSyntaxError) -> RegexNode {
        let start = position
        let c = scalars[position]
        if c == "{", countedRepetition() != nil {
            throw RegexSyntaxError("falta qué repetir antes de «{»", "missing argument to repetition operator '{'", at: start)
        }
        position += 1
        switch c {
        case "(": return try group(openedAt: start)
        case "[": return try characterClass(openedAt: start)
        case ".": return .any(matchesNewline: flags.dotMatchesNewline)
        case "^": return .assertion(flags.multiLine ? .beginLine : .beginText)
        case "$": return .assertion(flags.multiLine ? .endLine : .endText)
        case "\\": return try escape(at: start)
        case "*", "+", "?":
            throw RegexSyntaxError("falta qué repetir antes de «\(c)»", "missing argument to repetition operator '\(c)'", at: start)
        default: return .scalar(c, foldCase: flags.caseInsensitive)
        }
    }

    /// `(re)`, `(?:re)`, `(?P<name>re)`, `(?<name>re)` or `(?flags:re)`; the flags set inside end with the group.
    private mutating func group(openedAt start: Int) throws(RegexSyntaxError) -> RegexNode {
        let saved = flags
        if peek == "?" {
            position += 1
            switch peek {
            case ":": position += 1
            case "P" where peek(1) == "<": position += 1; try groupName(at: start)
            case "<" where peek(1) != "=" && peek(1) != "!": try groupName(at: start)
            default:
                guard try flagList(at: start) == ":" else {
                    throw RegexSyntaxError("grupo no válido", "invalid group", at: start)
                }
            }
        }
        depth += 1
        if depth > Self.maxDepth {
            throw RegexSyntaxError("la expresión anida demasiados grupos", "the expression nests too many groups", at: start)
        }
        let body = try alternation()
        depth -= 1
        guard peek == ")" else {
            throw RegexSyntaxError("falta el «)» que cierra este grupo", "missing ')' closing this group", at: start)
        }
        position += 1
        flags = saved
        return body
    }

    /// `<name>` of a named group: letters (of any script), digits and underscores, at least one.
    private mutating func groupName(at start: Int) throws(RegexSyntaxError) {
        position += 1
        let nameStart = position
        while let c = peek, c == "_" || c.properties.isAlphabetic || c.properties.numericType == .decimal { position += 1 }
        guard position > nameStart, peek == ">" else {
            throw RegexSyntaxError("nombre de grupo no válido", "invalid group name", at: start)
        }
        position += 1
    }

    /// `(?flags)` alone changes the flags for the rest of the enclosing group.
    private mutating func setFlagsIfFlagGroup() throws(RegexSyntaxError) -> Bool {
        guard peek == "(", peek(1) == "?", let c = peek(2), "imsU-)".unicodeScalars.contains(c) else { return false }
        let start = position
        let saved = position
        position += 2
        let savedFlags = flags
        if try flagList(at: start) == ")" { return true }
        // `(?i:re)`: a group; parse it as one.
        position = saved
        flags = savedFlags
        return false
    }

    /// Reads `i`, `m`, `s`, `U` and one `-` up to `)` or `:`, applying them; returns the terminator.
    private mutating func flagList(at start: Int) throws(RegexSyntaxError) -> Unicode.Scalar {
        var negate = false, sawFlagAfterNegation = false
        while let c = peek {
            position += 1
            switch c {
            case "i", "m", "s", "U":
                // `U` (ungreedy) changes which match is found, not whether there is one.
                if c == "i" { flags.caseInsensitive = !negate }
                if c == "m" { flags.multiLine = !negate }
                if c == "s" { flags.dotMatchesNewline = !negate }
                sawFlagAfterNegation = negate
            case "-" where !negate:
                negate = true
            case ")", ":":
                // `(?)` is accepted, as RE2 does; `(?-)` and `(?i-)` negate nothing and are not.
                if !negate || sawFlagAfterNegation { return c }
                position = scalars.count
            default:
                position = scalars.count
            }
        }
        throw RegexSyntaxError(
            "grupo no válido o no admitido (RE2 no admite referencias hacia atrás ni búsquedas hacia delante o hacia atrás)",
            "invalid or unsupported group (RE2 has no backreferences, lookahead or lookbehind)", at: start)
    }
}
