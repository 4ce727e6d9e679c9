import AperturaModel
import AperturaSource
import Testing

/// A field's bounds as answers are checked against them: a `ratio` stays within 0…1 and a `percent` within
/// 0…100 whatever `min` and `max` say ("en ratio y percent, dentro de su escala"); other numbers only by theirs.
@Suite struct FormFieldBoundsTests {
    func field(_ type: FieldType, min: Double? = nil, max: Double? = nil) -> FormField {
        FormField(id: "f", type: type, prompt: LocalizedText(es: "¿?", en: "?"), evidenceHint: nil, required: true, minimum: min,
                  maximum: max, options: [], items: [], range: SourceRange(at: SourceLocation(file: "form.yaml", line: 1, column: 1)))
    }

    @Test func aScaleKeepsItsEnds() {
        #expect(field(.percent, min: -5, max: 150).effectiveBounds == (0, 100))
        #expect(field(.percent).effectiveBounds == (0, 100))
        #expect(field(.percent, min: 10, max: 90).effectiveBounds == (10, 90))
        #expect(field(.ratio, min: -1, max: 2).effectiveBounds == (0, 1))
        #expect(field(.ratio).effectiveBounds == (0, 1))
    }

    @Test func otherNumbersHaveOnlyTheirOwnBounds() {
        #expect(field(.number).effectiveBounds == (nil, nil))
        #expect(field(.integer, min: -5, max: 150).effectiveBounds == (-5, 150))
    }
}
