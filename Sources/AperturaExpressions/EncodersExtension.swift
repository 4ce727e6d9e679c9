import Foundation

/// CEL's encoders extension: `base64.encode(bytes)` and `base64.decode(string)`.
enum EncodersExtension {
    static let functions: [String: Builtin] = [
        "base64.encode": Builtin(arities: 1...1, result: .string) { args, at throws(CELEvaluationError) in
            guard case .bytes(let b) = args[0] else { throw .noSuchOverload("base64.encode", args, at: at) }
            return .string(Data(b).base64EncodedString())
        },
        "base64.decode": Builtin(arities: 1...1, result: .bytes) { args, at throws(CELEvaluationError) in
            guard case .string(let s) = args[0] else { throw .noSuchOverload("base64.decode", args, at: at) }
            // Padding is optional on input, as in other CEL implementations.
            let padded = s + String(repeating: "=", count: (4 - s.utf8.count % 4) % 4)
            guard let data = Data(base64Encoded: padded) else {
                throw .invalid("base64 no válido", "invalid base64", at: at)
            }
            return .bytes([UInt8](data))
        },
    ]
}
