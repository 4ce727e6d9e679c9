import AperturaSource
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds the YAML layer's diagnostics, so that every message exists in Spanish and English
/// and every code comes from `YAMLDiagnosticCode`.
enum YAMLDiagnostics {
    /// `errorCode`: the `errno` of the failed call.
    static func fileUnreadable(path: String, errorCode: Int32) -> Diagnostic {
        let reason = ReadFailureReason.text(errorCode)
        return .error(
            YAMLDiagnosticCode.fileUnreadable.rawValue,
            LocalizedText(
                es: "no se puede leer el archivo \(path): \(reason.es)",
                en: "cannot read file \(path): \(reason.en ?? reason.es)"),
            at: nil)
    }

    /// `contextLine`: where the construct libyaml was reading began, when not on the problem's line.
    /// `atTab`: the problem is at a tab character, the most common cause of confusing YAML errors.
    static func syntaxError(
        problem: String, context: String?, contextLine: Int?, atTab: Bool = false, help: LocalizedText? = nil,
        at location: SourceLocation
    ) -> Diagnostic {
        let problemEs = spanishProblem(problem)
        var es = "error de sintaxis YAML: \(problemEs)"
        var en = "YAML syntax error: \(problem)"
        if let context, !context.isEmpty {
            let place = contextLine.map { " que empieza en la línea \($0)" } ?? ""
            let placeEn = contextLine.map { " started on line \($0)" } ?? ""
            es += ", \(spanishContext(context))\(place)"
            en += ", \(context)\(placeEn)"
        }
        let help = atTab
            ? LocalizedText(
                es: "YAML no admite tabuladores para la sangría: use espacios",
                en: "YAML does not allow tabs for indentation: use spaces")
            : help
        return .error(YAMLDiagnosticCode.syntaxError.rawValue, LocalizedText(es: es, en: en), at: SourceRange(at: location), help: help)
    }

    /// A key of `length` characters, over YAML's limit for a key written without `?` (see `LongImplicitKey`).
    static func keyTooLong(length: Int, at location: SourceLocation) -> Diagnostic {
        .error(
            YAMLDiagnosticCode.keyTooLong.rawValue,
            LocalizedText(
                es: "la clave tiene \(length) caracteres: YAML admite como máximo \(LongImplicitKey.limit) en una clave escrita sin «?»",
                en: "the key has \(length) characters: YAML allows at most \(LongImplicitKey.limit) in a key written without '?'"),
            at: SourceRange(at: location),
            help: LocalizedText(
                es: "ninguna clave del formato es tan larga: lo más probable es que sea un valor escrito como clave, o que falte un salto de línea",
                en: "no key of the format is that long: most likely it is a value written as a key, or a line break is missing"))
    }

    /// For "mapping values are not allowed" when no line shows a colon without its space.
    static let mappingValueHelp = LocalizedText(
        es: "revise la sangría de esta línea y de la anterior; un valor que lleva «: » va entre comillas",
        en: "check the indentation of this line and the one before; a value holding ': ' goes in quotes")

