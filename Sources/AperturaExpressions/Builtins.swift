/// The standard functions and operators, with their static result types.
///
/// Each builtin dispatches on the runtime kinds of its arguments (CEL overloads), so a single
/// closure per call site suffices. `resultType` is consulted by the checker only when every
/// argument type is known; it returns nil when no overload accepts those types.
struct Builtin: Sendable {
    typealias Unary = @Sendable (CELValue, Int) throws(CELEvaluationError) -> CELValue
    typealias Binary = @Sendable (CELValue, CELValue, Int) throws(CELEvaluationError) -> CELValue

    typealias Nary = @Sendable ([CELValue], Int) throws(CELEvaluationError) -> CELValue

    var unary: Unary?
    var binary: Binary?
    /// For extension functions: any arity in `arities` (a receiver counts as the first argument).
    var nary: Nary?
    var arities: ClosedRange<Int> = 0...0
    var resultType: @Sendable ([CELType]) -> CELType?
    /// For extension functions whose result can be many times larger than their arguments (`join`,
    /// `replace`): the UTF-8 size of the result, worked out from the arguments without building it, so
    /// that the call charges it before allocating. Other extension functions are charged the size of
    /// their result once built.
    var resultSize: (@Sendable ([CELValue]) -> Int)?
    /// For extension functions that walk a list (`sum`): the steps charged before the call, one per
    /// item, as a comprehension iteration is charged.
    var inputCost: (@Sendable ([CELValue]) -> Int)?
    /// For extension functions whose behaviour depends on the argument types the checker knows
    /// (the zero of an empty `sum`): the implementation for those types, or nil for `nary`.
    var specialized: (@Sendable ([CELType]) -> Nary?)?

    init(unary: Unary? = nil, binary: Binary? = nil, resultType: @escaping @Sendable ([CELType]) -> CELType?) {
        self.unary = unary
        self.binary = binary
        self.resultType = resultType
    }

    init(arities: ClosedRange<Int>, result: CELType = .dyn, _ nary: @escaping Nary) {
        self.nary = nary
        self.arities = arities
        self.resultType = { _ in result }
    }

    func accepts(arity: Int) -> Bool {
        (arity == 1 && unary != nil) || (arity == 2 && binary != nil) || (nary != nil && arities.contains(arity))
    }

    static func lookup(_ name: String) -> Builtin? { table[name] }

    /// Every function name, for "did you mean" suggestions.
    static var names: [String] { Array(table.keys).sorted() }

    private static func isNumeric(_ t: CELType) -> Bool {
        switch t {
        case .int, .uint, .double: true
        default: false
        }
    }

    /// Result types of an arithmetic operator, from (left, right) pairs.
    private static func arithmetic(_ pairs: [(CELType, CELType, CELType)], lists: Bool = false) -> @Sendable ([CELType]) -> CELType? {
        let table = pairs.map { [$0.0, $0.1, $0.2] }
        return { args in
            if lists, case .list(let a) = args[0], case .list(let b) = args[1] {
                return .list(a == b ? a : .dyn)
            }
            for row in table where row[0] == args[0] && row[1] == args[1] { return row[2] }
            return nil
        }
    }

    private static let numericPairs: [(CELType, CELType, CELType)] = [(.int, .int, .int), (.uint, .uint, .uint), (.double, .double, .double)]

    private static func ordering(_ args: [CELType]) -> CELType? {
        if isNumeric(args[0]) && isNumeric(args[1]) { return .bool }
        switch (args[0], args[1]) {
        case (.string, .string), (.bytes, .bytes), (.bool, .bool), (.timestamp, .timestamp), (.duration, .duration):
            return .bool
        default: return nil
        }
    }

    /// `==` and `!=` always evaluate, but comparing values that can never be equal (a string
    /// with a number, a bool with a list) is almost surely a mistake in a rule, so the checker
    /// rejects it when both types are known. Numbers compare across int, uint and double, and
    /// anything may be compared with null.
    private static func equality(_ args: [CELType]) -> CELType? {
        comparable(args[0], args[1]) ? .bool : nil
    }

    private static func comparable(_ a: CELType, _ b: CELType) -> Bool {
        if a == b || isNumeric(a) && isNumeric(b) { return true }
        switch (a, b) {
        case (.dyn, _), (_, .dyn), (.null, _), (_, .null): return true
        case (.list(let x), .list(let y)): return comparable(x, y)
        case (.map(let k1, let v1), .map(let k2, let v2)): return comparable(k1, k2) && comparable(v1, v2)
        default: return false
        }
    }

    private static func comparison(_ name: String, _ test: @escaping @Sendable (Int) -> Bool) -> Builtin {
        Builtin(
            binary: { a, b, at throws(CELEvaluationError) in
                guard let c = try Comparison.compare(a, b, name, at) else { return .bool(false) }
                return .bool(test(c))
            },
            resultType: ordering)
    }

    private static func conversion(_ result: CELType, _ f: @escaping Unary) -> Builtin {
        Builtin(unary: f, resultType: { _ in result })
    }

