import AperturaSource

/// A recursive-descent parser for CEL's grammar, with macro expansion.
///
/// Recursion happens only where the source nests (parentheses, brackets, calls, the
/// conditional, unary operators), and every such step is counted against `maxDepth` before
/// recursing, so hostile input fails cleanly instead of overflowing the stack. Left-associative
/// operator chains are built by loops; their length also counts toward the depth because
/// compiling and evaluating the resulting tree recurses along it.
struct Parser {
    private var lexer: Lexer
    private var token: Token
    private var depth = 0
    private let maxDepth: Int
    private let macros: Bool

    init(bytes: [UInt8], maxDepth: Int, macros: Bool) throws(PendingCompileError) {
        self.lexer = Lexer(bytes: bytes)
        self.token = Token(kind: .end, offset: 0)
        self.maxDepth = maxDepth
        self.macros = macros
        try advance()
    }

    /// Parses the whole source as one expression.
    mutating func parseAll() throws(PendingCompileError) -> Expr {
        let e = try parseExpr()
        guard case .end = token.kind else {
            throw error("se esperaba el final de la expresión", "expected end of expression", token.offset)
        }
        return e
    }

    private mutating func advance() throws(PendingCompileError) {
        token = try lexer.next()
    }

    private func error(_ es: String, _ en: String, _ offset: Int) -> PendingCompileError {
        PendingCompileError(code: CELCompileError.syntaxError, message: LocalizedText(es: es, en: en), offset: offset)
    }

    private func isPunct(_ p: Token.Punct) -> Bool {
        if case .punct(let q) = token.kind { return q == p }
        return false
    }

    private mutating func accept(_ p: Token.Punct) throws(PendingCompileError) -> Bool {
        guard isPunct(p) else { return false }
        try advance()
        return true
    }

    private mutating func expect(_ p: Token.Punct) throws(PendingCompileError) {
        guard isPunct(p) else {
            throw error("se esperaba '\(p.rawValue)'", "expected '\(p.rawValue)'", token.offset)
        }
        try advance()
    }

    private mutating func enter(_ offset: Int, by amount: Int = 1) throws(PendingCompileError) {
        depth += amount
        if depth > maxDepth {
            throw PendingCompileError(
                code: CELCompileError.tooDeep,
                message: LocalizedText(
                    es: "la expresión anida más de \(maxDepth) niveles",
                    en: "expression nests deeper than \(maxDepth) levels"),
                offset: offset)
        }
    }

    private mutating func parseExpr() throws(PendingCompileError) -> Expr {
        try enter(token.offset)
        defer { depth -= 1 }
        let condition = try parseBinary(level: 0)
        guard isPunct(.question) else { return condition }
        let offset = token.offset
        try advance()
        let whenTrue = try parseBinary(level: 0)
        try expect(.colon)
        let whenFalse = try parseExpr()
        return Expr(kind: .call("_?_:_", target: nil, args: [condition, whenTrue, whenFalse]), offset: offset)
    }

    /// Binary operator levels, loosest first.
    private static let levels: [[Token.Punct: String]] = [
        [.or: "_||_"],
        [.and: "_&&_"],
        [.eq: "_==_", .ne: "_!=_", .lt: "_<_", .le: "_<=_", .gt: "_>_", .ge: "_>=_", .in: "@in"],
        [.plus: "_+_", .minus: "_-_"],
        [.star: "_*_", .slash: "_/_", .percent: "_%_"],
    ]

