import Testing
import TestSupport

@testable import AperturaExpressions

@Suite("Limits")
struct LimitsTests {
    @Test("10,000 nested parentheses fail cleanly")
    func deepParentheses() {
        let source = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        let error = compileError(source, limits: CELLimits(maxSourceLength: 100_000))
        #expect(error?.code == "expr_too_deep")
    }

    @Test("deep lists, unary chains and member chains fail cleanly")
    func otherNesting() {
        let limits = CELLimits(maxSourceLength: 100_000)
        #expect(compileError(String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000), limits: limits)?.code == "expr_too_deep")
        #expect(compileError(String(repeating: "!", count: 5_000) + "true", limits: limits)?.code == "expr_too_deep")
        #expect(compileError("1" + String(repeating: " + 1", count: 5_000), limits: limits)?.code == "expr_too_deep")
        #expect(compileError("[1]" + String(repeating: "[0]", count: 5_000), limits: limits)?.code == "expr_too_deep")
    }

    @Test("moderate nesting is accepted; long && chains stay shallow")
    func moderateNesting() throws {
        let parens = String(repeating: "(", count: 40) + "7" + String(repeating: ")", count: 40)
        #expect(try value(parens) == .int(7))
        let chain = Array(repeating: "true", count: 500).joined(separator: " && ")
        #expect(try value(chain) == .bool(true))
    }

    @Test("long source is rejected")
    func longSource() {
        let source = Array(repeating: "1", count: 3_000).joined(separator: "+")
        let error = compileError(source)
        #expect(error?.code == "expr_too_long")
        #expect(compileError("1 + 1", limits: CELLimits(maxSourceLength: 3))?.code == "expr_too_long")
    }

    @Test("a nested comprehension exceeds the cost budget instead of hanging")
    func costBudget() throws {
        let range = "[" + (0..<100).map(String.init).joined(separator: ",") + "]"
        let source = "\(range).all(a, \(range).all(b, \(range).all(c, \(range).all(d, true))))"
        let result = try evaluate(source, limits: CELLimits(maxCost: 100_000))
        guard case .failure(let error) = result else {
            Issue.record("expected costLimitExceeded")
            return
        }
        #expect(error.kind == .costLimitExceeded)
        // Within budget the same shape evaluates.
        #expect(try value("\(range).all(a, \(range).all(b, true))") == .bool(true))
    }
}

@Suite("Limits on growth")
struct GrowthTests {
    @Test("repeated doubling through bindings runs out of budget, not memory")
    func doubling() throws {
        var source = "x30"
        for i in (1...30).reversed() { source = "cel.bind(x\(i), x\(i - 1) + x\(i - 1), \(source))" }
        source = "cel.bind(x0, [1, 2], \(source))"
        let result = try evaluate(source, limits: CELLimits(maxDepth: 64, maxCost: 1_000_000))
        guard case .failure(let error) = result else {
            Issue.record("expected costLimitExceeded")
            return
        }
        #expect(error.kind == .costLimitExceeded)
    }

    @Test("garbage input never traps")
    func garbage() {
        var generator = TestRandom(seed: 20_251_122)  // fixed seed: the same inputs on every run
        let alphabet = Array("()[]{}.,:?!<>=&|+-*/%'\"`\\ab01xu9eE_ \n\tin".unicodeScalars)
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0..<40, using: &generator) {
                text.unicodeScalars.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)])
            }
            _ = try? evaluate(text)
        }
    }
}
