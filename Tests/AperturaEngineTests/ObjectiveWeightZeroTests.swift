import AperturaLoader
import AperturaModel
import Testing

/// An objective's weight must be above zero (the loader: "el peso debe ser mayor que cero"): a weight of 0 would
/// drop the objective from the score while its rules still showed as judged, and a negative one would invert it.
@Suite struct ObjectiveWeightZeroTests {
    func errors(weight: String) throws -> [String] {
        let policy = try Fixtures.miniPolicy(replacing: [("  credit: binary\n", "  credit: binary\n  objective_weights: {o1: \(weight)}\n")])
        return PolicyLoader.load(file: policy).1.items.filter(\.isError).map { "\($0.code) \($0.message.es)" }
    }

    @Test func zeroAndNegativeWeightsAreRefused() throws {
        #expect(try errors(weight: "0") == ["invalid_value el peso debe ser mayor que cero"])
        #expect(try errors(weight: "-1") == ["invalid_value el peso debe ser mayor que cero"])
    }

    @Test func aPositiveWeightIsAccepted() throws {
        #expect(try errors(weight: "0.5").isEmpty)
    }
}
