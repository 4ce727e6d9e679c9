import Testing

@testable import AperturaExpressions

@Suite("Compile-time errors")
struct CompileErrorTests {
    static let declarations: CELDeclarations = {
        var d = CELDeclarations()
        d.declare("x", .int)
        d.declare("s", .string)
        return d
    }()

    /// source, code, offset, line, column
    static let cases: [(String, String, Int, Int, Int)] = [
        ("y + 1", "expr_undeclared_reference", 0, 1, 1),
        ("x + y", "expr_undeclared_reference", 4, 1, 5),
        ("x +\n  zz", "expr_undeclared_reference", 6, 2, 3),
        ("'ñandú' + q", "expr_undeclared_reference", 12, 1, 11),
        ("frob(x)", "expr_unknown_function", 0, 1, 1),
        ("s.frob()", "expr_unknown_function", 1, 1, 2),
        ("'a' + 1", "expr_type_mismatch", 4, 1, 5),
        ("x && true", "expr_type_mismatch", 2, 1, 3),
        ("s - s", "expr_type_mismatch", 2, 1, 3),
        ("x.f", "expr_type_mismatch", 1, 1, 2),
        ("s == 1", "expr_type_mismatch", 2, 1, 3),
        ("x in ['a', 'b']", "expr_type_mismatch", 2, 1, 3),
        ("[x] == ['a']", "expr_type_mismatch", 4, 1, 5),
        ("x +", "expr_syntax_error", 3, 1, 4),
        ("(x", "expr_syntax_error", 2, 1, 3),
        ("x\n +\n )", "expr_syntax_error", 6, 3, 2),
        // A double literal past the largest double would be infinity: rejected, as CEL does.
        ("x > 0 || 1e999 > 2.0", "expr_syntax_error", 9, 1, 10),
        ("-1.5e400", "expr_syntax_error", 1, 1, 2),
        // The branches of `?:` must share a type, reported at the `?`: int and string, int and double.
        ("x > 0 ? x : s", "expr_type_mismatch", 6, 1, 7),
        ("true ? 1 : 2.0", "expr_type_mismatch", 5, 1, 6),
        ("x > 0 ? true : [x]", "expr_type_mismatch", 6, 1, 7),
    ]

    @Test("code and position", arguments: cases)
    func position(source: String, code: String, offset: Int, line: Int, column: Int) throws {
        let error = try #require(compileError(source, declarations: Self.declarations))
        #expect(error.code == code)
        #expect(error.offset == offset)
        #expect(error.line == line)
        #expect(error.column == column)
        #expect(!error.message.es.isEmpty)
        #expect(error.message.isTranslated)
    }

    @Test("mixed-number arithmetic explains the explicit conversion")
    func mixedNumbers() throws {
        let error = try #require(compileError("x / 2.0", declarations: Self.declarations))
        #expect(error.code == "expr_type_mismatch")
        #expect(error.help?.en?.contains("double(x)") == true)
    }

    @Test("a known function with the wrong number of arguments says how many it takes, not 'did you mean' itself")
    func wrongArity() throws {
        let receiver = try #require(compileError("[1, 2].sum(0)"))
        #expect(receiver.code == "expr_unknown_function")
        #expect(receiver.message.es == "«sum» no acepta 1 argumento")
        #expect(receiver.help?.es == "«sum» con receptor acepta 0 argumentos")
        #expect(receiver.column == 7)
        let global = try #require(compileError("size('a', 'b')"))
        #expect(global.message.en == "'size' does not take 2 arguments")
        #expect(global.help?.en == "'size' without a receiver takes 1 argument")
        let join = try #require(compileError("['a'].join('-', 'x')"))
        #expect(join.help?.es == "«join» con receptor acepta 0 o 1 argumentos")
        let greatest = try #require(compileError("math.greatest()"))
        #expect(greatest.help?.en == "'math.greatest' without a receiver takes 1 or more arguments")
    }

    @Test("an unknown function's argument count agrees with its noun", arguments: [
        ("foo()", "con 0 argumentos", "with 0 arguments"), ("foo(1)", "con 1 argumento", "with 1 argument"),
        ("foo(1, 2)", "con 2 argumentos", "with 2 arguments"),
    ])
    func unknownFunctionCount(_ expression: String, _ spanish: String, _ english: String) throws {
        let error = try #require(compileError(expression))
        #expect(error.message.es == "función desconocida: «foo» \(spanish)")
        #expect(error.message.en == "unknown function: 'foo' \(english)")
    }

    @Test("dyn is accepted where the type is unsure")
    func dynAccepted() throws {
        var d = CELDeclarations()
        d.declare("v", .dyn)
        #expect(compileError("v + 1", declarations: d) == nil)
        #expect(compileError("v.anything && v[0] > 2", declarations: d) == nil)
        #expect(compileError("v == 'a' && 1 == 1.0 && 2u == 2 && null == 'a' && v in ['a']", declarations: d) == nil)
    }

    @Test("unchecked compilation defers names and functions to run time")
    func unchecked() throws {
        let program = try CELProgram.compile("nope || true", declarations: CELDeclarations(), checked: false)
        #expect(try program.evaluate(CELActivation(slots: [])).get() == .bool(true))
        let unbound = try CELProgram.compile("f(1)", declarations: CELDeclarations(), checked: false)
        guard case .failure(let e) = unbound.evaluate(CELActivation(slots: [])) else {
            Issue.record("expected a failure")
            return
        }
        #expect(e.kind == .unknownFunction("f"))
    }

    @Test("result type and referenced variables")
    func metadata() throws {
        var d = CELDeclarations()
        d.declare("a", .int)
        d.declare("b", .string)
        d.declare("c", .list(.double))
        let p = try CELProgram.compile("c.map(v, v * 2.0).size() > a", declarations: d)
        #expect(p.resultType == .bool)
        #expect(p.referencedVariables == ["a", "c"])
        #expect(try CELProgram.compile("c[0]", declarations: d).resultType == .double)
        #expect(try CELProgram.compile("b + 'x'", declarations: d).resultType == .string)
    }
}