    /// Advice for the two problems a key indented too far or too little gives: a block mapping that finds no key
    /// where one should be, or a block list that finds no `-`. `contextLine`/`contextColumn`: where that mapping's
    /// first key, or that list's first `-`, is. `neighbour`: the line above (1-based) whose indentation the slipped
    /// line most likely meant, when it is not the mapping's.
    static func indentationHelp(problem: String, line: Int, contextLine: Int, contextColumn: Int, neighbour: IndentedNeighbour? = nil) -> LocalizedText? {
        switch problem {
        case "did not find expected key":
            if let neighbour, neighbour.kind == .key {
                return LocalizedText(
                    es: "revise la sangría de la línea \(line): va en la columna \(neighbour.column), como la clave de la línea \(neighbour.line), o en la columna \(contextColumn), como las claves del mapeo que empieza en la línea \(contextLine)",
                    en: "check the indentation of line \(line): it goes at column \(neighbour.column), as the key on line \(neighbour.line) does, or at column \(contextColumn), as the keys of the mapping that starts on line \(contextLine) do")
            }
            if let neighbour, neighbour.kind == .dash {
                return LocalizedText(
                    es: "revise la sangría de la línea \(line): su «-» va en la columna \(neighbour.column), como el de la línea \(neighbour.line)",
                    en: "check the indentation of line \(line): its '-' goes at column \(neighbour.column), as the one on line \(neighbour.line) does")
            }
            return LocalizedText(
                es: "revise la sangría de la línea \(line): las claves del mapeo que empieza en la línea \(contextLine) van en la columna \(contextColumn)",
                en: "check the indentation of line \(line): the keys of the mapping that starts on line \(contextLine) are at column \(contextColumn)")
        case "did not find expected '-' indicator":
            if let neighbour, neighbour.kind == .key {
                return LocalizedText(
                    es: "revise la sangría de la línea \(line): va en la columna \(neighbour.column), como la clave de la línea \(neighbour.line); si empieza otro elemento de la lista de la línea \(contextLine), escriba su «-» en la columna \(contextColumn)",
                    en: "check the indentation of line \(line): it goes at column \(neighbour.column), as the key on line \(neighbour.line) does; if it starts another item of the list on line \(contextLine), write its '-' at column \(contextColumn)")
            }
            return LocalizedText(
                es: "revise la sangría de la línea \(line): los «-» de la lista que empieza en la línea \(contextLine) van en la columna \(contextColumn), y las claves de un elemento, más adentro que su «-»",
                en: "check the indentation of line \(line): the '-' of the list that starts on line \(contextLine) are at column \(contextColumn), and an item's keys further in than its '-'")
        default: return nil
        }
    }

    /// Advice for the first key of a mapping (on `line`, 1-based) one column off the key that follows it on `nextLine`,
    /// at `column`: the one key to move, rather than all that follow (`KeyReadAsValue`, and its mirror, a first key one
    /// column too far that the next key breaks out of).
    static func firstKeyHelp(line: Int, column: Int, nextLine: Int) -> LocalizedText {
        LocalizedText(
            es: "revise la sangría de la línea \(line): es la primera clave de su mapeo y va en la columna \(column), como la clave que le sigue en la línea \(nextLine); las claves de un mapeo van todas en la misma columna",
            en: "check the indentation of line \(line): it is the first key of its mapping and goes at column \(column), as the key that follows it on line \(nextLine) does; a mapping's keys all go at the same column")
    }

    /// Advice for a key on `line` one column past the key above it, on `aboveLine` at `column`, and so read as the rest
    /// of that key's value (`KeyReadAsValue`); lines 1-based.
    static func keyPastSiblingHelp(line: Int, column: Int, aboveLine: Int) -> LocalizedText {
        LocalizedText(
            es: "revise la sangría de la línea \(line): va en la columna \(column), como la clave de la línea \(aboveLine); más adentro, se lee como la continuación del valor de esa clave",
            en: "check the indentation of line \(line): it goes at column \(column), as the key on line \(aboveLine) does; further in, it is read as the rest of that key's value")
    }

    /// Advice when `line` (its bytes, without the line break) starts with a bullet pasted from a word processor
    /// (`•`, `–`, Word's Symbol-font `\u{F0B7}`…) where YAML's list item starts with `- `.
    static func bulletHelp(_ line: [UInt8], line number: Int) -> LocalizedText? {
        let text = String(decoding: line, as: UTF8.self).drop { $0 == " " }
        guard let first = text.first, bullets.contains(first) else { return nil }
        return LocalizedText(
            es: "en la línea \(number), «\(first)» es una viñeta copiada de un documento: en YAML cada elemento de una lista empieza con un guion y un espacio, «- »",
            en: "on line \(number), '\(first)' is a bullet pasted from a document: in YAML each list item starts with a hyphen and a space, '- '")
    }

    private static let bullets: Set<Character> = ["\u{2022}", "\u{2013}", "\u{2014}", "\u{00B7}", "\u{25E6}", "\u{25AA}", "\u{2023}", "\u{F0B7}"]

