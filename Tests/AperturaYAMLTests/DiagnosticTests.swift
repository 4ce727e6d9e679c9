import AperturaSource
import Testing
import AperturaYAML
import TestSupport

@Suite("Diagnostics")
struct DiagnosticTests {
    @Test func syntaxErrorAtLibYAMLsProblemMark() throws {
        let result = Load.parse("a: [1, 2\nb: c\n", file: "bad.yaml")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == "yaml_syntax_error")
        #expect(diagnostic.isError)
        #expect(diagnostic.range?.start.file == "bad.yaml")
        #expect(diagnostic.range?.start.line == 2)
        #expect(diagnostic.message.es.contains("error de sintaxis YAML"))
        #expect(diagnostic.message.en?.contains("YAML syntax error") == true)
    }

    @Test func tabIndentationGetsHelp() throws {
        let diagnostic = try #require(Load.parse("a:\n\t- b\n").diagnostics.first)
        #expect(diagnostic.code == "yaml_syntax_error")
        #expect(diagnostic.range?.start.pair == [2, 1])
        #expect(diagnostic.help?.es.contains("tabuladores") == true)
    }

    /// `key:value` reads as text running on into the next line, where libyaml finds the error: the help
    /// names the line before and the missing space (or the no-break space pasted in its place).
    @Test func aColonWithoutItsSpaceIsNamedOnItsLine() throws {
        let missing = try #require(Load.parse("a:\n  b:true\n  c: 1\n").diagnostics.first)
        #expect(missing.code == "yaml_syntax_error")
        // Placed at the slip, line 2's colon (`  b:true`: b is column 3, the colon 4), not at line 3 where libyaml
        // finds it cannot go on.
        #expect(missing.range?.start.pair == [2, 4])
        #expect(missing.help?.es == "después de «:» va un espacio: escriba «b: true»")
        #expect(missing.help?.en == "a colon takes a space after it: write 'b: true'")
        let noBreak = try #require(Load.parse("a:\n  b:\u{A0}1\n  c: 1\n").diagnostics.first)
        #expect(noBreak.range?.start.pair == [2, 5])
        #expect(noBreak.help?.es.hasPrefix("aquí hay un espacio no separable (U+00A0)") == true)
        let equals = try #require(Load.parse("a:\n  b = true\n  c: 1\n").diagnostics.first)
        #expect(equals.help?.es == "en la línea 2, «b» va seguido de «=»: en YAML se escribe «b: valor»")
        // A link is no key: the general advice instead.
        let link = try #require(Load.parse("a:\n  - https://x.mx/a\n    c: 1\n").diagnostics.first)
        #expect(link.help?.es.hasPrefix("revise la sangría") == true)
    }

    /// A Word bullet pasted where a list item's `- ` goes makes `• nombre` a key, and the item's next field,
    /// indented under it, a syntax error: the help names the bullet and the hyphen to write instead.
    @Test func aPastedBulletIsNamedOnItsLine() throws {
        let bullet = try #require(Load.parse("m:\n  • nombre: Buzón\n    tipo: buzon\n").diagnostics.first)
        #expect(bullet.code == "yaml_syntax_error")
        #expect(bullet.range?.start.line == 3)
        #expect(bullet.help?.es == "en la línea 2, «•» es una viñeta copiada de un documento: en YAML cada elemento de una lista empieza con un guion y un espacio, «- »")
        #expect(bullet.help?.en == "on line 2, '•' is a bullet pasted from a document: in YAML each list item starts with a hyphen and a space, '- '")
        let dash = try #require(Load.parse("m:\n  – nombre: Buzón\n    tipo: buzon\n").diagnostics.first)
        #expect(dash.help?.es.hasPrefix("en la línea 2, «–» es una viñeta") == true)
        // A hyphen is YAML's own list mark: an indentation slip there keeps the general advice.
        let hyphen = try #require(Load.parse("m:\n  - nombre: Buzón\n      tipo: buzon\n").diagnostics.first)
        #expect(hyphen.help?.es.hasPrefix("revise la sangría") == true)
    }

    /// A file saved in Latin-1 or Windows-1252: the help names the letter the stray byte is there.
    @Test func aLatin1LetterIsNamedInTheHelp() throws {
        let result = YAMLParser.parse(Array("name: Espa".utf8) + [0xF1] + Array("a\n".utf8), file: "latin1.yaml")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == "yaml_invalid_utf8")
        #expect(diagnostic.range?.start.pair == [1, 11])
        #expect(diagnostic.help?.es == "el archivo parece guardado en Latin-1 o Windows-1252, donde el byte 0xF1 es «ñ»: guárdelo con codificación UTF-8")
    }

    @Test func syntaxErrorNamesWhereTheConstructStarted() throws {
        let diagnostic = try #require(Load.parse("a: [1, 2\nb: c\n").diagnostics.first)
        #expect(diagnostic.message.es.contains("que empieza en la línea 1"))
        #expect(diagnostic.message.en?.contains("started on line 1") == true)
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpens() throws {
        // libyaml finds the problem at the end of the input; the fix goes at the opening quote.
        let diagnostic = try #require(Load.parse("a: 'open\nb: c\n").diagnostics.first)
        #expect(diagnostic.code == "yaml_syntax_error")
        #expect(diagnostic.range?.start.pair == [1, 4])
    }

    @Test func duplicateKeyPointsAtTheSecond() throws {
        let result = Load.parse("id: a\nname: x\nid: b\n")
        #expect(result.diagnostics.count == 1)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == "yaml_duplicate_key")
        #expect(diagnostic.range?.start.pair == [3, 1])
        #expect(diagnostic.message.es.contains("línea 1"))
        #expect(diagnostic.message.en?.contains("line 1") == true)
        // The document is still built, so later checks can run; the error marks it invalid.
        #expect(result.documents.count == 1)
    }

    @Test func duplicateKeysInLargeMappings() throws {
        var text = ""
        for i in 0..<40 { text += "k\(i): \(i)\n" }
        text += "k7: again\nk39: again\n"
        let result = Load.parse(text)
        #expect(result.diagnostics.map(\.code) == ["yaml_duplicate_key", "yaml_duplicate_key"])
        #expect(result.diagnostics.map { $0.range?.start.line ?? 0 } == [41, 42])
        #expect(result.diagnostics[0].message.en?.contains("line 8") == true)
    }

    @Test func quotedAndPlainKeysWithTheSameTextAreDuplicates() {
        let result = Load.parse("kind: a\n\"kind\": b\n")
        #expect(result.diagnostics.map(\.code) == ["yaml_duplicate_key"])
    }

    @Test func invalidUTF8PointsAtTheBadByte() throws {
        let bytes = Array("a: 1\nbé: x".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let result = YAMLParser.parse(bytes, file: "u.yaml")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(diagnostic.code == "yaml_invalid_utf8")
        #expect(diagnostic.range?.start.pair == [2, 6])  // b, é, :, space, x, then the bad byte
        #expect(result.documents.isEmpty)
    }

    @Test(arguments: [
        [UInt8]([0xED, 0xA0, 0x80]),  // a surrogate
        [0xC0, 0xAF],  // overlong
        [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
        [0xE2, 0x82],  // cut short
        [0x80],  // stray continuation byte
    ])
    func illFormedSequencesAreRejected(sequence: [UInt8]) {
        let result = YAMLParser.parse(Array("k: ".utf8) + sequence, file: "u.yaml")
        #expect(result.diagnostics.map(\.code) == ["yaml_invalid_utf8"])
        #expect(result.diagnostics.first?.range?.start.pair == [1, 4])
    }

    @Test(arguments: [[UInt8]([0xFF, 0xFE, 0x61, 0x00]), [0xFE, 0xFF, 0x00, 0x61], [0x61, 0x00, 0x3A, 0x00]])
    func utf16IsRejectedAsUnsupported(bytes: [UInt8]) {
        let result = YAMLParser.parse(bytes, file: "w.yaml")
        #expect(result.diagnostics.map(\.code) == ["yaml_unsupported_encoding"])
    }

    @Test func unknownAlias() throws {
        let result = Load.parse("a: *nowhere\n")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == "yaml_unknown_alias")
        #expect(diagnostic.range?.start.pair == [1, 4])
    }

    @Test func anchorsDoNotCrossDocuments() {
        let result = Load.parse("a: &x 1\n---\nb: *x\n")
        #expect(result.diagnostics.map(\.code) == ["yaml_unknown_alias"])
        #expect(result.documents.count == 1)
    }

    @Test func billionLaughsIsStopped() throws {
        var text = "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let aliases = Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
            text += "l\(level): &l\(level) [\(aliases)]\n"
        }
        let result = Load.parse(text)
        let diagnostic = try #require(result.diagnostics.last)
        #expect(diagnostic.code == "yaml_alias_limit")
        #expect(result.documents.isEmpty)
    }

    @Test func aliasBudgetIsPerStream() {
        let limits = YAMLLimits(maxAliasExpansion: 5)
        let result = Load.parse("a: &x [1, 2]\nb: *x\n---\na: &y [1, 2]\nb: *y\n", limits: limits)
        #expect(result.diagnostics.map(\.code) == ["yaml_alias_limit"])
        #expect(result.documents.count == 1)
    }

    @Test(arguments: ["block", "flow"])
    func nestingDeeperThanTheLimitIsRejected(style: String) throws {
        let depth = 100
        let text: String
        if style == "flow" {
            text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        } else {
            text = (0..<depth).map { String(repeating: "  ", count: $0) + "k:" }.joined(separator: "\n") + " v\n"
        }
        let result = Load.parse(text, limits: YAMLLimits(maxDepth: 50))
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == "yaml_too_deep")
        #expect(diagnostic.range?.start.line == (style == "flow" ? 1 : 51))
        #expect(Load.parse(text, limits: YAMLLimits(maxDepth: 100)).diagnostics.isEmpty)
    }

    @Test func veryDeepNestingDoesNotCrash() {
        let depth = 200_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let result = Load.parse(text)
        #expect(result.diagnostics.map(\.code) == ["yaml_too_deep"])
    }

    @Test func oversizeDocumentIsRejectedBeforeParsing() throws {
        // Not YAML at all: the size check comes first, so it is never parsed.
        let bytes = [UInt8](repeating: UInt8(ascii: "["), count: 2_000)
        let result = YAMLParser.parse(bytes, file: "big.yaml", limits: YAMLLimits(maxDocumentBytes: 1_000))
        #expect(result.diagnostics.map(\.code) == ["yaml_too_large"])
        #expect(result.diagnostics.first?.range?.start.pair == [1, 1])
    }

    @Test func unreadableFile() throws {
        let result = YAMLParser.parseFile(atPath: "/nonexistent/apertura/none.yaml")
        #expect(result.diagnostics.map(\.code) == ["file_unreadable"])
        #expect(result.diagnostics.first?.range == nil)
        // The reason is said in both languages in the tool's words, not in the system's capitalised English
        // ("cannot read file ...: No such file or directory").
        #expect(result.diagnostics.first?.message.es == "no se puede leer el archivo /nonexistent/apertura/none.yaml: no existe, o es un enlace que no lleva a ningún archivo")
        #expect(result.diagnostics.first?.message.en == "cannot read file /nonexistent/apertura/none.yaml: it does not exist, or is a link that leads nowhere")
    }

    @Test func directoryIsUnreadable() {
        let result = YAMLParser.parseFile(atPath: SharedData.packageRoot.path)
        #expect(result.diagnostics.map(\.code) == ["file_unreadable"])
        #expect(result.diagnostics.first?.message.es.hasSuffix(": es una carpeta, no un archivo") == true)
    }

    @Test func fileIsReadAndNamed() throws {
        let path = SharedData.packageRoot.appendingPathComponent("Package.swift").path
        let result = YAMLParser.parseFile(atPath: path)
        // Package.swift is not YAML: what matters is that it was read and errors name it.
        #expect(result.diagnostics.first?.range?.start.file == path)
    }

    @Test func controlCharactersAreASyntaxError() {
        let result = YAMLParser.parse(Array("a: b\u{1}\n".utf8), file: "c.yaml")
        #expect(result.diagnostics.map(\.code) == ["yaml_syntax_error"])
        #expect(result.diagnostics.first?.range?.start.pair == [1, 5])
    }

    @Test(arguments: YAMLDiagnosticCode.allCases)
    func codesAreSnakeCase(code: YAMLDiagnosticCode) {
        #expect(code.rawValue.allSatisfy { $0.isLowercase || $0 == "_" || $0.isNumber })
    }
}
