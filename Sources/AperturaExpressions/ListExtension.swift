import AperturaSource

/// The list library of Kubernetes' CEL environment, as far as rules need it: `sum()`.
///
/// `[1, 2, 3].sum() == 6`. A list of ints sums to an int, of uints to a uint, of doubles to a
/// double; integer overflow is an error (as `+` is), doubles follow IEEE 754. An empty list sums
/// to the zero of its element type when the checker knows it (`0.0` for a list of doubles), and
/// to the int `0` otherwise. Elements of different or non-numeric types are a type error when
/// the element type is known at compile time, and an evaluation error otherwise.
enum ListExtension {
    static let functions: [String: Builtin] = {
        var sum = Builtin(arities: 1...1) { args, at throws(CELEvaluationError) in
            try total(args, zero: .int(0), at)
        }
        sum.resultType = sumType
        sum.specialized = { types in
            // The zero comes from the static element type, so that an empty list of doubles
            // gives the double the checker promised.
            guard case .list(let element) = types.first, let zero = zero(of: element), zero != .int(0) else { return nil }
            return { args, at throws(CELEvaluationError) in try total(args, zero: zero, at) }
        }
        // Walking the list costs one step per item, as a comprehension iteration does.
        sum.inputCost = { args in
            guard case .list(let items) = args.first else { return 0 }
            return items.count
        }
        return ["sum": sum]
    }()

    /// The result type of `sum` for its receiver's type; nil when no list of numbers has it.
    static func sumType(_ args: [CELType]) -> CELType? {
        switch args.first {
        case .dyn, .list(.dyn): .dyn
        case .list(let element): zero(of: element) == nil ? nil : element
        default: nil
        }
    }

    private static func zero(of element: CELType) -> CELValue? {
        switch element {
        case .int: .int(0)
        case .uint: .uint(0)
        case .double: .double(0)
        default: nil
        }
    }

    private static func total(_ args: [CELValue], zero: CELValue, _ at: Int) throws(CELEvaluationError) -> CELValue {
        guard case .list(let items) = args[0] else { throw .noSuchOverload("sum", args, at: at) }
        guard let first = items.first else { return zero }
        switch first {
        case .int: return .int(try integerSum(items, first, "int", at) { if case .int(let x) = $0 { x } else { nil } })
        case .uint: return .uint(try integerSum(items, first, "uint", at) { if case .uint(let x) = $0 { x } else { nil } })
        case .double:
            var sum = 0.0
            for (i, item) in items.enumerated() {
                guard case .double(let x) = item else { throw mixed(first, item, i, at) }
                sum += x
            }
            return .double(sum)
        default:
            throw CELEvaluationError(
                kind: .noSuchOverload("sum"),
                message: LocalizedText(
                    es: "«sum» suma listas de números (int, uint o double), no de \(first.typeName)",
                    en: "'sum' adds up lists of numbers (int, uint or double), not of \(first.typeName)"),
                offset: at)
        }
    }

    /// The sum of a list of ints or of uints (`value` reads one; nil for another type), overflow an error.
    private static func integerSum<T: FixedWidthInteger>(
        _ items: [CELValue], _ first: CELValue, _ typeName: String, _ at: Int, _ value: (CELValue) -> T?
    ) throws(CELEvaluationError) -> T {
        var sum: T = 0
        for (i, item) in items.enumerated() {
            guard let x = value(item) else { throw mixed(first, item, i, at) }
            let (r, overflow) = sum.addingReportingOverflow(x)
            if overflow { throw .overflow(typeName, at: at) }
            sum = r
        }
        return sum
    }

    /// CEL never converts numbers implicitly, so a list must hold one kind of number.
    private static func mixed(_ first: CELValue, _ item: CELValue, _ index: Int, _ at: Int) -> CELEvaluationError {
        CELEvaluationError(
            kind: .noSuchOverload("sum"),
            message: LocalizedText(
                es: "«sum» no mezcla tipos: el elemento 0 es \(first.typeName) y el \(index) es \(item.typeName); "
                    + "convierta con double(x), int(x) o uint(x)",
                en: "'sum' does not mix types: item 0 is \(first.typeName) and item \(index) is \(item.typeName); "
                    + "convert with double(x), int(x) or uint(x)"),
            offset: at)
    }
}