    /// Advice when `line` (its bytes, without the line break) is `key:value` with no space after the colon,
    /// or with a no-break space (U+00A0, pasted from a document) where the space goes. A colon followed by
    /// `/` (a link, `https://`) is not a key.
    static func colonSpaceHelp(_ line: [UInt8], line number: Int) -> LocalizedText? {
        if let slip = KeyColonSlip(line: line) {
            let key = slip.key
            switch slip.kind {
            case .noBreakSpace:
                return LocalizedText(
                    es: "en la línea \(number), después de «\(key):» hay un espacio no separable (U+00A0, copiado de un documento): escriba un espacio normal",
                    en: "on line \(number), '\(key):' is followed by a no-break space (U+00A0, pasted from a document): type a plain space")
            case .noSpace:
                return LocalizedText(
                    es: "en la línea \(number) falta un espacio después de «\(key):»: escriba «\(key): valor»",
                    en: "on line \(number), '\(key):' lacks the space after the colon: write '\(key): value'")
            }
        }
        // `key = value`, as in other formats.
        var i = 0
        while i < line.count, line[i] == 0x20 || line[i] == 0x2D { i += 1 }  // indentation and `- `
        let keyStart = i
        while i < line.count, KeyColonSlip.isKeyByte(line[i]) { i += 1 }
        guard i > keyStart, !(0x30...0x39).contains(line[keyStart]) else { return nil }
        let key = String(decoding: line[keyStart..<i], as: UTF8.self)
        while i < line.count, line[i] == 0x20 { i += 1 }
        guard i < line.count, line[i] == 0x3D else { return nil }
        return LocalizedText(
            es: "en la línea \(number), «\(key)» va seguido de «=»: en YAML se escribe «\(key): valor»",
            en: "on line \(number), '\(key)' is followed by '=': YAML writes '\(key): value'")
    }

    /// For a `key:value` slip when the error is placed on the slip itself, so no line needs naming.
    static func keyColonHelp(_ slip: KeyColonSlip) -> LocalizedText {
        switch slip.kind {
        case .noBreakSpace:
            return noBreakSpaceHelp(line: nil, column: nil)
        case .noSpace:
            // A long value would bury the advice: the key and a placeholder say it as well.
            let short = slip.value.count <= 40
            return LocalizedText(
                es: "después de «:» va un espacio: escriba «\(slip.key): \(short ? slip.value : "valor")»",
                en: "a colon takes a space after it: write '\(slip.key): \(short ? slip.value : "value")'")
        }
    }

    /// A no-break space (U+00A0) where YAML wants a plain one; `line`/`column` (1-based) when the error is elsewhere.
    static func noBreakSpaceHelp(line: Int?, column: Int?) -> LocalizedText {
        let es = "hay un espacio no separable (U+00A0), invisible, como los que deja un texto copiado de un documento: bórrelo y escriba un espacio normal"
        let en = "there is a no-break space (U+00A0), invisible, as text pasted from a document leaves: delete it and type a plain space"
        guard let line, let column else { return LocalizedText(es: "aquí " + es, en: "here " + en) }
        return LocalizedText(es: "en la línea \(line), columna \(column), " + es, en: "on line \(line), column \(column), " + en)
    }

    /// For an error just after a quoted text that opened on `line` and ran on to the next quote of its kind, on
    /// `closingLine`. `curly`: the opening line holds a typographic quote, the usual cause (a word processor
    /// turned the closing quote into `”`, which YAML does not take for one). `single`: the text opened with `'`.
    static func openQuoteHelp(line: Int, closingLine: Int, curly: Bool, single: Bool) -> LocalizedText {
        let es = "las comillas que abren en la línea \(line) no se cierran en esa línea"
        let en = "the quotes opened on line \(line) are not closed on that line"
        guard curly else {
            return LocalizedText(
                es: es + ", y el texto sigue hasta las comillas de la línea \(closingLine): ciérrelas donde termina el texto",
                en: en + ", so the text runs on to the quotes on line \(closingLine): close them where the text ends")
        }
        let (marks, straight) = single ? ("‘ ’", "'") : ("” “", "\"")
        return LocalizedText(
            es: es + ": las comillas tipográficas (\(marks)) no cierran; use comillas rectas (\(straight))",
            en: en + ": typographic quotes (\(marks)) do not close them; use straight quotes (\(straight))")
    }