    private mutating func parseBinary(level: Int) throws(PendingCompileError) -> Expr {
        guard level < Self.levels.count else { return try parseUnary() }
        var operands = [try parseBinary(level: level + 1)]
        var operators: [(String, Int)] = []
        while case .punct(let p) = token.kind, let name = Self.levels[level][p] {
            operators.append((name, token.offset))
            try advance()
            operands.append(try parseBinary(level: level + 1))
        }
        if operators.isEmpty { return operands[0] }
        if level <= 1 {
            // && and || are associative and commutative in CEL: a balanced tree keeps long
            // chains shallow while preserving left-to-right evaluation.
            try enter(operators[0].1, by: Self.log2(operands.count))
            depth -= Self.log2(operands.count)
            return balance(operands[...], operators[...])
        }
        try enter(operators[0].1, by: operators.count)
        depth -= operators.count
        var result = operands[0]
        for (i, op) in operators.enumerated() {
            result = Expr(kind: .call(op.0, target: nil, args: [result, operands[i + 1]]), offset: op.1)
        }
        return result
    }

    private static func log2(_ n: Int) -> Int {
        var v = 1
        var d = 0
        while v < n {
            v *= 2
            d += 1
        }
        return d
    }

    private func balance(_ operands: ArraySlice<Expr>, _ operators: ArraySlice<(String, Int)>) -> Expr {
        if operands.count == 1 { return operands[operands.startIndex] }
        let mid = operators.startIndex + operators.count / 2
        let split = operands.startIndex + (mid - operators.startIndex) + 1
        let left = balance(operands[operands.startIndex..<split], operators[operators.startIndex..<mid])
        let right = balance(operands[split...], operators[(mid + 1)...])
        let op = operators[mid]
        return Expr(kind: .call(op.0, target: nil, args: [left, right]), offset: op.1)
    }

    private mutating func parseUnary() throws(PendingCompileError) -> Expr {
        if isPunct(.not) || isPunct(.minus) {
            let isNot = isPunct(.not)
            var offsets: [Int] = []
            while isNot ? isPunct(.not) : isPunct(.minus) {
                offsets.append(token.offset)
                try advance()
            }
            try enter(offsets[0], by: offsets.count)
            defer { depth -= offsets.count }
            var operand: Expr
            if !isNot, case .int(let magnitude) = token.kind {
                // Fold `-<int literal>` so that -9223372036854775808 is representable.
                let offset = offsets.removeLast()
                try advance()
                let value: Int64 = magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
                operand = try parseMemberSuffix(Expr(kind: .literal(.int(value)), offset: offset))
            } else if !isNot, case .double(let d) = token.kind {
                let offset = offsets.removeLast()
                try advance()
                operand = try parseMemberSuffix(Expr(kind: .literal(.double(-d)), offset: offset))
            } else {
                operand = try parseMember()
            }
            for offset in offsets.reversed() {
                operand = Expr(kind: .call(isNot ? "!_" : "-_", target: nil, args: [operand]), offset: offset)
            }
            return operand
        }
        return try parseMember()
    }

    private mutating func parseMember() throws(PendingCompileError) -> Expr {
        try parseMemberSuffix(try parsePrimary())
    }

    private mutating func parseMemberSuffix(_ start: Expr) throws(PendingCompileError) -> Expr {
        var e = start
        var chain = 0
        defer { depth -= chain }
        while true {
            if isPunct(.dot) {
                let offset = token.offset
                try advance()
                let name: String
                let fieldOffset = token.offset
                switch token.kind {
                case .identifier(let n): name = n
                case .quotedIdentifier(let n): name = n
                default: throw error("se esperaba un nombre de campo", "expected a field name", token.offset)
                }
                let quoted: Bool = if case .quotedIdentifier = token.kind { true } else { false }
                try advance()
                chain += 1
                try enter(offset)
                if !quoted, isPunct(.lparen) {
                    try advance()
                    let args = try parseList(until: .rparen)
                    e = try expandReceiverCall(name, target: e, args: args, offset: offset)
                } else {
                    e = Expr(kind: .select(e, name, testOnly: false), offset: offset, fieldOffset: fieldOffset)
                }
            } else if isPunct(.lbracket) {
                let offset = token.offset
                try advance()
                chain += 1
                try enter(offset)
                let index = try parseExpr()
                try expect(.rbracket)
                e = Expr(kind: .call("_[_]", target: nil, args: [e, index]), offset: offset)
            } else {
                return e
            }
        }
    }

