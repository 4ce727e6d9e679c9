import AperturaSource

/// The message for a known function called with the wrong number of arguments.
extension Compiler {
    /// Counts what the author wrote between the parentheses (a receiver is not an argument), and says
    /// how many the function takes, instead of suggesting the very name that was written.
    func wrongArity(_ name: String, _ builtin: Builtin, written: Int, receiver: Bool, at: Int) -> PendingCompileError {
        let shift = receiver ? 1 : 0
        let counts = (0...8).filter { builtin.accepts(arity: $0) && $0 >= shift }.map { $0 - shift }
        var error = fail(
            CELCompileError.unknownFunction, "«\(name)» no acepta \(written) \(written == 1 ? "argumento" : "argumentos")",
            "'\(name)' does not take \(written) \(written == 1 ? "argument" : "arguments")", at)
        guard let first = counts.first else { return error }
        let open = builtin.nary != nil && builtin.arities.upperBound > 8
        let single = counts == [1] && !open
        let list = { (or: String) in
            open ? "\(first) \(or == "o" ? "o más" : "or more")"
                : counts.dropLast().map(String.init).joined(separator: ", ") + (counts.count > 1 ? " \(or) " : "") + String(counts.last!)
        }
        let form = receiver ? ("con receptor", "with a receiver") : ("sin receptor", "without a receiver")
        error.help = LocalizedText(
            es: "«\(name)» \(form.0) acepta \(list("o")) \(single ? "argumento" : "argumentos")",
            en: "'\(name)' \(form.1) takes \(list("or")) \(single ? "argument" : "arguments")")
        return error
    }
}
