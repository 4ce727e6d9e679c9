import Testing

@testable import AperturaExpressions

/// CEL's `matches` in RE2 syntax and semantics. Expected values follow RE2's documented syntax
/// (https://github.com/google/re2/wiki/Syntax); where ICU (the engine used before) differs, the case says so.
@Suite("Regular expressions (RE2)")
struct RegexTests {
    static let matching: [(pattern: String, text: String, matches: Bool)] = [
        // The conformance cases, and unanchored search.
        ("ubb", "hubba", true), ("", "", true), ("bc", "abcd", true), ("gr(a|e)y", "grey", true),
        ("ba(na)*", "banana", true), ("a+ñ+a+", "mañana", true), ("xyz", "xy", false),
        // Anchors: RE2's `$` matches only at the end (ICU's also before a final line feed).
        ("^abc$", "abc", true), ("^abc$", "abc\n", false), ("^b", "a\nb", false), ("(?m)^b$", "a\nb\nc", true),
        ("\\Aab\\z", "ab", true), ("\\Aab\\z", "xab", false),
        // The dot skips the line feed unless `s` is set.
        (".", "\n", false), ("(?s).", "\n", true), ("a.c", "a\nc", false), ("a.c", "a\u{00F1}c", true),
        // Classes.
        ("[[:digit:]]+", "x12", true), ("^[[:^alpha:]]+$", "123", true), ("^[[:^alpha:]]+$", "12a", false),
        ("[^a-c]", "abc", false), ("[^a-c]", "abcd", true), ("[]a]", "]", true), ("[a-]", "-", true),
        ("^\\d{3}$", "123", true), ("^\\d{3}$", "1234", false), ("^\\d{2,3}$", "1234", false), ("^\\d{2,}$", "1234", true),
        ("\\D", "123", false), ("\\W", "a_1", false), ("\\s", "a\u{0B}b", false), ("[\\s]", "a b", true),
        ("^[A-Z]{4}\\d{6}[HM][A-Z]{5}[0-9A-Z]\\d$", "GOMA850101HJCMRN09", true),
        ("^[A-Z]{4}\\d{6}[HM][A-Z]{5}[0-9A-Z]\\d$", "GOMA850101XJCMRN09", false),
        // Unicode general categories.
        ("^\\pL+$", "mañana", true), ("^\\p{Lu}", "Árbol", true), ("^\\p{Lu}", "árbol", false), ("\\PL", "abc", false),
        ("\\p{^L}", "ab1", true), ("^\\p{Nd}+$", "\u{0661}\u{0662}\u{0663}", true), ("^\\p{Any}$", "😀", true),
        // Simple case folding.
        ("(?i)árbol", "ÁRBOL", true), ("(?i)k", "\u{212A}", true), ("(?i)[a-z]$", "\u{212A}", true),
        ("(?i)[^k]", "K", false), ("(?i)straße", "STRASSE", false), ("árbol", "ÁRBOL", false),
        ("(?i)[\\x{212A}]", "k", true), ("(?i)ſ", "S", true), ("(?i)σ", "ς", true),
        // Beyond the first plane: the Deseret capital and small long I fold together.
        ("(?i)\u{10400}", "\u{10428}", true),
        // Under (?i) a negated item is the complement of its folded positive part: \W leaves out the Kelvin sign.
        ("(?i)\\W", "\u{212A}", false), ("\\W", "\u{212A}", true), ("(?i)[\\p{^Ll}]", "A", false), ("[\\p{^Ll}]", "A", true),
        ("(?i:a)b", "Ab", true), ("(?i:a)b", "AB", false), ("a(?i)b", "aB", true), ("a(?i)b", "AB", false),
        ("(?i)a(?-i)b", "Ab", true), ("(?i)a(?-i)b", "AB", false), ("((?i)a)b", "AB", false),
        // Word boundaries (ASCII, as in RE2).
        ("\\bcat\\b", "the cat sat", true), ("\\bcat\\b", "concatenate", false), ("\\Bcat\\B", "concatenate", true),
        // Escapes.
        ("\\x41", "A", true), ("\\x{1F600}", "😀", true), ("\\101", "A", true), ("\\.", "a", false), ("a\\+", "a+", true),
        ("\\Qa.b\\E", "axb", false), ("\\Qa.b\\E", "a.b", true), ("\\Qa.b", "a.b", true), ("\\Qab\\E+$", "abbb", true),
        // Repetition, alternation, groups.
        ("^(a|b)*c$", "ababc", true), ("^(ab){2}$", "abab", true), ("^(ab){2}$", "ababab", false),
        ("a{,2}", "a{,2}", true), ("x{2", "x{2", true), ("x{2}y", "xxy", true), ("^(a*)*$", "aaa", true),
        ("^(|a)$", "", true), ("^(a|)$", "a", true), ("a+?b", "aab", true), ("^(a|ab)(c|bcd)$", "abcd", true),
        ("(?P<x>a)b", "ab", true), ("(?<x>a)b", "ab", true), ("(?P<año_1>a)b", "ab", true), ("(?U)a+", "a", true),
        // Patterns that take a backtracking engine exponential time answer at once.
        ("(a+)+$", String(repeating: "a", count: 40) + "!", false),
        ("^(a?){30}a{30}$", String(repeating: "a", count: 30), true),
        ("(x+x+)+y", String(repeating: "x", count: 5_000), false),
    ]

