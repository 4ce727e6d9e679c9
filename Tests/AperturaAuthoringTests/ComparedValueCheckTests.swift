import AperturaModel
import AperturaSource
import Testing

@testable import AperturaAuthoring
import AperturaEngine

/// `unknown_value`: a string compared with a closed set of values that is not one of them never matches.
@Suite struct ComparedValueCheckTests {
    static let form = [
        FormSection(
            id: SectionID("mec"), name: LocalizedText(es: "Mecanismos"), description: nil, appliesTo: Applicability(),
            fields: [
                FormField(id: "tipo", type: .choice, prompt: LocalizedText(es: "Tipo"), evidenceHint: nil, required: true, minimum: nil, maximum: nil, options: [
                    ChoiceOption(id: "consejo", name: LocalizedText(es: "Consejo")), ChoiceOption(id: "buzon", name: LocalizedText(es: "Buzón")),
                ], items: [], range: SourceRange(at: SourceLocation(file: "f", line: 1, column: 1))),
                FormField(id: "lista", type: .list, prompt: LocalizedText(es: "Lista"), evidenceHint: nil, required: true, minimum: nil, maximum: nil,
                          options: [], items: [
                              FormField(id: "clase", type: .choice, prompt: LocalizedText(es: "Clase"), evidenceHint: nil, required: true, minimum: nil,
                                        maximum: nil, options: [ChoiceOption(id: "alta", name: LocalizedText(es: "Alta"))], items: [],
                                        range: SourceRange(at: SourceLocation(file: "f", line: 1, column: 1))),
                          ], range: SourceRange(at: SourceLocation(file: "f", line: 1, column: 1))),
            ],
            range: SourceRange(at: SourceLocation(file: "f", line: 1, column: 1))),
    ]

    /// The columns of the values reported, for an expression written at line 1, column 1.
    func columns(_ text: String) -> [Int] {
        let check = ComparedValueCheck(allowedFrom: Self.form)
        let expression = ExpressionSource(text: text, range: SourceRange(at: SourceLocation(file: "f", line: 1, column: 1)))
        return check.run([expression]).map { $0.range?.start.column ?? 0 }
    }

    @Test func valuesOutsideTheSetAreReportedAtTheValue() {
        // `institution.kind == "municipios"`: the string (its opening quote) is at offset 20, column 21.
        #expect(columns(#"institution.kind == "municipios""#) == [21])
        #expect(columns("'federall' != institution.order") == [1])
        #expect(columns("institution.state in ['jalisco', 'nuevoleon']") == [34])
        #expect(columns("mec.tipo == 'consejos' || mec.tipo == 'buzon'") == [13])
        // Parentheses, spacing and raw strings do not hide a comparison.
        #expect(columns("(institution.kind)==r'municipios'") == [21])
    }

    @Test func valuesInTheSetAndOtherPathsAreNotReported() {
        #expect(columns(#"institution.kind == "municipio" && institution.order != 'federal'"#).isEmpty)
        #expect(columns("institution.state in ['jalisco', 'nuevo_leon'] || mec.tipo == 'buzon'").isEmpty)
        // A comprehension variable, a longer path and a function result are not the closed-set values.
        #expect(columns("otra.mec.tipo == 'x' || m.tipo == 'x' || institution.kind.size() == 3 || institution.name == 'x'").isEmpty)
    }

    @Test func aChoiceFieldOfTheItemsOfAList() {
        // `mec.lista.exists(x, x.clase == 'altas')`: the string at offset 31, column 32.
        #expect(columns("mec.lista.exists(x, x.clase == 'altas')") == [32])
        #expect(columns("mec.lista.filter(x, x.clase == 'alta').size() > 0").isEmpty)
        // The same name over another list, or unbound, is not read as an item of this one; each binding is its own.
        #expect(columns("mec.lista.exists(x, x.clase == 'altas') || otra.cosa.all(x, x.clase == 'z')") == [32])
        #expect(columns("otra.cosa.all(x, x.clase == 'z') || mec.lista.exists(x, x.clase == 'alta')").isEmpty)
        #expect(columns("y.clase == 'altas'").isEmpty)
    }

    @Test func theMessageSaysWhyAndSuggests() throws {
        let check = ComparedValueCheck(allowedFrom: Self.form)
        let expression = ExpressionSource(text: "institution.kind == 'municipios'", range: SourceRange(at: SourceLocation(file: "f", line: 3, column: 12)))
        let d = try #require(check.run([expression]).first)
        #expect(d.code == "unknown_value")
        #expect(d.severity == .error)
        #expect(d.message.es == "«municipios» no es un valor de institution.kind: ningún valor lo iguala, así que == nunca se cumple y != siempre")
        #expect(d.help?.en == "did you mean 'municipio'?")
        #expect(d.range?.start.line == 3 && d.range?.start.column == 32)
    }

    /// With `!=` the comparison always holds: the message used to say it never does, whatever the operator.
    @Test func theMessageHoldsForNotEqual() throws {
        let check = ComparedValueCheck(allowedFrom: Self.form)
        let expression = ExpressionSource(text: "institution.order != 'Municipal'", range: SourceRange(at: SourceLocation(file: "f", line: 3, column: 12)))
        let d = try #require(check.run([expression]).first)
        #expect(d.message.en == "'Municipal' is not a value of institution.order: no value equals it, so == never holds and != always does")
        #expect(d.help?.en == "did you mean 'municipal'?")
    }
}