    static func duplicateKey(_ key: String, firstLine: Int, at range: SourceRange) -> Diagnostic {
        .error(
            YAMLDiagnosticCode.duplicateKey.rawValue,
            LocalizedText(
                es: "clave duplicada «\(key)»: ya aparece en la línea \(firstLine)",
                en: "duplicate key '\(key)': it already appears on line \(firstLine)"),
            at: range,
            help: LocalizedText(
                es: "cada clave puede aparecer una sola vez en un mismo mapeo",
                en: "each key may appear only once in a mapping"))
    }

    static func invalidUTF8(byte: UInt8, at location: SourceLocation) -> Diagnostic {
        let hex = "0x" + String(byte, radix: 16, uppercase: true)
        // A Spanish letter in Latin-1 or Windows-1252 (the encodings editors on Windows save in) is one byte
        // from 0xC0 up (`ñ` is 0xF1): naming it tells which encoding the file is in.
        let latin = byte >= 0xC0 ? Character(Unicode.Scalar(byte)) : nil
        return .error(
            YAMLDiagnosticCode.invalidUTF8.rawValue,
            LocalizedText(
                es: "el archivo no es UTF-8 válido: secuencia incorrecta que empieza con el byte \(hex)",
                en: "the file is not valid UTF-8: ill-formed sequence starting with byte \(hex)"),
            at: SourceRange(at: location),
            help: latin.map { letter in
                LocalizedText(
                    es: "el archivo parece guardado en Latin-1 o Windows-1252, donde el byte \(hex) es «\(letter)»: guárdelo con codificación UTF-8",
                    en: "the file seems saved in Latin-1 or Windows-1252, where byte \(hex) is '\(letter)': save it with UTF-8 encoding")
            } ?? LocalizedText(
                es: "guarde el archivo con codificación UTF-8",
                en: "save the file with UTF-8 encoding"))
    }

    /// `what`: what the file looks like ("a PDF document").
    static func notText(_ what: LocalizedText, at location: SourceLocation) -> Diagnostic {
        .error(
            YAMLDiagnosticCode.notText.rawValue,
            LocalizedText(es: "el archivo no es de texto: parece \(what.es)", en: "the file is not text: it looks like \(what.en ?? what.es)"),
            at: SourceRange(at: location),
            // Said of any YAML file (rules, policies, tests, mappings, self-assessments): the advice for the last two
            // is marked as theirs.
            help: LocalizedText(
                es: "apertura lee archivos YAML, que son texto (UTF-8); si es una autoevaluación, «apertura template» da una en "
                    + "blanco, y una hoja de cálculo se lee con «apertura batch --mapping» guardada como CSV UTF-8",
                en: "apertura reads YAML files, which are text (UTF-8); for a self-assessment, 'apertura template' gives a blank "
                    + "one, and a spreadsheet is read by 'apertura batch --mapping' once saved as CSV UTF-8"))
    }

    static func unsupportedEncoding(_ name: String, at location: SourceLocation) -> Diagnostic {
        .error(
            YAMLDiagnosticCode.unsupportedEncoding.rawValue,
            LocalizedText(
                es: "codificación no admitida (\(name)): solo se acepta UTF-8",
                en: "unsupported encoding (\(name)): only UTF-8 is accepted"),
            at: SourceRange(at: location),
            help: LocalizedText(
                es: "guarde el archivo con codificación UTF-8",
                en: "save the file with UTF-8 encoding"))
    }

    static func tooDeep(limit: Int, at location: SourceLocation) -> Diagnostic {
        .error(
            YAMLDiagnosticCode.tooDeep.rawValue,
            LocalizedText(
                es: "anidamiento demasiado profundo: el límite es \(limit) niveles",
                en: "nesting too deep: the limit is \(limit) levels"),
            at: SourceRange(at: location))
    }

