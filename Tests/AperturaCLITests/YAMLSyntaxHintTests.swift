import Foundation
import Testing
import TestSupport

/// `validate` on the complete example with one slip a person makes in YAML: the error is on the line to fix, with
/// what to write. Lines of Examples/municipio-zapopan.yaml: 9 is `  name: Municipio de Zapopan`, 22 is
/// `    sesiones: 3`, and 23 holds the file's next straight quote, `    acta: ["https:…`.
@Suite struct YAMLSyntaxHintTests {
    static func validate(replacing old: String, with new: String) throws -> (file: String, result: CLI.Result) {
        let file = Scratch.path + "/yaml-hint-\(UUID().uuidString).yaml"
        let original = try CLI.read("Examples/municipio-zapopan.yaml")
        #expect(original.contains(old))
        try original.replacingOccurrences(of: old, with: new).write(toFile: file, atomically: true, encoding: .utf8)
        return (file, try CLI.run(["validate", file]))
    }

    /// `    sesiones:3`: four spaces and eight letters, so the colon is at column 13.
    @Test func aMissingSpaceAfterAColonIsShownOnItsLine() throws {
        let (file, r) = try Self.validate(replacing: "    sesiones: 3\n", with: "    sesiones:3\n")
        #expect(r.status == 65)
        #expect(r.stderr.contains("\(file):22:13: error[yaml_syntax_error]"), "\(r.stderr)")
        #expect(r.stderr.contains("ayuda: después de «:» va un espacio: escriba «sesiones: 3»"), "\(r.stderr)")
    }

    /// The no-break space follows the colon: column 14.
    @Test func aNoBreakSpaceIsShownWhereItIs() throws {
        let (file, r) = try Self.validate(replacing: "    sesiones: 3\n", with: "    sesiones:\u{A0}3\n")
        #expect(r.status == 65)
        #expect(r.stderr.contains("\(file):22:14: error[yaml_syntax_error]"), "\(r.stderr)")
        #expect(r.stderr.contains("espacio no separable (U+00A0)"), "\(r.stderr)")
    }

    /// `  name: "Municipio de Zapopan”`: the opening quote at column 9 of line 9, not line 23 where the text ran to.
    @Test func aQuoteClosedTypographicallyIsShownWhereItOpens() throws {
        let (file, r) = try Self.validate(replacing: "  name: Municipio de Zapopan\n", with: "  name: \"Municipio de Zapopan”\n")
        #expect(r.status == 65)
        #expect(r.stderr.contains("\(file):9:9: error[yaml_syntax_error]"), "\(r.stderr)")
        #expect(r.stderr.contains("ayuda: las comillas que abren en la línea 9 no se cierran en esa línea: las comillas tipográficas (” “) no cierran; use comillas rectas (\")"), "\(r.stderr)")
    }
}
