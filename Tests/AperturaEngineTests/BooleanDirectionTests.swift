import AperturaLoader
import AperturaSource
import Testing

/// A `boolean` indicator is judged by equality with its goal (true or false), and "going backwards" is true to false
/// whatever its direction: `direction: decrease` on one was accepted and ignored, so an author who wrote it to say
/// "false is better" got nothing of what she meant. It is now an error at the value, saying to set the goal instead.
@Suite struct BooleanDirectionTests {
    /// The mini rule set's first indicator, `flag` (boolean, `unit:` on line 6), with a direction added after it.
    private func errors(direction: String) throws -> (errors: [Diagnostic], file: String) {
        let dir = try Fixtures.miniRules(editingIndicators: "    unit: boolean\n", to: "    unit: boolean\n    direction: \(direction)\n")
        return (RuleSetLoader.load(directory: dir).1.items.filter(\.isError), "\(dir)/indicators.yaml")
    }

    @Test func decreaseOnABooleanIsAnError() throws {
        let (errors, file) = try errors(direction: "decrease")
        #expect(errors.map(\.code) == ["invalid_value"])
        #expect(errors.first?.range?.start == SourceLocation(file: file, line: 7, column: 16))
        #expect(errors.first?.message.es == "un indicador boolean no lleva «direction: decrease»: se juzga por igualdad con su meta")
        #expect(errors.first?.help?.es == "quite direction y dé como meta el valor que se busca (target: false si lo deseable es false)")
        #expect(errors.first?.help?.en == "remove direction and give as the goal the value sought (target: false if false is what is wanted)")
    }

    @Test func increaseOnABooleanIsHarmless() throws {
        #expect(try errors(direction: "increase").errors.isEmpty)
    }
}