    /// `size` nil: what was read through a pipe, whose whole size is not known once past the limit.
    static func tooLarge(size: Int?, limit: Int, at location: SourceLocation) -> Diagnostic {
        .error(
            YAMLDiagnosticCode.tooLarge.rawValue,
            size.map { LocalizedText(es: "documento demasiado grande: \(readable($0)), el límite es \(readable(limit))",
                                     en: "document too large: \(readable($0)), the limit is \(readable(limit))") }
                // A pipe's size is not known: only that it passed the limit.
                ?? LocalizedText(es: "documento demasiado grande: pasa del límite de \(readable(limit))",
                                 en: "document too large: over the limit of \(readable(limit))"),
            at: SourceRange(at: location))
    }

    /// A size as a person reads it: bytes below 1 MiB, else MiB with one decimal when it has one ("8.8 MiB", "8 MiB").
    static func readable(_ bytes: Int) -> String {
        guard bytes >= 1 << 20 else { return "\(bytes) bytes" }
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return tenths % 10 == 0 ? "\(tenths / 10) MiB" : "\(tenths / 10).\(tenths % 10) MiB"
    }

    static func aliasLimit(limit: Int, at range: SourceRange) -> Diagnostic {
        .error(
            YAMLDiagnosticCode.aliasLimit.rawValue,
            LocalizedText(
                es: "los alias se expanden a más de \(limit) nodos: carga detenida",
                en: "aliases expand to more than \(limit) nodes: loading stopped"),
            at: range)
    }

    /// Aliases whose copies add up to more text than `limit` bytes; `size` is what they reached when loading stopped.
    static func aliasByteLimit(size: Int, limit: Int, at range: SourceRange) -> Diagnostic {
        .error(
            YAMLDiagnosticCode.aliasLimit.rawValue,
            LocalizedText(
                es: "los alias se expanden a \(readable(size)) de texto, más del límite de \(readable(limit)): carga detenida",
                en: "aliases expand to \(readable(size)) of text, over the limit of \(readable(limit)): loading stopped"),
            at: range)
    }

    static func unknownAlias(_ name: String, at range: SourceRange) -> Diagnostic {
        .error(
            YAMLDiagnosticCode.unknownAlias.rawValue,
            LocalizedText(
                es: "alias «*\(name)» sin ancla «&\(name)» definida antes en el documento",
                en: "alias '*\(name)' has no anchor '&\(name)' defined before it in the document"),
            at: range)
    }