    @Test("matches", arguments: matching.indices)
    func matches(_ index: Int) throws {
        let (pattern, text, expected) = Self.matching[index]
        let regex = try CompiledRegex(pattern)
        #expect(regex.matches(text) == expected, "'\(text)'.matches('\(pattern)')")
    }

    static let invalid: [String] = [
        "(a", "a)", "[a", "*a", "a**", "a*+", "a+?+", "a{1001}", "a{0,1001}", "a{3,2}", "{2}", "(?=a)", "(?!a)", "(?<=a)", "(?<!a)",
        "(?>a)", "\\1", "(a)\\1", "\\Z", "\\G", "\\C", "\\p{Greek}", "\\p{Foo}", "\\pX", "[z-a]", "[[:foo:]]", "\\",
        "\\x{110000}", "\\xZ1", "\\x4", "(?P=name)", "(?P<>a)", "(?i", "(?-)", "(?i-)", "(?--i)", "(?x)", "[a-\\d]",
        "(a{1000}){1000}", String(repeating: "(", count: 200) + String(repeating: ")", count: 200),
    ]

    @Test("invalid patterns are refused", arguments: invalid)
    func refused(_ pattern: String) {
        #expect(throws: RegexSyntaxError.self, "'\(pattern)'") { try CompiledRegex(pattern) }
    }

    @Test("an invalid literal pattern is a compile error; a computed one, an evaluation error")
    func invalidInExpressions() throws {
        let error = try #require(compileError("'a'.matches('(?=a)')"))
        #expect(error.code == CELCompileError.invalidRegex)
        #expect(error.message.es == "expresión regular no válida «(?=a)» (carácter 1): grupo no válido o no admitido (RE2 no admite referencias hacia atrás ni búsquedas hacia delante o hacia atrás)")
        let evaluation = try #require(try evaluationError("s.matches(p)", [("s", .string, .string("a")), ("p", .string, .string("[a"))]))
        #expect(evaluation.kind == .invalidArgument)
        #expect(evaluation.message.en == "invalid regular expression '[a' (character 1): missing ']' closing this character class")
    }

    @Test("a match charges text size times program size against the budget")
    func cost() throws {
        // 1,001 instructions (a{1000} and the match) over 100,000 scalars: 6.3 M steps of 16, over the 1 M budget.
        let text = CELValue.string(String(repeating: "b", count: 100_000))
        let error = try #require(try evaluationError("s.matches('a{1000}')", [("s", .string, text)]))
        #expect(error.kind == .costLimitExceeded)
        // A short pattern over the same text fits: 3 instructions, 18,750 steps.
        #expect(try value("s.matches('ba')", [("s", .string, text)]) == .bool(false))
        #expect(try value("s.matches('bb$')", [("s", .string, text)]) == .bool(true))
    }
}
