import Testing

@testable import AperturaExpressions

@Suite("Evaluation semantics")
struct EvaluationTests {
    static let values: [(String, CELValue)] = [
        ("1 + 2 * 3", .int(7)),
        ("7 / 2", .int(3)),
        ("-7 % 3", .int(-1)),
        ("7u / 2u", .uint(3)),
        ("1.0 / 0.0", .double(.infinity)),
        ("1 == 1u", .bool(true)),
        ("1 == 1.0", .bool(true)),
        ("1u < 2.5", .bool(true)),
        ("-1 < 0u", .bool(true)),
        ("[1, 2] == [1.0, 2u]", .bool(true)),
        ("{1: 'a'}[1u]", .string("a")),
        ("{1: 'a'}[1.0]", .string("a")),
        ("size('héllo')", .int(5)),
        ("size('🐱')", .int(1)),
        ("'Amélie' == 'Ame\\u0301lie'", .bool(false)),
        ("'abc'.contains('bc')", .bool(true)),
        ("'abc'.startsWith('ab') && 'abc'.endsWith('bc')", .bool(true)),
        ("'abc123'.matches('[a-z]+[0-9]+')", .bool(true)),
        ("'a' + 'b'", .string("ab")),
        ("[1] + [2]", .list([.int(1), .int(2)])),
        ("2 in [1, 2]", .bool(true)),
        ("'k' in {'k': 1}", .bool(true)),
        ("true ? 1 : 2", .int(1)),
        ("int('42')", .int(42)),
        ("uint(42)", .uint(42)),
        ("int(3.9)", .int(3)),
        ("double(2)", .double(2)),
        ("string(1.5)", .string("1.5")),
        ("string(123456.0)", .string("123456")),
        ("string(1500000.0)", .string("1.5e+06")),
        ("string(0.0001)", .string("0.0001")),
        ("string(0.00001)", .string("1e-05")),
        ("{'é': 1, 'e\\u0301': 2}.size()", .int(2)),
        ("'e\\u0301' in {'é': 1}", .bool(false)),
        ("string(b'abc')", .string("abc")),
        ("bytes('a')", .bytes([0x61])),
        ("bool('true')", .bool(true)),
        ("type(1) == int", .bool(true)),
        ("type([])", .type("list")),
        ("dyn(1) + 1", .int(2)),
        ("[1, 2, 3].map(x, x * 2)", .list([.int(2), .int(4), .int(6)])),
        ("[1, 2, 3].filter(x, x > 1)", .list([.int(2), .int(3)])),
        ("[1, 2, 3].exists_one(x, x == 2)", .bool(true)),
        ("{'a': 1, 'b': 2}.all(k, k != 'c')", .bool(true)),
        ("has({'a': 1}.a)", .bool(true)),
        ("has({'a': 1}.b)", .bool(false)),
        ("cel.bind(x, 2, x * x)", .int(4)),
    ]

    @Test("evaluates", arguments: values)
    func evaluates(source: String, expected: CELValue) throws {
        #expect(CELConformance.same(try #require(try value(source)), expected))
    }

    static let overflows: [String] = [
        "9223372036854775807 + 1", "-9223372036854775808 - 1", "9223372036854775807 * 2",
        "-(-9223372036854775808)", "-9223372036854775808 / -1", "0u - 1u", "18446744073709551615u + 1u",
        "int(9.3e18)", "uint(-1)", "int(18446744073709551615u)",
    ]

    @Test("integer overflow is an error", arguments: overflows)
    func overflow(source: String) throws {
        #expect(try evaluationError(source)?.kind == .overflow)
    }

    @Test("division and modulo by zero")
    func divisionByZero() throws {
        #expect(try evaluationError("1 / 0")?.kind == .divisionByZero)
        #expect(try evaluationError("1 % 0")?.kind == .moduloByZero)
    }

    @Test("&& and || absorb errors from either side")
    func absorption() throws {
        #expect(try value("1 / 0 == 1 && false") == .bool(false))
        #expect(try value("false && 1 / 0 == 1") == .bool(false))
        #expect(try value("1 / 0 == 1 || true") == .bool(true))
        #expect(try value("true || 1 / 0 == 1") == .bool(true))
        #expect(try evaluationError("1 / 0 == 1 && true")?.kind == .divisionByZero)
        #expect(try evaluationError("false || 1 / 0 == 1")?.kind == .divisionByZero)
        #expect(try value("[1, 0].exists(x, 1 / x == 1)") == .bool(true))
        #expect(try evaluationError("[0, 1].all(x, 1 / x == 1)")?.kind == .divisionByZero)
    }

    @Test("heterogeneous numbers compare by value")
    func heterogeneous() throws {
        #expect(try value("9223372036854775807 < 18446744073709551615u") == .bool(true))
        #expect(try value("2.5 > 2") == .bool(true))
        #expect(try value("0.0/0.0 == 0.0/0.0") == .bool(false))
        #expect(try value("dyn(1) == dyn('1')") == .bool(false))
    }