    /// Spanish wording for every problem libyaml's reader, scanner and parser report (0.2.5); one a later version adds
    /// keeps its English text.
    private static func spanishProblem(_ problem: String) -> String {
        let table: [String: String] = [
            "mapping values are not allowed in this context": "no se permite un valor de mapeo en este contexto",
            "could not find expected ':'": "falta el ':' esperado",
            "did not find expected key": "no se encontró la clave esperada",
            "did not find expected node content": "no se encontró el contenido esperado",
            // "Indicador" would read as one of a rule set's indicators: YAML's word for `-` is not said.
            "did not find expected '-' indicator": "falta el «-» de un elemento de lista",
            "did not find expected ',' or ']'": "falta ',' o ']'",
            "did not find expected ',' or '}'": "falta ',' o '}'",
            "found character that cannot start any token": "carácter que no puede iniciar ningún elemento",
            "found unexpected end of stream": "fin de archivo inesperado",
            "found a tab character that violates indentation": "un tabulador rompe la sangría",
            "found a tab character where an indentation space is expected":
                "tabulador donde se espera un espacio de sangría",
            "block sequence entries are not allowed in this context":
                "no se permite un elemento de secuencia de bloque en este contexto",
            "control characters are not allowed": "no se permiten caracteres de control",
            "found unknown escape character": "secuencia de escape desconocida",
            "found undefined tag handle": "prefijo de etiqueta no definido",
            "did not find expected <document start>": "no se encontró el inicio de documento esperado",
            "found unexpected ':'": "':' inesperado",
            "found unexpected document indicator": "marca de documento («---» o «...») inesperada",
            "mapping keys are not allowed in this context": "no se permite una clave de mapeo en este contexto",
            "did not find expected alphabetic or numeric character": "falta una letra o un dígito",
            "did not find expected comment or line break": "se esperaba un comentario o un salto de línea",
            "did not find expected whitespace": "se esperaba un espacio",
            "did not find expected whitespace or line break": "se esperaba un espacio o un salto de línea",
            "did not find expected hexdecimal number": "se esperaba un número hexadecimal",
            "found invalid Unicode character escape code": "código de escape de un carácter Unicode no válido",
            "found an indentation indicator equal to 0": "la sangría indicada de un bloque de texto es 0",
            "did not find expected <stream-start>": "no se encontró el inicio de flujo esperado",
            "did not find expected tag URI": "falta la URI de la etiqueta",
            "did not find the expected '>'": "falta el '>' esperado",
            "did not find expected '!'": "falta el '!' esperado",
            "did not find URI escaped octet": "falta el octeto escapado de la URI",
            "found an incorrect leading UTF-8 octet": "octeto inicial UTF-8 incorrecto",
            "found an incorrect trailing UTF-8 octet": "octeto de continuación UTF-8 incorrecto",
            "found unknown directive name": "nombre de directiva desconocido",
            "could not find expected directive name": "falta el nombre de la directiva",
            "found unexpected non-alphabetical character": "carácter no alfabético inesperado",
            "did not find expected version number": "falta el número de versión",
            "found extremely long version number": "número de versión demasiado largo",
            "did not find expected digit or '.' character": "se esperaba un dígito o un '.'",
            "found duplicate %YAML directive": "directiva %YAML repetida",
            "found incompatible YAML document": "documento YAML de una versión incompatible",
            "found duplicate %TAG directive": "directiva %TAG repetida",
            "invalid leading UTF-8 octet": "octeto inicial UTF-8 no válido",
            "invalid trailing UTF-8 octet": "octeto de continuación UTF-8 no válido",
            "invalid length of a UTF-8 sequence": "longitud no válida de una secuencia UTF-8",
            "invalid Unicode character": "carácter Unicode no válido",
            "incomplete UTF-8 octet sequence": "secuencia UTF-8 incompleta",
            "incomplete UTF-16 character": "carácter UTF-16 incompleto",
            "incomplete UTF-16 surrogate pair": "par sustituto UTF-16 incompleto",
            "unexpected low surrogate area": "sustituto bajo UTF-16 inesperado",
            "input is too long": "la entrada es demasiado larga",
            "out of memory": "memoria insuficiente",
            "unknown error": "error desconocido",
        ]
        return table[problem] ?? problem
    }

    private static func spanishContext(_ context: String) -> String {
        let table: [String: String] = [
            "while parsing a block mapping": "al analizar un mapeo de bloque",
            "while parsing a block collection": "al analizar una colección de bloque",
            "while parsing a block node": "al analizar un nodo de bloque",
            "while parsing a flow mapping": "al analizar un mapeo en línea",
            "while parsing a flow sequence": "al analizar una secuencia en línea",
            "while parsing a flow node": "al analizar un nodo en línea",
            "while parsing a node": "al analizar un nodo",
            "while parsing a quoted scalar": "al analizar un texto entre comillas",
            "while scanning a quoted scalar": "al leer un texto entre comillas",
            "while scanning a plain scalar": "al leer un texto sin comillas",
            "while scanning a block scalar": "al leer un bloque de texto",
            "while scanning a simple key": "al leer una clave",
            "while scanning for the next token": "al buscar el siguiente elemento",
            "while scanning an anchor": "al leer un ancla",
            "while scanning an alias": "al leer un alias",
            "while scanning a tag": "al leer una etiqueta",
            "while scanning a directive": "al leer una directiva",
            "while scanning a %YAML directive": "al leer una directiva %YAML",
            "while scanning a %TAG directive": "al leer una directiva %TAG",
            "while scanning a tag directive": "al leer una directiva de etiqueta",
            "while parsing a tag directive": "al analizar una directiva de etiqueta",
            "while parsing a %TAG directive": "al analizar una directiva %TAG",
            "while parsing a tag": "al analizar una etiqueta",
        ]
        return table[context] ?? context
    }
}
