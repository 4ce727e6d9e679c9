import AperturaSource

/// Turns CEL source (as UTF-8 bytes) into tokens, decoding literals and their escapes.
struct Lexer {
    private let bytes: [UInt8]
    private var position = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Words CEL reserves: they may not name variables or functions, only fields after `.`.
    static let reserved: Set<String> = [
        "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop",
        "package", "namespace", "return", "var", "void", "while",
    ]

    private func syntax(_ es: String, _ en: String, _ offset: Int) -> PendingCompileError {
        PendingCompileError(code: CELCompileError.syntaxError, message: LocalizedText(es: es, en: en), offset: offset)
    }

    private func peek(_ ahead: Int = 0) -> UInt8? {
        position + ahead < bytes.count ? bytes[position + ahead] : nil
    }

    /// The next token; `.end` at the end of input.
    mutating func next() throws(PendingCompileError) -> Token {
        skipTrivia()
        let start = position
        guard let c = peek() else { return Token(kind: .end, offset: start) }
        if isIdentStart(c) {
            // String and bytes prefixes: r, b, rb, br (either case).
            var i = position
            var raw = false
            var isBytes = false
            while i < bytes.count, i - position < 2 {
                let p = bytes[i] | 0x20
                if p == 0x72, !raw { raw = true } else if p == 0x62, !isBytes { isBytes = true } else { break }
                i += 1
            }
            if (raw || isBytes), i < bytes.count, bytes[i] == 0x22 || bytes[i] == 0x27 {
                position = i
                return try lexString(start: start, raw: raw, isBytes: isBytes)
            }
            while let d = peek(), isIdentStart(d) || isDigit(d) { position += 1 }
            let word = String(decoding: bytes[start..<position], as: UTF8.self)
            if word == "in" { return Token(kind: .punct(.in), offset: start) }
            return Token(kind: .identifier(word), offset: start)
        }
        if isDigit(c) || (c == 0x2E && peek(1).map(isDigit) == true) {
            return try lexNumber(start: start)
        }
        if c == 0x22 || c == 0x27 {
            return try lexString(start: start, raw: false, isBytes: false)
        }
        if c == 0x60 {
            position += 1
            let nameStart = position
            while let d = peek(), d != 0x60, d != 0x0A { position += 1 }
            guard peek() == 0x60, position > nameStart else {
                throw syntax("identificador entre acentos graves sin cerrar", "unterminated backtick identifier", start)
            }
            let name = String(decoding: bytes[nameStart..<position], as: UTF8.self)
            position += 1
            return Token(kind: .quotedIdentifier(name), offset: start)
        }
        if let n = peek(1), let p = Self.twoByte[c]?[n] {
            position += 2
            return Token(kind: .punct(p), offset: start)
        }
        if let p = Self.oneByte[c] {
            position += 1
            return Token(kind: .punct(p), offset: start)
        }
        throw syntax("carácter inesperado", "unexpected character", start)
    }

    private static let twoByte: [UInt8: [UInt8: Token.Punct]] = [
            0x3D: [0x3D: .eq], 0x21: [0x3D: .ne], 0x3C: [0x3D: .le], 0x3E: [0x3D: .ge],
            0x26: [0x26: .and], 0x7C: [0x7C: .or],
    ]

    private static let oneByte: [UInt8: Token.Punct] = [
            0x2B: .plus, 0x2D: .minus, 0x2A: .star, 0x2F: .slash, 0x25: .percent, 0x3C: .lt, 0x3E: .gt,
            0x21: .not, 0x3F: .question, 0x3A: .colon, 0x2E: .dot, 0x2C: .comma, 0x5B: .lbracket,
            0x5D: .rbracket, 0x28: .lparen, 0x29: .rparen, 0x7B: .lbrace, 0x7D: .rbrace,
    ]

    private mutating func skipTrivia() {
        while let c = peek() {
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C {
                position += 1
            } else if c == 0x2F, peek(1) == 0x2F {
                while let d = peek(), d != 0x0A { position += 1 }
            } else {
                return
            }
        }
    }

    private func isIdentStart(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F
    }

