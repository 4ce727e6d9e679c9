import Testing
@testable import AperturaExpressions

/// Programs evaluated in one `CELScope` (one reused context) give what each gives on its own activation.
@Suite struct ScopeTests {
    func declarations() -> CELDeclarations {
        var d = CELDeclarations()
        d.declare("xs", .list(.int))
        d.declare("n", .int)
        return d
    }

    @Test func aScopeGivesWhatAFreshActivationGives() throws {
        let d = declarations()
        let activation = CELActivation(slots: [.list([.int(1), .int(2), .int(3)]), .int(2)])
        let scope = CELScope(activation, locals: 0)
        // Nested comprehensions need more locals than the scope starts with: it makes room.
        let sources = ["xs.filter(x, x > n).size()", "xs.all(x, xs.exists(y, y == x))", "n * 10", "xs.map(x, x * n)", "1 / (n - 2)"]
        for source in sources {
            let program = try CELProgram.compile(source, declarations: d)
            #expect(program.evaluate(in: scope) == program.evaluate(activation), "\(source)")
        }
        #expect(try CELProgram.compile("xs.filter(x, x > n).size()", declarations: d).evaluate(in: scope) == .success(.int(1)))
    }

    @Test func aChangedSlotIsSeenByLaterEvaluations() throws {
        let d = declarations()
        let scope = CELScope(CELActivation(slots: [.list([]), .int(1)]))
        let program = try CELProgram.compile("n + 1", declarations: d)
        #expect(program.evaluate(in: scope) == .success(.int(2)))
        scope.update(slot: 1) { $0 = .int(41) }
        #expect(program.evaluate(in: scope) == .success(.int(42)))
        #expect(scope[slot: 1] == .int(41))
    }

    @Test func eachEvaluationHasItsOwnCostBudget() throws {
        let d = declarations()
        let scope = CELScope(CELActivation(slots: [.list((0..<50).map { .int($0) }), .int(0)]))
        let limits = CELLimits(maxSourceLength: 4096, maxDepth: 64, maxCost: 200)
        let program = try CELProgram.compile("xs.all(x, x >= 0)", declarations: d, limits: limits)
        // Spent anew each time: a budget carried over would run out by the tenth evaluation.
        for _ in 0..<10 { #expect(program.evaluate(in: scope) == .success(.bool(true))) }
    }

    @Test func tooFewSlotsIsAnError() throws {
        let program = try CELProgram.compile("n", declarations: declarations())
        guard case .failure = program.evaluate(in: CELScope(CELActivation(slots: [.null]))) else {
            Issue.record("a scope without the program's variables must fail")
            return
        }
    }
}
