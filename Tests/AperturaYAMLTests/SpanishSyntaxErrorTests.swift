import AperturaSource
@testable import AperturaYAML
import Testing

/// A YAML syntax error is said wholly in Spanish by default: libyaml's problem and context sentences are
/// English, and one missing from the translation tables went into the Spanish message as it was
/// ("error de sintaxis YAML: did not find expected alphabetic or numeric character, al leer un ancla").
@Suite struct SpanishSyntaxErrorTests {
    /// Every problem libyaml 0.2.5's reader, scanner and parser report (strings of reader.c, scanner.c, parser.c).
    static let problems = [
        "mapping values are not allowed in this context", "mapping keys are not allowed in this context",
        "block sequence entries are not allowed in this context", "control characters are not allowed",
        "could not find expected ':'", "could not find expected directive name",
        "did not find URI escaped octet", "did not find expected '!'", "did not find expected ',' or ']'",
        "did not find expected ',' or '}'", "did not find expected '-' indicator", "did not find expected <document start>",
        "did not find expected <stream-start>", "did not find expected alphabetic or numeric character",
        "did not find expected comment or line break", "did not find expected digit or '.' character",
        "did not find expected hexdecimal number", "did not find expected key", "did not find expected node content",
        "did not find expected tag URI", "did not find expected version number", "did not find expected whitespace",
        "did not find expected whitespace or line break", "did not find the expected '>'",
        "found a tab character that violates indentation", "found a tab character where an indentation space is expected",
        "found an incorrect leading UTF-8 octet", "found an incorrect trailing UTF-8 octet",
        "found an indentation indicator equal to 0", "found character that cannot start any token",
        "found duplicate %TAG directive", "found duplicate %YAML directive", "found extremely long version number",
        "found incompatible YAML document", "found invalid Unicode character escape code", "found undefined tag handle",
        "found unexpected ':'", "found unexpected document indicator", "found unexpected end of stream",
        "found unexpected non-alphabetical character", "found unknown directive name", "found unknown escape character",
        "invalid leading UTF-8 octet", "invalid trailing UTF-8 octet", "invalid length of a UTF-8 sequence",
        "invalid Unicode character", "incomplete UTF-8 octet sequence", "incomplete UTF-16 character",
        "incomplete UTF-16 surrogate pair", "unexpected low surrogate area", "input is too long",
        "out of memory", "unknown error",
    ]

    static let contexts = [
        "while parsing a block mapping", "while parsing a block collection", "while parsing a block node",
        "while parsing a flow mapping", "while parsing a flow sequence", "while parsing a flow node", "while parsing a node",
        "while parsing a quoted scalar", "while parsing a tag", "while parsing a tag directive", "while parsing a %TAG directive",
        "while scanning a quoted scalar", "while scanning a plain scalar", "while scanning a block scalar",
        "while scanning a simple key", "while scanning for the next token", "while scanning an anchor", "while scanning an alias",
        "while scanning a tag", "while scanning a directive", "while scanning a %YAML directive", "while scanning a %TAG directive",
        "while scanning a tag directive",
    ]

    @Test(arguments: problems)
    func everyProblemIsSaidInSpanish(_ problem: String) {
        let diagnostic = YAMLDiagnostics.syntaxError(problem: problem, context: nil, contextLine: nil, at: SourceLocation(file: "a.yaml", line: 1, column: 1))
        #expect(!diagnostic.message.es.contains(problem), "\(diagnostic.message.es)")
        #expect(diagnostic.message.en == "YAML syntax error: \(problem)")
    }

    @Test(arguments: contexts)
    func everyContextIsSaidInSpanish(_ context: String) {
        let diagnostic = YAMLDiagnostics.syntaxError(problem: "did not find expected key", context: context, contextLine: 3,
                                                     at: SourceLocation(file: "a.yaml", line: 5, column: 1))
        #expect(!diagnostic.message.es.contains("while "), "\(diagnostic.message.es)")
        #expect(diagnostic.message.es.hasSuffix(" que empieza en la línea 3"), "\(diagnostic.message.es)")
        #expect(diagnostic.message.en == "YAML syntax error: did not find expected key, \(context) started on line 3")
    }

    /// Files that reach the less common problems through the real parser: no English sentence of libyaml's in Spanish.
    @Test(arguments: [
        "a: & x\n", "a: * x\n", "%FOO bar\n---\na: 1\n", "%YAML 2.0\n---\na: 1\n", "%YAML 1.1\n%YAML 1.1\n---\na: 1\n",
        "%YAML x\n---\na: 1\n", "%TAG !x\n---\na: 1\n", "a: |0\n  x\n", "a: \"\\xZZ\"\n", "a: \"\\uD800\"\n",
        "a: !<abc 1\n", "a: !<%ZZ> 1\n", "% x\n---\na: 1\n",
    ])
    func rareProblemsOfRealFilesAreSaidInSpanish(_ text: String) throws {
        let diagnostic = try #require(Load.parse(text).diagnostics.first)
        #expect(diagnostic.code == "yaml_syntax_error")
        for english in ["found ", "did not", "could not", "while ", "expected "] {
            #expect(!diagnostic.message.es.contains(english), "\(diagnostic.message.es)")
        }
    }
}
