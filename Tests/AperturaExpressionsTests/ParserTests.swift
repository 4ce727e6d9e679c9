import Testing

@testable import AperturaExpressions

@Suite("Lexer and parser")
struct ParserTests {
    static let cases: [(String, String)] = [
        ("1 + 2 * 3", "_+_(1, _*_(2, 3))"),
        ("(1 + 2) * 3", "_*_(_+_(1, 2), 3)"),
        ("a - b - c", "_-_(_-_(a, b), c)"),
        ("a && b || c", "_||_(_&&_(a, b), c)"),
        ("a ? b : c ? d : e", "_?_:_(a, b, _?_:_(c, d, e))"),
        ("!!x", "!_(!_(x))"),
        ("-x", "-_(x)"),
        ("-9223372036854775808", "-9223372036854775808"),
        ("- -1", "-_(-1)"),
        ("1u", "1u"),
        ("0x1F", "31"),
        ("0x1Fu", "31u"),
        ("1.5e3", "1500.0"),
        (".5", "0.5"),
        ("'a\\nb'", "\"a\nb\""),
        ("r'a\\nb'", "\"a\\nb\""),
        ("\"\"\"x\ny\"\"\"", "\"x\ny\""),
        ("'\\u00e9'", "\"é\""),
        ("b'\\xff'", "b[255]"),
        ("a.b.c", "a.b.c"),
        (".a.b", ".a.b"),
        ("a[0][1]", "_[_](_[_](a, 0), 1)"),
        ("x in [1, 2,]", "@in(x, [1, 2])"),
        ("{'k': 1, 'j': 2}", "{\"k\": 1, \"j\": 2}"),
        ("f(1, 2)", "f(1, 2)"),
        ("s.startsWith('a')", "s.startsWith(\"a\")"),
        ("has(a.b)", "has(a.b)"),
        ("l.all(x, x > 0)", "all(l, x, _>_(x, 0))"),
        ("l.exists_one(x, x)", "existsOne(l, x, x)"),
        ("l.map(x, x > 1, x * 2)", "map(l, x, _>_(x, 1), _*_(x, 2))"),
        ("m.transformMap(k, v, v)", "transformMap(m, k, v, v)"),
        ("cel.bind(x, 1, x)", "bind(1, x, x)"),
        ("a.`b-c`", "a.b-c"),
        ("{'as': 1}.as", "{\"as\": 1}.as"),
        ("1 // comment\n + 2", "_+_(1, 2)"),
    ]

    @Test("parses", arguments: cases)
    func parses(source: String, expected: String) throws {
        #expect(try parse(source) == expected)
    }

    @Test("macros can be turned off")
    func macrosOff() throws {
        #expect(try parse("l.all(x, x > 0)", macros: false) == "l.all(x, _>_(x, 0))")
        #expect(try parse("has(a.b)", macros: false) == "has(a.b)")
    }

    static let syntaxErrors: [String] = [
        "1 +", "(1", "[1, 2", "{1: }", "a.", "'unterminated", "1 2", "if", "a.b(", "0x", "99999999999999999999",
        "9223372036854775808", "'\\q'", "a ? b", "Msg{f: 1}", "#",
    ]

    @Test("rejects malformed input", arguments: syntaxErrors)
    func rejects(source: String) {
        #expect(compileError(source)?.code == "expr_syntax_error")
    }

    @Test("lexer decodes literals")
    func lexer() throws {
        var lexer = Lexer(bytes: Array("12u 3.0 'x' b\"y\" `q` >= in".utf8))
        var kinds: [Token.Kind] = []
        while true {
            let token = try lexer.next()
            if token.kind == .end { break }
            kinds.append(token.kind)
        }
        #expect(
            kinds == [
                .uint(12), .double(3.0), .string("x"), .bytes([0x79]), .quotedIdentifier("q"), .punct(.ge), .punct(.in),
            ])
    }
}