    @Test("strings index code points")
    func codePoints() throws {
        #expect(try value("size('añ🐱')") == .int(3))
        #expect(try value("size(b'añ')") == .int(3))
    }

    @Test("timestamps and durations")
    func timestamps() throws {
        let ts = "timestamp('2009-02-13T23:31:30.123Z')"
        #expect(try value("\(ts).getFullYear()") == .int(2009))
        #expect(try value("\(ts).getMonth()") == .int(1))
        #expect(try value("\(ts).getDate()") == .int(13))
        #expect(try value("\(ts).getDayOfMonth()") == .int(12))
        #expect(try value("\(ts).getDayOfWeek()") == .int(5))
        #expect(try value("\(ts).getDayOfYear()") == .int(43))
        #expect(try value("\(ts).getHours()") == .int(23))
        #expect(try value("\(ts).getHours('-06:00')") == .int(17))
        #expect(try value("\(ts).getHours('America/Mexico_City')") == .int(17))
        #expect(try value("\(ts).getMinutes()") == .int(31))
        #expect(try value("\(ts).getSeconds()") == .int(30))
        #expect(try value("\(ts).getMilliseconds()") == .int(123))
        #expect(try value("string(\(ts) + duration('1h30m'))") == .string("2009-02-14T01:01:30.123Z"))
        #expect(try value("timestamp('2009-02-13T23:31:30Z') - timestamp('2009-02-13T23:30:00Z') == duration('90s')") == .bool(true))
        #expect(try value("duration('1.5s') < duration('2s')") == .bool(true))
        #expect(try value("string(duration('-1.5s'))") == .string("-1.5s"))
        #expect(try value("int(timestamp('1970-01-02T00:00:00Z'))") == .int(86_400))
        #expect(try evaluationError("timestamp('2009-13-01T00:00:00Z')")?.kind == .invalidArgument)
        #expect(try evaluationError("timestamp('9999-12-31T23:59:59Z') + duration('1s')")?.kind == .overflow)
        #expect(try evaluationError("\(ts).getHours('Nowhere/Nothing')")?.kind == .invalidArgument)
    }

    @Test("a timestamp with more than nine fraction digits drops the rest instead of trapping")
    func longFraction() throws {
        // Found by fuzzing: fourteen digits made `count..<9` an invalid range, a trap in constant folding.
        #expect(try value("timestamp('0001-01-01T00:00:01.99999999999999Z') == timestamp('0001-01-01T00:00:01.999999999Z')") == .bool(true))
        #expect(try value("string(timestamp('2025-01-01T00:00:00.1234567891Z'))") == .string("2025-01-01T00:00:00.123456789Z"))
        #expect(try evaluationError("timestamp('2025-01-01T00:00:00.Z')")?.kind == .invalidArgument)
    }

    @Test("map literals reject repeated and invalid keys")
    func mapKeys() throws {
        #expect(try evaluationError("{1: 1, 1u: 2}")?.kind == .invalidArgument)
        #expect(try evaluationError("{dyn(1.5): 1}")?.kind == .invalidArgument)
        #expect(try evaluationError("{'a': 1}['b']")?.kind == .noSuchKey("b"))
        #expect(try evaluationError("[1][1]")?.kind == .indexOutOfRange)
    }

    @Test("results are Sendable values usable across tasks")
    func concurrentEvaluation() async throws {
        var declarations = CELDeclarations()
        declarations.declare("x", .int)
        let program = try CELProgram.compile("[1, 2, 3].map(i, i * x)", declarations: declarations)
        let results = await withTaskGroup(of: CELValue?.self) { group in
            for i in 0..<8 {
                group.addTask { try? program.evaluate(CELActivation(slots: [.int(Int64(i))])).get() }
            }
            var all: [CELValue?] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0 != nil })
    }
}

@Suite("Values")
struct ValueTests {
    @Test("values print as CEL text")
    func descriptions() throws {
        #expect(CELValue.list([.int(1), .uint(2), .double(3), .string("a\"b")]).description == "[1, 2u, 3.0, \"a\\\"b\"]")
        #expect(CELValue.timestamp(try #require(CELTimestamp(year: 2025, month: 3, day: 10))).description == "timestamp(\"2025-03-10T00:00:00Z\")")
        #expect(CELValue.duration(try #require(CELDuration(text: "1h"))).description == "duration(\"3600s\")")
    }

    @Test("calendar dates become midnight UTC")
    func dates() throws {
        let t = try #require(CELTimestamp(year: 2025, month: 3, day: 10))
        #expect(t == CELTimestamp(rfc3339: "2025-03-10T00:00:00Z"))
        #expect(CELTimestamp(year: 2025, month: 2, day: 29) == nil)
        #expect(CELTimestamp(year: 2024, month: 2, day: 29) != nil)
    }
}
