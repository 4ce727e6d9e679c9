import Testing

@testable import AperturaExpressions

/// CEL types `_?_:_` as (bool, A, A) -> A: branches of different known types are a compile error.
@Suite("Conditional branch types")
struct ConditionalTypeTests {
    static let declarations: CELDeclarations = {
        var d = CELDeclarations()
        d.declare("x", .int)
        d.declare("s", .string)
        d.declare("d", .dyn)
        return d
    }()

    @Test("int and string branches are a type mismatch that names both types")
    func intAndString() throws {
        let error = try #require(compileError("x > 0 ? x : 'cero'", declarations: Self.declarations))
        #expect(error.code == "expr_type_mismatch")
        #expect(error.message.es == "las ramas de «?:» dan tipos distintos: int y string")
        #expect(error.message.en == "the branches of '?:' give different types: int and string")
        #expect(error.help != nil)
    }

    @Test("dyn, null and lists of dyn elements join any branch", arguments: [
        "x > 0 ? x : d", "x > 0 ? d : s", "x > 0 ? null : x", "x > 0 ? s : null",
        "x > 0 ? [x] : []", "x > 0 ? {'a': x} : {}", "x > 0 ? x : 0", "x > 0 ? [x] : [1]",
    ])
    func joined(source: String) {
        #expect(compileError(source, declarations: Self.declarations) == nil)
    }

    @Test("unchecked compilation leaves mixed branches to run time")
    func unchecked() throws {
        let program = try CELProgram.compile("true ? 'cows' : 17", declarations: CELDeclarations(), checked: false)
        guard case .success(.string(let text)) = program.evaluate(CELActivation(slots: [])) else {
            Issue.record("expected a string")
            return
        }
        #expect(text == "cows")
    }
}
