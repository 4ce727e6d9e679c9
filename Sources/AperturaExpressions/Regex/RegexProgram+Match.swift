extension RegexProgram {
    /// Whether the pattern matches somewhere in `text` (RE2's unanchored search, which CEL's `matches` is).
    /// A breadth-first simulation: all the automaton's live states advance together, one scalar at a time.
    func matches(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var current = StateList(capacity: instructions.count)
        var next = StateList(capacity: instructions.count)
        var stack: [Int] = []
        for position in 0...scalars.count {
            let previous = position > 0 ? scalars[position - 1] : nil
            let following = position < scalars.count ? scalars[position] : nil
            // A match may start at any position: the start state joins the live ones at each.
            if addClosure(of: 0, to: &current, previous: previous, next: following, stack: &stack) { return true }
            guard let scalar = following else { break }
            next.clear()
            for pc in current.states where consumes(instructions[pc], scalar) {
                if addClosure(of: pc + 1, to: &next, previous: scalar, next: position + 1 < scalars.count ? scalars[position + 1] : nil, stack: &stack) {
                    return true
                }
            }
            swap(&current, &next)
        }
        return false
    }

    private func consumes(_ instruction: Instruction, _ scalar: Unicode.Scalar) -> Bool {
        switch instruction {
        case .scalar(let s): s == scalar
        case .foldedScalar(let key): CaseFolding.key(scalar) == key
        case .set(let set, let fold): set.contains(scalar, foldCase: fold)
        case .any: true
        case .anyButNewline: scalar != "\n"
        case .assertion, .fork, .jump, .match: false
        }
    }

    /// Adds the states reachable from `pc` without consuming a scalar; true when one of them is the match.
    private func addClosure(
        of pc: Int, to list: inout StateList, previous: Unicode.Scalar?, next: Unicode.Scalar?, stack: inout [Int]
    ) -> Bool {
        stack.append(pc)
        while let pc = stack.popLast() {
            guard list.insert(pc) else { continue }
            switch instructions[pc] {
            case .match:
                stack.removeAll(keepingCapacity: true)
                return true
            case .jump(let target): stack.append(target)
            case .fork(let first, let second):
                stack.append(second)
                stack.append(first)
            case .assertion(let assertion):
                if assertion.holds(previous: previous, next: next) { stack.append(pc + 1) }
            case .scalar, .foldedScalar, .set, .any, .anyButNewline: break
            }
        }
        return false
    }
}

/// The live states of the automaton at one position: a sparse set, cleared in constant time.
struct StateList {
    private(set) var states: [Int] = []
    private var index: [Int]

    init(capacity: Int) {
        index = Array(repeating: 0, count: capacity)
        states.reserveCapacity(capacity)
    }

    /// Adds `pc`; false when it was already there.
    mutating func insert(_ pc: Int) -> Bool {
        let slot = index[pc]
        if slot < states.count && states[slot] == pc { return false }
        index[pc] = states.count
        states.append(pc)
        return true
    }

    mutating func clear() { states.removeAll(keepingCapacity: true) }
}
