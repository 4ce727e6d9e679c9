/// A pattern compiled to a Thompson automaton: instructions that consume one scalar, forks and jumps
/// that consume none. Run by `RegexProgram.matches`, in time proportional to text × program, never
/// exponential as a backtracking engine can be.
struct RegexProgram: Sendable {
    enum Instruction: Sendable {
        case scalar(Unicode.Scalar)
        /// Any scalar whose case-folding key is this one.
        case foldedScalar(Unicode.Scalar)
        case set(ScalarSet, foldCase: Bool)
        case any
        case anyButNewline
        case assertion(RegexAssertion)
        /// Go on at both targets.
        case fork(Int, Int)
        case jump(Int)
        case match
    }

    /// Beyond this many instructions a pattern is refused (RE2 bounds its programs too): `(a{1000}){1000}`
    /// would otherwise expand to a million.
    static let maxInstructions = 20_000

    private(set) var instructions: [Instruction] = []

    init(_ node: RegexNode) throws(RegexSyntaxError) {
        try emit(node)
        try append(.match)
    }

    private mutating func append(_ instruction: Instruction) throws(RegexSyntaxError) {
        guard instructions.count < Self.maxInstructions else {
            throw RegexSyntaxError("la expresión regular es demasiado grande una vez expandidas sus repeticiones",
                                   "the regular expression is too large once its repetitions are expanded", at: 0)
        }
        instructions.append(instruction)
    }

    /// Appends a fork or jump whose targets are patched later.
    private mutating func placeholder() throws(RegexSyntaxError) -> Int {
        try append(.jump(-1))
        return instructions.count - 1
    }

    private mutating func emit(_ node: RegexNode) throws(RegexSyntaxError) {
        switch node {
        case .empty: break
        case .scalar(let s, let fold):
            try append(fold && !CaseFolding.variants(of: s).isEmpty ? .foldedScalar(CaseFolding.key(s)) : .scalar(s))
        case .set(let set, let fold): try append(.set(set, foldCase: fold))
        case .any(let newline): try append(newline ? .any : .anyButNewline)
        case .assertion(let a): try append(.assertion(a))
        case .concat(let items): for item in items { try emit(item) }
        case .alternate(let branches):
            // fork(b1, next) b1 jump(end) fork(b2, next) b2 jump(end) ... bn
            var exits: [Int] = []
            for (index, branch) in branches.enumerated() {
                if index == branches.count - 1 {
                    try emit(branch)
                    break
                }
                let fork = try placeholder()
                try emit(branch)
                exits.append(try placeholder())
                instructions[fork] = .fork(fork + 1, instructions.count)
            }
            for exit in exits { instructions[exit] = .jump(instructions.count) }
        case .repetition(let body, let min, let max):
            for _ in 0..<min { try emit(body) }
            if let max {
                // Each optional copy may be skipped to the end.
                var skips: [Int] = []
                for _ in min..<max {
                    skips.append(try placeholder())
                    try emit(body)
                }
                for skip in skips { instructions[skip] = .fork(skip + 1, instructions.count) }
            } else {
                // loop: fork(body, end) body jump(loop)
                let loop = try placeholder()
                try emit(body)
                try append(.jump(loop))
                instructions[loop] = .fork(loop + 1, instructions.count)
            }
        }
    }
}
