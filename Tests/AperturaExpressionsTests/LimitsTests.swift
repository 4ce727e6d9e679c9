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

    @Test("replace and join charge what they would build, before building it")
    func multiplyingFunctions() throws {
        // Each replace multiplies the size by 9: nine calls would build gigabytes (found by fuzzing).
        let replace = "'ab'" + String(repeating: ".replace('', 'abcdefgh')", count: 9) + ".size()"
        // Each join of four copies multiplies the size by 4.
        var join = "'abcdefghijklmnop'"
        for i in 1...14 { join = "cel.bind(j\(i), \(join), [j\(i), j\(i), j\(i), j\(i)].join())" }
        for source in [replace, join] {
            guard case .failure(let error) = try evaluate(source) else {
                Issue.record("expected costLimitExceeded: \(source)")
                continue
            }
            #expect(error.kind == .costLimitExceeded)
        }
        // Within budget they still work, and the compiler still folds constant calls.
        #expect(try value("'a-b-c'.replace('-', ', ')") == .string("a, b, c"))
        #expect(try value("'abc'.replace('', '.', 2)") == .string(".a.bc"))
        #expect(try value("['a', 'b'].join('--')") == .string("a--b"))
    }

    @Test("substring search is linear: a long, almost matching needle does not hang")
    func substringSearch() throws {
        let hay = CELValue.string(String(repeating: "a", count: 200_000))
        let needle = CELValue.string(String(repeating: "a", count: 100_000) + "b")
        let variables: [(String, CELType, CELValue)] = [("s", .string, hay), ("n", .string, needle)]
        #expect(try evaluate("s.contains(n)", variables) == .success(.bool(false)))
        #expect(try evaluate("s.indexOf(n)", variables) == .success(.int(-1)))
        #expect(try evaluate("s.lastIndexOf(n)", variables) == .success(.int(-1)))
        #expect(try evaluate("s.split(n).size()", variables) == .success(.int(1)))
        #expect(try evaluate("(s + 'b').indexOf(n)", variables) == .success(.int(100_000)))
        #expect(try evaluate("('b' + s).lastIndexOf(n)", variables) == .success(.int(-1)))
        // The search still finds what it should, overlapping prefixes included.
        #expect(try value("'aabaabaaab'.indexOf('aaab')") == .int(6))
        #expect(try value("'abcabc'.lastIndexOf('bc')") == .int(4))
        #expect(try value("'abcabc'.lastIndexOf('bc', 3)") == .int(1))
        #expect(try value("'abcabc'.lastIndexOf('abc', 0)") == .int(0))
        #expect(try value("'aaa'.lastIndexOf('aa')") == .int(1))
        #expect(try value("'abc'.contains('bd')") == .bool(false))
        #expect(try value("'hello mellow'.contains('llow')") == .bool(true))
    }

    @Test("a regular expression runs in linear time: nested quantifiers do not hang, long texts are scanned")
    func linearRegularExpressions() throws {
        // A backtracking engine takes 2^40 steps for (a+)+$ on 40 a's and a '!'; RE2's automaton, 41 × 8.
        let text = CELValue.string(String(repeating: "a", count: 40) + "!")
        for source in ["s.matches('(a+)+$')", "s.matches(p)"] {
            #expect(try evaluate(source, [("s", .string, text), ("p", .string, .string("(a+)+$"))]) == .success(.bool(false)))
        }
        // A long text is scanned to the end, matching or not, within the cost budget.
        let long = CELValue.string(String(repeating: "abcdefghij ", count: 100_000) + "x@y.mx")
        #expect(try evaluate("s.matches('[a-z]+@[a-z]+[.]mx$')", [("s", .string, long)]) == .success(.bool(true)))
        #expect(try evaluate("s.matches('[a-z]+@[a-z]+[.]org')", [("s", .string, long)]) == .success(.bool(false)))
        #expect(try value("'aaa!'.matches('^(a+)+$')") == .bool(false))
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