    private func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    private func isHex(_ c: UInt8) -> Bool {
        isDigit(c) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x66)
    }

    private func hexValue(_ c: UInt8) -> UInt32 {
        isDigit(c) ? UInt32(c - 0x30) : UInt32((c | 0x20) - 0x61 + 10)
    }

    private mutating func lexNumber(start: Int) throws(PendingCompileError) -> Token {
        if peek() == 0x30, let x = peek(1), x | 0x20 == 0x78 {
            position += 2
            let digitsStart = position
            var value: UInt64 = 0
            while let d = peek(), isHex(d) {
                let (m, o1) = value.multipliedReportingOverflow(by: 16)
                let (a, o2) = m.addingReportingOverflow(UInt64(hexValue(d)))
                if o1 || o2 { throw syntax("entero fuera de rango", "integer literal out of range", start) }
                value = a
                position += 1
            }
            guard position > digitsStart else { throw syntax("literal hexadecimal vacío", "empty hex literal", start) }
            return try integerSuffix(value, start: start)
        }
        while let d = peek(), isDigit(d) { position += 1 }
        var isDouble = false
        if peek() == 0x2E, let d = peek(1), isDigit(d) {
            isDouble = true
            position += 1
            while let d = peek(), isDigit(d) { position += 1 }
        }
        if let e = peek(), e | 0x20 == 0x65 {
            var i = 1
            if let s = peek(1), s == 0x2B || s == 0x2D { i = 2 }
            if let d = peek(i), isDigit(d) {
                isDouble = true
                position += i
                while let d = peek(), isDigit(d) { position += 1 }
            }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if isDouble {
            guard let value = Double(text) else { throw syntax("número no válido", "invalid number", start) }
            // Past the largest double (`1e999`) the text would silently become infinity; CEL rejects it.
            guard value.isFinite else { throw syntax("número decimal fuera de rango", "double literal out of range", start) }
            return Token(kind: .double(value), offset: start)
        }
        guard let value = UInt64(text) else { throw syntax("entero fuera de rango", "integer literal out of range", start) }
        return try integerSuffix(value, start: start)
    }

    private mutating func integerSuffix(_ value: UInt64, start: Int) throws(PendingCompileError) -> Token {
        if let u = peek(), u | 0x20 == 0x75 {
            position += 1
            return Token(kind: .uint(value), offset: start)
        }
        guard value <= UInt64(Int64.max) + 1 else {
            throw syntax("entero fuera de rango", "integer literal out of range", start)
        }
        return Token(kind: .int(value), offset: start)
    }

    private mutating func lexString(start: Int, raw: Bool, isBytes: Bool) throws(PendingCompileError) -> Token {
        let quote = bytes[position]
        let triple = peek(1) == quote && peek(2) == quote
        position += triple ? 3 : 1
        var out: [UInt8] = []
        while true {
            guard let c = peek() else {
                throw syntax("cadena sin cerrar", "unterminated string literal", start)
            }
            if c == quote {
                if !triple {
                    position += 1
                    break
                }
                if peek(1) == quote && peek(2) == quote {
                    position += 3
                    break
                }
            }
            if !triple && (c == 0x0A || c == 0x0D) {
                throw syntax("salto de línea en una cadena", "newline in string literal", start)
            }
            if c == 0x5C && !raw {
                try lexEscape(into: &out, isBytes: isBytes)
                continue
            }
            out.append(c)
            position += 1
        }
        if isBytes { return Token(kind: .bytes(out), offset: start) }
        guard let text = String(validating: out, as: UTF8.self) else {
            throw syntax("cadena con UTF-8 no válido", "invalid UTF-8 in string literal", start)
        }
        return Token(kind: .string(text), offset: start)
    }

    private mutating func lexEscape(into out: inout [UInt8], isBytes: Bool) throws(PendingCompileError) {
        let escapeStart = position
        position += 1
        guard let c = peek() else { throw syntax("escape incompleto", "incomplete escape", escapeStart) }
        position += 1
        func appendScalar(_ v: UInt32) throws(PendingCompileError) {
            guard let scalar = Unicode.Scalar(v) else {
                throw syntax("punto de código no válido", "invalid code point", escapeStart)
            }
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
        }
        switch c {
        case 0x61: out.append(0x07)
        case 0x62: out.append(0x08)
        case 0x66: out.append(0x0C)
        case 0x6E: out.append(0x0A)
        case 0x72: out.append(0x0D)
        case 0x74: out.append(0x09)
        case 0x76: out.append(0x0B)
        case 0x5C, 0x27, 0x22, 0x60, 0x3F: out.append(c)
        case 0x78, 0x58, 0x75, 0x55:
            let count = (c | 0x20) == 0x78 ? 2 : (c == 0x75 ? 4 : 8)
            if isBytes && count != 2 {
                throw syntax("escape \\u no permitido en bytes", "\\u escape not allowed in bytes", escapeStart)
            }
            var v: UInt32 = 0
            for _ in 0..<count {
                guard let d = peek(), isHex(d) else { throw syntax("escape hexadecimal incompleto", "incomplete hex escape", escapeStart) }
                v = v * 16 + hexValue(d)
                position += 1
            }
            if isBytes { out.append(UInt8(v)) } else { try appendScalar(v) }
        case 0x30...0x33:
            var v = UInt32(c - 0x30)
            for _ in 0..<2 {
                guard let d = peek(), d >= 0x30, d <= 0x37 else { throw syntax("escape octal incompleto", "incomplete octal escape", escapeStart) }
                v = v * 8 + UInt32(d - 0x30)
                position += 1
            }
            if isBytes { out.append(UInt8(v)) } else { try appendScalar(v) }
        default:
            throw syntax("escape no válido", "invalid escape sequence", escapeStart)
        }
    }
}
