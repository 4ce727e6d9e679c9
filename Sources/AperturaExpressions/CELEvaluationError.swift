import AperturaSource

/// Why an evaluation produced no value.
public struct CELEvaluationError: Error, Hashable, Sendable {
    /// The kind of failure; the engine relies on the first two to recognise missing answers.
    public enum Kind: Hashable, Sendable {
        /// A field of an object is absent; the payload is the selection path (`comite.acta`).
        case noSuchField(String)
        /// A map has no such key; the payload is the selection path or the key.
        case noSuchKey(String)
        case divisionByZero
        case moduloByZero
        case overflow
        /// No overload of the function accepts these argument types.
        case noSuchOverload(String)
        /// A conversion or function got a value outside its domain (bad timestamp text...).
        case invalidArgument
        case indexOutOfRange
        case costLimitExceeded
        /// Only with unchecked compilation: a variable no declaration names.
        case undeclaredReference(String)
        /// Only with unchecked compilation: a function that does not exist.
        case unknownFunction(String)
    }

    /// What kind of failure this is.
    public var kind: Kind
    /// What went wrong, in Spanish and English.
    public var message: LocalizedText
    /// UTF-8 byte offset of the failing sub-expression in the source.
    public var offset: Int

    /// Creates an error.
    public init(kind: Kind, message: LocalizedText, offset: Int) {
        self.kind = kind
        self.message = message
        self.offset = offset
    }

    /// True for the errors that mean "this answer was not given".
    public var isMissingValue: Bool {
        switch kind {
        case .noSuchField, .noSuchKey: true
        default: false
        }
    }

    static func noSuchOverload(_ function: String, _ args: [CELValue], at offset: Int) -> CELEvaluationError {
        let types = args.map(\.typeName).joined(separator: ", ")
        return CELEvaluationError(
            kind: .noSuchOverload(function),
            message: LocalizedText(
                es: "ninguna sobrecarga de «\(function)» acepta (\(types))",
                en: "no such overload: '\(function)' does not accept (\(types))"),
            offset: offset)
    }

    static func overflow(_ what: String, at offset: Int) -> CELEvaluationError {
        CELEvaluationError(
            kind: .overflow,
            message: LocalizedText(es: "desbordamiento en \(what)", en: "\(what) overflow"),
            offset: offset)
    }

    static func invalid(_ es: String, _ en: String, at offset: Int) -> CELEvaluationError {
        CELEvaluationError(kind: .invalidArgument, message: LocalizedText(es: es, en: en), offset: offset)
    }
}