    private mutating func parseList(until close: Token.Punct) throws(PendingCompileError) -> [Expr] {
        var items: [Expr] = []
        if try accept(close) { return items }
        while true {
            items.append(try parseExpr())
            if try accept(close) { return items }
            try expect(.comma)
            if close == .rbracket, try accept(close) { return items }
        }
    }

    private mutating func parsePrimary() throws(PendingCompileError) -> Expr {
        let offset = token.offset
        switch token.kind {
        case .int(let v):
            try advance()
            guard v <= UInt64(Int64.max) else {
                throw error("entero fuera de rango", "integer literal out of range", offset)
            }
            return Expr(kind: .literal(.int(Int64(v))), offset: offset)
        case .uint(let v):
            try advance()
            return Expr(kind: .literal(.uint(v)), offset: offset)
        case .double(let v):
            try advance()
            return Expr(kind: .literal(.double(v)), offset: offset)
        case .string(let v):
            try advance()
            return Expr(kind: .literal(.string(v)), offset: offset)
        case .bytes(let v):
            try advance()
            return Expr(kind: .literal(.bytes(v)), offset: offset)
        case .identifier(let name):
            try advance()
            return try parseIdentifier(name, rooted: false, offset: offset)
        case .punct(.dot):
            try advance()
            guard case .identifier(let name) = token.kind else {
                throw error("se esperaba un identificador", "expected an identifier", token.offset)
            }
            try advance()
            return try parseIdentifier(name, rooted: true, offset: offset)
        case .punct(.lparen):
            try advance()
            let e = try parseExpr()
            try expect(.rparen)
            return e
        case .punct(.lbracket):
            try advance()
            try enter(offset)
            defer { depth -= 1 }
            return Expr(kind: .list(try parseList(until: .rbracket)), offset: offset)
        case .punct(.lbrace):
            try advance()
            try enter(offset)
            defer { depth -= 1 }
            var entries: [(Expr, Expr)] = []
            while !isPunct(.rbrace) {
                let key = try parseExpr()
                try expect(.colon)
                let value = try parseExpr()
                entries.append((key, value))
                if !(try accept(.comma)) { break }
            }
            try expect(.rbrace)
            return Expr(kind: .map(entries), offset: offset)
        case .end:
            throw error("expresión incompleta", "unexpected end of expression", offset)
        default:
            throw error("símbolo inesperado", "unexpected token", offset)
        }
    }

    private mutating func parseIdentifier(_ name: String, rooted: Bool, offset: Int) throws(PendingCompileError) -> Expr {
        switch name {
        case "true" where !rooted: return Expr(kind: .literal(.bool(true)), offset: offset)
        case "false" where !rooted: return Expr(kind: .literal(.bool(false)), offset: offset)
        case "null" where !rooted: return Expr(kind: .literal(.null), offset: offset)
        default: break
        }
        if Lexer.reserved.contains(name) {
            throw error("'\(name)' es una palabra reservada", "'\(name)' is a reserved word", offset)
        }
        if isPunct(.lparen) {
            try advance()
            try enter(offset)
            defer { depth -= 1 }
            let args = try parseList(until: .rparen)
            if macros, !rooted, name == "has" {
                guard args.count == 1, case .select(let operand, let field, _) = args[0].kind else {
                    throw error("has() requiere una selección de campo", "has() requires a field selection", offset)
                }
                return Expr(kind: .select(operand, field, testOnly: true), offset: args[0].offset, fieldOffset: args[0].fieldOffset)
            }
            return Expr(kind: .call(name, target: nil, args: args), offset: offset)
        }
        if isPunct(.lbrace) {
            throw error(
                "la construcción de mensajes no está soportada", "message construction is not supported", offset)
        }
        return Expr(kind: .ident(name, rooted: rooted), offset: offset)
    }

