import Testing

@testable import AperturaExpressions

/// Edges of numbers, conversions, messages and limits that the conformance suite leaves open; expected
/// values worked out by hand from the CEL language definition and its math extension.
@Suite("Numeric and message edges")
struct NumericEdgeTests {
    static let values: [(String, CELValue)] = [
        // math.round rounds ties away from zero.
        ("math.round(2.5)", .double(3)),
        ("math.round(-2.5)", .double(-3)),
        ("math.round(0.5)", .double(1)),
        // A double between -1 and 1 is written with its leading zero.
        ("string(0.5)", .string("0.5")),
        ("string(-0.25)", .string("-0.25")),
        // uint and double compare by value, zero included.
        ("0u >= 0.0 && 0u <= 0.0", .bool(true)),
        ("0u > 0.0", .bool(false)),
        ("0u > -0.5", .bool(true)),
    ]

    @Test("evaluates", arguments: values)
    func evaluates(source: String, expected: CELValue) throws {
        #expect(try value(source) == expected, "\(source)")
    }

    @Test("a list of doubles with an int in it is not summed by converting the int")
    func mixedDoubles() throws {
        let error = try #require(try evaluationError("[1.5, 2].sum()"))
        #expect(error.kind == .noSuchOverload("sum"))
        #expect((error.message.en ?? "").contains("item 0 is double and item 1 is int"))
    }

    @Test("a missing uint key is named as a uint")
    func missingUIntKey() throws {
        let error = try #require(try evaluationError("{1u: 'a'}[2u]"))
        #expect(error.kind == .noSuchKey("2u"))
        #expect(error.message.es == "no existe la clave «2u»")
        #expect(try evaluationError("{1: 'a'}[2]")?.kind == .noSuchKey("2"))
    }

    @Test("a number with a leading space is not a number")
    func leadingSpace() throws {
        #expect(try evaluationError("double(' 1.5')")?.kind == .invalidArgument)
    }

    @Test("a call with no arguments where one is needed says '0 argumentos'")
    func zeroArguments() throws {
        let error = try #require(compileError("size()"))
        #expect(error.message.es == "«size» no acepta 0 argumentos")
        #expect(error.message.en == "'size' does not take 0 arguments")
    }

    @Test("a source exactly as long as the limit is accepted; one byte more is not")
    func sourceLengthBoundary() {
        #expect(compileError("1 + 1", limits: CELLimits(maxSourceLength: 5)) == nil)
        #expect(compileError("1 + 1", limits: CELLimits(maxSourceLength: 4))?.code == "expr_too_long")
        // The default is 4,096 bytes: a string literal of 4,094 letters and its two quotes.
        #expect(compileError("'" + String(repeating: "a", count: 4_094) + "'") == nil)
        #expect(compileError("'" + String(repeating: "a", count: 4_095) + "'")?.code == "expr_too_long")
    }

    @Test("setting an undeclared field changes nothing and says so")
    func objectSet() {
        var object = CELObject(type: CELObjectType(name: "comite", fields: [("acta", .string)]), values: [:])
        let declared = object.set("acta", .string("x"))
        let undeclared = object.set("nope", .int(1))
        #expect(declared)
        #expect(!undeclared)
        #expect(object["acta"] == .string("x"))
        #expect(object.fields.count == 1)
    }
}
