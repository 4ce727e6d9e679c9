import Testing

@testable import AperturaExpressions

@Suite("List sum")
struct ListSumTests {
    /// Sums worked out by hand; the value's kind (int, uint, double) is part of the expectation.
    static let cases: [(String, CELValue)] = [
        ("[1, 2, 3].sum()", .int(6)),
        ("[1, 2, 3].sum() == 6", .bool(true)),
        ("[-4, 10, -7].sum()", .int(-1)),
        ("[1u, 2u, 3u].sum()", .uint(6)),
        ("[1.5, 2.25, -0.75].sum()", .double(3.0)),
        ("[0.5].sum()", .double(0.5)),
        ("[].sum()", .int(0)),
        // A comprehension's result type carries the element type through.
        ("[1, 2].map(x, double(x) / 4.0).sum()", .double(0.75)),
        ("[1, 2, 3, 4].filter(x, x % 2 == 0).sum()", .int(6)),
        ("[1, 2].filter(x, x > 5).sum()", .int(0)),
        ("dyn([1, 2]).sum()", .int(3)),
        ("dyn([2u]).sum()", .uint(2)),
        // The largest int is reached exactly, without overflow.
        ("[9223372036854775806, 1].sum()", .int(.max)),
        ("[-9223372036854775807, -1].sum()", .int(.min)),
        // Doubles follow IEEE 754: too large is infinity, not an error.
        ("[1e308, 1e308].sum()", .double(.infinity)),
    ]

    @Test("adds up lists of numbers", arguments: cases)
    func adds(source: String, expected: CELValue) throws {
        #expect(try value(source) == expected)
    }

    @Test("an empty list sums to the zero of its declared element type")
    func emptyTypedLists() throws {
        let cases: [(CELType, CELValue)] = [(.double, .double(0)), (.uint, .uint(0)), (.int, .int(0))]
        for (element, zero) in cases {
            #expect(try value("l.sum()", [("l", .list(element), .list([]))]) == zero)
            let program = try CELProgram.compile("l.sum()", declarations: declarations(("l", .list(element))))
            #expect(program.resultType == element)
        }
        // The zero is a double, so the promised arithmetic on it works.
        #expect(try value("l.sum() / 2.0", [("l", .list(.double), .list([]))]) == .double(0))
    }

    @Test("the result type follows the element type; dyn where it is unknown")
    func resultTypes() throws {
        #expect(try CELProgram.compile("[1, 2].sum()", declarations: CELDeclarations()).resultType == .int)
        #expect(try CELProgram.compile("[1u].sum()", declarations: CELDeclarations()).resultType == .uint)
        #expect(try CELProgram.compile("[1.0].sum()", declarations: CELDeclarations()).resultType == .double)
        #expect(try CELProgram.compile("l.sum()", declarations: declarations(("l", .dyn))).resultType == .dyn)
        #expect(try CELProgram.compile("l.sum()", declarations: declarations(("l", .list(.dyn)))).resultType == .dyn)
    }

    @Test("integer overflow is an error, in the total or on the way to it")
    func overflow() throws {
        let ints = CELValue.list([.int(.max), .int(1), .int(-5)])
        #expect(try evaluationError("l.sum()", [("l", .list(.int), ints)])?.kind == .overflow)
        #expect(try evaluationError("[-9223372036854775807, -1, -1].sum()")?.kind == .overflow)
        let uints = CELValue.list([.uint(.max), .uint(1)])
        #expect(try evaluationError("l.sum()", [("l", .list(.uint), uints)])?.kind == .overflow)
    }

    @Test("a list whose element type is known and not a number is a compile-time type error")
    func typeErrors() throws {
        var d = CELDeclarations()
        d.declare("x", .int)
        d.declare("names", .list(.string))
        d.declare("m", .map(.string, .int))
        for source in ["['a', 'b'].sum()", "[true].sum()", "[[1], [2]].sum()", "names.sum()", "x.sum()", "m.sum()", "'abc'.sum()"] {
            let error = compileError(source, declarations: d)
            #expect(error?.code == "expr_type_mismatch", "\(source)")
        }
        let error = try #require(compileError("names.sum()", declarations: d))
        #expect(error.message.es == "«sum» no acepta (list(string))")
        #expect(error.column == 6)
        #expect(compileError("[1, 2].sum(0)")?.code == "expr_unknown_function")
    }

    @Test("mixed or non-numeric items of an unknown element type are evaluation errors")
    func evaluationTypeErrors() throws {
        let mixed = try #require(try evaluationError("[1, 2.0].sum()"))
        #expect(mixed.kind == .noSuchOverload("sum"))
        #expect(mixed.message.es.contains("el elemento 0 es int y el 1 es double"))
        #expect((mixed.message.en ?? "").contains("item 0 is int and item 1 is double"))
        let strings = try #require(try evaluationError("dyn(['a']).sum()"))
        #expect(strings.kind == .noSuchOverload("sum"))
        #expect(strings.message.en == "'sum' adds up lists of numbers (int, uint or double), not of string")
        #expect(try evaluationError("dyn(1).sum()")?.kind == .noSuchOverload("sum"))
        #expect(try evaluationError("[1u, 1].sum()")?.kind == .noSuchOverload("sum"))
    }

    @Test("summing charges one step per item, like a comprehension")
    func cost() throws {
        let list = CELValue.list((1...1_000).map { .int(Int64($0)) })
        let variables: [(String, CELType, CELValue)] = [("l", .list(.int), list)]
        // 1 + 2 + ... + 1000 = 1000 * 1001 / 2.
        #expect(try evaluate("l.sum()", variables, limits: CELLimits(maxCost: 1_000)) == .success(.int(500_500)))
        guard case .failure(let error) = try evaluate("l.sum()", variables, limits: CELLimits(maxCost: 999)) else {
            Issue.record("expected costLimitExceeded")
            return
        }
        #expect(error.kind == .costLimitExceeded)
    }

    private func declarations(_ variables: (String, CELType)...) -> CELDeclarations {
        var d = CELDeclarations()
        for (name, type) in variables { d.declare(name, type) }
        return d
    }
}