    private static func stringPredicate(_ f: @escaping Binary) -> Builtin {
        Builtin(binary: f, resultType: { args in args == [.string, .string] ? .bool : nil })
    }

    private static let table: [String: Builtin] = {
        var t: [String: Builtin] = [:]
        t["_+_"] = Builtin(
            binary: Arithmetic.add,
            resultType: arithmetic(
                numericPairs + [
                    (.string, .string, .string), (.bytes, .bytes, .bytes), (.timestamp, .duration, .timestamp),
                    (.duration, .timestamp, .timestamp), (.duration, .duration, .duration),
                ], lists: true))
        t["_-_"] = Builtin(
            binary: Arithmetic.subtract,
            resultType: arithmetic(
                numericPairs + [
                    (.timestamp, .timestamp, .duration), (.timestamp, .duration, .timestamp), (.duration, .duration, .duration),
                ]))
        t["_*_"] = Builtin(binary: Arithmetic.multiply, resultType: arithmetic(numericPairs))
        t["_/_"] = Builtin(binary: Arithmetic.divide, resultType: arithmetic(numericPairs))
        t["_%_"] = Builtin(binary: Arithmetic.modulo, resultType: arithmetic([(.int, .int, .int), (.uint, .uint, .uint)]))
        t["-_"] = Builtin(
            unary: Arithmetic.negate,
            resultType: { args in [.int, .double, .duration].contains(args[0]) ? args[0] : nil })
        t["!_"] = Builtin(
            unary: { v, at throws(CELEvaluationError) in
                guard case .bool(let b) = v else { throw .noSuchOverload("!_", [v], at: at) }
                return .bool(!b)
            },
            resultType: { args in args[0] == .bool ? .bool : nil })
        t["_==_"] = Builtin(binary: { a, b, _ in .bool(a.celEquals(b)) }, resultType: equality)
        t["_!=_"] = Builtin(binary: { a, b, _ in .bool(!a.celEquals(b)) }, resultType: equality)
        t["_<_"] = comparison("_<_") { $0 < 0 }
        t["_<=_"] = comparison("_<=_") { $0 <= 0 }
        t["_>_"] = comparison("_>_") { $0 > 0 }
        t["_>=_"] = comparison("_>=_") { $0 >= 0 }
        t["@in"] = Builtin(
            binary: { a, b, at throws(CELEvaluationError) in .bool(try Comparison.contains(a, b, at)) },
            resultType: { args in
                switch args[1] {
                case .list(let element): comparable(args[0], element) ? .bool : nil
                case .map(let key, _): comparable(args[0], key) ? .bool : nil
                default: nil
                }
            })
        t["_[_]"] = Builtin(
            binary: Indexing.index,
            resultType: { args in
                switch (args[0], args[1]) {
                case (.list(let e), .int), (.list(let e), .uint): e
                case (.list(let e), .double): e
                case (.map(_, let v), _): v
                default: nil
                }
            })
        t["size"] = Builtin(
            unary: StringFunctions.size,
            resultType: { args in
                switch args[0] {
                case .string, .bytes, .list, .map: .int
                default: nil
                }
            })
        t["int"] = conversion(.int, Conversions.toInt)
        t["uint"] = conversion(.uint, Conversions.toUInt)
        t["double"] = conversion(.double, Conversions.toDouble)
        t["string"] = conversion(.string, Conversions.toString)
        t["bytes"] = conversion(.bytes, Conversions.toBytes)
        t["bool"] = conversion(.bool, Conversions.toBool)
        t["timestamp"] = conversion(.timestamp, Conversions.toTimestamp)
        t["duration"] = conversion(.duration, Conversions.toDuration)
        t["dyn"] = Builtin(unary: { v, _ in v }, resultType: { _ in .dyn })
        t["type"] = Builtin(unary: { v, _ in .type(v.typeName) }, resultType: { _ in .type })
        t["contains"] = stringPredicate(StringFunctions.contains)
        t["startsWith"] = stringPredicate(StringFunctions.startsWith)
        t["endsWith"] = stringPredicate(StringFunctions.endsWith)
        t["matches"] = stringPredicate(StringFunctions.matches)
        for name in TimeFunctions.accessors {
            t[name] = Builtin(
                unary: { v, at throws(CELEvaluationError) in try TimeFunctions.access(name, v, zone: nil, at) },
                binary: { v, zone, at throws(CELEvaluationError) in try TimeFunctions.access(name, v, zone: zone, at) },
                resultType: { args in
                    switch args[0] {
                    case .timestamp: args.count == 1 || args[1] == .string ? .int : nil
                    case .duration: args.count == 1 ? .int : nil
                    default: nil
                    }
                })
        }
        for (name, builtin) in MathExtension.functions { t[name] = builtin }
        for (name, builtin) in StringExtension.functions { t[name] = builtin }
        for (name, builtin) in EncodersExtension.functions { t[name] = builtin }
        for (name, builtin) in ListExtension.functions { t[name] = builtin }
        t["format"] = StringFormat.function
        return t
    }()
}
