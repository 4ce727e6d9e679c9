import Testing

@testable import AperturaExpressions

/// Edges of the strings, format and encoders extensions that the conformance suite leaves open. Expected
/// values follow the extensions' documentation (cel-go `ext/strings.go`, Go's `strings` package that
/// it mirrors) and are worked out by hand.
@Suite("String extension edges")
struct StringExtensionEdgeTests {
    static let values: [(String, CELValue)] = [
        // ASCII case mapping reaches both ends of the alphabet.
        ("'xyz'.upperAscii()", .string("XYZ")),
        ("'ZAZ'.lowerAscii()", .string("zaz")),
        // trim removes Unicode white space (Go's unicode.IsSpace): NEL, no-break space, em space, ideographic space.
        ("'\\u00a0\\u3000texto\\u0085\\u2003'.trim()", .string("texto")),
        // A limit n splits into at most n parts, the last one holding the rest; an empty separator splits code points.
        ("'abc'.split('', 2)", .list([.string("a"), .string("bc")])),
        ("'a,b,c'.split(',', 2)", .list([.string("a"), .string("b,c")])),
        // A replacement limit of 0 replaces nothing; 2 replaces the first two.
        ("'aaa'.replace('a', 'b', 0)", .string("aaa")),
        ("'aaa'.replace('a', 'b', 2)", .string("bba")),
        // An empty needle matches before each code point and at the end.
        ("'abc'.replace('', '-')", .string("-a-b-c-")),
        // The end of the string is a valid start for indexOf; the last code point for lastIndexOf.
        ("'abc'.indexOf('', 3)", .int(3)),
        ("'abc'.lastIndexOf('c', 2)", .int(2)),
        // Precision up to 100 digits is accepted.
        ("'%.100f'.format([1.0])", .string("1." + String(repeating: "0", count: 100))),
        // Negative integers keep their sign in hex, octal and binary: 30 = 0x1e, 255 = 0xFF, 8 = 0o10, 5 = 0b101.
        ("'%x'.format([-30])", .string("-1e")),
        ("'%X'.format([-255])", .string("-FF")),
        ("'%o'.format([-8])", .string("-10")),
        ("'%b'.format([-5])", .string("-101")),
        // base64 with its padding, and without it.
        ("base64.decode('aGVsbG8=')", .bytes(Array("hello".utf8))),
        ("base64.decode('aGk=')", .bytes(Array("hi".utf8))),
        ("base64.decode('aGk')", .bytes(Array("hi".utf8))),
        // Input whose length is a multiple of four needs no padding added: 'hello!' is 6 bytes, 8 characters.
        ("base64.decode('aGVsbG8h')", .bytes(Array("hello!".utf8))),
        ("base64.decode('')", .bytes([])),
    ]

    @Test("evaluates", arguments: values)
    func evaluates(source: String, expected: CELValue) throws {
        #expect(try value(source) == expected, "\(source)")
    }

    @Test("positions past the allowed range are errors")
    func outOfRange() throws {
        #expect(try evaluationError("'abc'.lastIndexOf('c', 3)")?.kind == .indexOutOfRange)
        #expect(try evaluationError("'abc'.indexOf('', 4)")?.kind == .indexOutOfRange)
        #expect(try evaluationError("'%.101f'.format([1.0])")?.kind == .invalidArgument)
    }

    @Test("format errors say what went wrong in Spanish and in English")
    func formatErrorLanguages() throws {
        let error = try #require(try evaluationError("'%q'.format([1])"))
        #expect(error.kind == .invalidArgument)
        #expect(error.message.es == "cláusula de formato desconocida \"q\"")
        #expect(error.message.en == "could not parse formatting clause: unrecognized formatting clause \"q\"")
    }

    @Test("the sizes charged for replace and join are the sizes of their results")
    func chargedSizes() throws {
        // '-a-b-c-': 3 bytes plus 4 insertions of 1 byte.
        #expect(StringExtension.replacedSize([.string("abc"), .string(""), .string("-")]) == 7)
        // 'a, b, c': each of the 2 '-' (1 byte) becomes ', ' (2 bytes): 5 + 2.
        #expect(StringExtension.replacedSize([.string("a-b-c"), .string("-"), .string(", ")]) == 7)
        // 'ab--c': 3 bytes of items and one separator of 2 between the two items.
        #expect(StringExtension.joinedSize([.list([.string("ab"), .string("c")]), .string("--")]) == 5)
        #expect(StringExtension.joinedSize([.list([.string("x")]), .string("--")]) == 1)
        #expect(StringExtension.joinedSize([.list([]), .string("--")]) == 0)
    }
}
