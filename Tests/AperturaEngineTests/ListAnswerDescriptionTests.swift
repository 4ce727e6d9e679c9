import AperturaModel
import AperturaSource
import Testing

@testable import AperturaEngine

/// `explain` shows each answer a rule read. A list of two items was shown as `[2]`, which reads as a list holding
/// the number 2; it now shows one `{…}` per item (up to three, then the count), language-neutral as the rest.
@Suite struct ListAnswerDescriptionTests {
    private func items(_ n: Int) -> AnswerValue.Value {
        let here = SourceRange(at: SourceLocation(file: "a.yaml", line: 1, column: 1))
        return .items(Array(repeating: AnswerGroup(fields: [], values: [], range: here), count: n))
    }

    @Test func aListOfItemsShowsItsItems() {
        #expect(Evaluator.describe(items(0)) == "[]")
        #expect(Evaluator.describe(items(2)) == "[{…}, {…}]")
        #expect(Evaluator.describe(items(3)) == "[{…}, {…}, {…}]")
        #expect(Evaluator.describe(items(12)) == "[{…} ×12]")
    }
}