    private func variableName(_ e: Expr) throws(PendingCompileError) -> String {
        guard case .ident(let name, rooted: false) = e.kind else {
            throw error("se esperaba el nombre de una variable", "expected a variable name", e.offset)
        }
        return name
    }

    private mutating func expandReceiverCall(_ name: String, target: Expr, args: [Expr], offset: Int) throws(PendingCompileError) -> Expr {
        guard macros else { return Expr(kind: .call(name, target: target, args: args), offset: offset) }
        func make(_ kind: Comprehension.Kind, _ v: String, _ v2: String?, filter: Expr? = nil, _ body: Expr) -> Expr {
            Expr(kind: .comprehension(Comprehension(kind: kind, variable: v, valueVariable: v2, range: target, filter: filter, body: body)), offset: offset)
        }
        switch (name, args.count) {
        case ("all", 2), ("exists", 2), ("exists_one", 2), ("existsOne", 2), ("filter", 2), ("map", 2):
            let kinds: [String: Comprehension.Kind] = [
                "all": .all, "exists": .exists, "exists_one": .existsOne, "existsOne": .existsOne, "filter": .filter, "map": .map,
            ]
            return make(kinds[name]!, try variableName(args[0]), nil, args[1])
        case ("map", 3):
            return make(.map, try variableName(args[0]), nil, filter: args[1], args[2])
        case ("all", 3), ("exists", 3), ("existsOne", 3), ("exists_one", 3), ("transformList", 3), ("transformMap", 3):
            let kinds: [String: Comprehension.Kind] = [
                "all": .all, "exists": .exists, "existsOne": .existsOne, "exists_one": .existsOne,
                "transformList": .map, "transformMap": .transformMap,
            ]
            return make(kinds[name]!, try variableName(args[0]), try variableName(args[1]), args[2])
        case ("transformList", 4), ("transformMap", 4):
            return make(name == "transformList" ? .map : .transformMap, try variableName(args[0]), try variableName(args[1]), filter: args[2], args[3])
        case ("index", 1), ("iterVar", 2), ("accuVar", 2):
            // cel.block's generated names: cel.index(0), cel.iterVar(0, 1), cel.accuVar(0, 1).
            guard case .ident("cel", rooted: false) = target.kind else { break }
            var numbers: [String] = []
            for arg in args {
                guard case .literal(.int(let n)) = arg.kind, n >= 0 else {
                    throw error("se esperaba un entero no negativo", "expected a non-negative integer literal", arg.offset)
                }
                numbers.append(String(n))
            }
            return Expr(kind: .ident("@\(name):" + numbers.joined(separator: ":"), rooted: false), offset: offset)
        case ("block", 2):
            // cel.block([e0, e1, ...], body) binds cel.index(i) to ei in order, then evaluates body.
            guard case .ident("cel", rooted: false) = target.kind else { break }
            guard case .list(let bindings) = args[0].kind else {
                throw error("cel.block requiere una lista literal", "cel.block requires a list literal", args[0].offset)
            }
            // The bindings nest one inside the other, so they count toward the depth limit.
            try enter(offset, by: bindings.count)
            depth -= bindings.count
            var body = args[1]
            for (i, binding) in bindings.enumerated().reversed() {
                let c = Comprehension(kind: .bind, variable: "@index:\(i)", valueVariable: nil, range: binding, filter: nil, body: body)
                body = Expr(kind: .comprehension(c), offset: offset)
            }
            return body
        case ("bind", 3):
            if case .ident("cel", rooted: false) = target.kind {
                let c = Comprehension(kind: .bind, variable: try variableName(args[0]), valueVariable: nil, range: args[1], filter: nil, body: args[2])
                return Expr(kind: .comprehension(c), offset: offset)
            }
            return Expr(kind: .call(name, target: target, args: args), offset: offset)
        default:
            break
        }
        return Expr(kind: .call(name, target: target, args: args), offset: offset)
    }
}
