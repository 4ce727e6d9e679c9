import AperturaBatch
import AperturaSource
import Foundation
import Testing

/// Mapping files written wrong: every mistake is said at its place and stops the run before any input;
/// none is ignored and none lets a table be read as something else.
@Suite struct CSVMappingFileTests {
    /// `[line, column, code]` of the run's setup errors, or nil when the run went on to the inputs.
    func setupErrors(_ mapping: String) throws -> [[String]]? {
        let dir = Fixtures.temporaryDirectory("csv-mapping-file")
        Fixtures.write(mapping, dir + "/mapping.yaml")
        Fixtures.write("clave,nombre,orden,comite,recibidas\nSO-1,Uno,Federal,si,3\n", dir + "/tabla.csv")
        let result = try BatchRunner.run(BatchOptions(inputs: [dir + "/tabla.csv"], outputDirectory: dir + "/out", rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, mapping: dir + "/mapping.yaml"))
        guard result.summary == nil else { return nil }
        return result.setupDiagnostics.map { d in
            [d.range.map { String($0.start.line) } ?? "", d.range.map { String($0.start.column) } ?? "", d.code]
        }
    }

    /// A list or a mapping where a text is expected, and a list where a mapping is, were read as nothing (or,
    /// for a `values` entry, as "leave the field out"), and the run went on with the table half mapped.
    @Test func aValueOfTheWrongTypeIsAnErrorAtIt() throws {
        let errors = try setupErrors(#"""
            kind: csv_mapping
            rule_set: [pai]
            delimiter: "\n"
            institution:
              id: clave
              name: [nombre]
              kind: {constant: [municipio]}
              order:
                column: orden
                values: [federal, municipal]
            answers:
              comite.instalado:
                column: comite
                values:
                  si: [true]
                  [a]: b
                  no: ~
              solicitudes.recibidas: {column: recibidas, convert: [state_name]}
            """#)
        #expect(errors == [
            ["2", "11", "type_mismatch"],   // rule_set
            ["3", "12", "invalid_value"],   // a line break cannot be the delimiter
            ["6", "9", "type_mismatch"],    // name
            ["7", "20", "type_mismatch"],   // constant
            ["10", "13", "type_mismatch"],  // values
            ["15", "11", "type_mismatch"],  // a value of values
            ["16", "7", "type_mismatch"],   // a key of values
            ["18", "55", "type_mismatch"],  // convert
        ])
    }

    /// `institution` or `answers` that is not a mapping is said once, at it (it used to be read as no answers
    /// at all, and the institution as four fields missing).
    @Test func sectionsThatAreNotMappingsAreErrorsAtThem() throws {
        let errors = try setupErrors("""
            kind: csv_mapping
            institution: clave
            answers: [comite, recibidas]
            """)
        #expect(errors == [["2", "14", "type_mismatch"], ["3", "10", "type_mismatch"]])
    }

    /// An empty cell is an answer not reported: `values` cannot turn it into one (here, into compliance). An
    /// identity field may still translate it (an empty state is a federal institution's).
    @Test func valuesCannotTranslateAnEmptyAnswer() throws {
        let errors = try setupErrors("""
            kind: csv_mapping
            institution:
              id: clave
              name: nombre
              kind: {constant: ejecutivo_federal}
              order: {column: orden, values: {"": federal, Federal: federal}}
            answers:
              comite.instalado: {column: comite, values: {"": si}}
              solicitudes.recibidas: {column: recibidas, values: {" ": "0"}}
            """)
        #expect(errors == [["8", "47", "invalid_value"], ["9", "55", "invalid_value"]])
    }

    /// id, name, kind and order are required (docs/BATCH.md): a mapping without `order` stops the run, said at the
    /// mapping's start, rather than every row of every table failing for want of it.
    @Test func aMappingWithoutOrderStopsTheRun() throws {
        let errors = try setupErrors("""
            kind: csv_mapping
            institution: {id: clave, name: nombre, kind: {constant: ejecutivo_federal}}
            answers:
              solicitudes.recibidas: recibidas
            """)
        #expect(errors == [["1", "1", "missing_key"]])
    }

    /// A mapping file says what it holds, as every file of a rule set does (`kind:`, docs/FORMAT.md): without
    /// `kind: csv_mapping` it is not taken for one.
    @Test func aMappingWithoutItsKindStopsTheRun() throws {
        let errors = try setupErrors("""
            institution: {id: clave, name: nombre, kind: {constant: ejecutivo_federal}, order: {constant: federal}}
            answers:
              solicitudes.recibidas: recibidas
            """)
        #expect(errors == [["1", "1", "missing_key"]])
    }

    /// An answer is `section.field`: a path with a third part (or an empty one) names no field, said at the key.
    @Test(arguments: ["comite.instalado.valor", "comite.", ".instalado", "instalado"])
    func anAnswerPathIsSectionDotField(_ path: String) throws {
        let errors = try setupErrors("""
            kind: csv_mapping
            institution: {id: clave, name: nombre, kind: {constant: ejecutivo_federal}, order: {constant: federal}}
            answers:
              \(path): comite
            """)
        #expect(errors == [["4", "3", "invalid_value"]])
    }

    /// A mapping written for another rule set would make every row of every table invalid: the run stops before
    /// any input, with the error at the mapping's `rule_set`.
    @Test func aMappingForAnotherRuleSetStopsTheRunAtItsRuleSet() throws {
        let errors = try setupErrors("""
            kind: csv_mapping
            rule_set: mga
            institution: {id: clave, name: nombre, kind: {constant: secretaria}, order: {constant: federal}}
            answers:
              solicitudes.recibidas: recibidas
            """)
        #expect(errors == [["2", "11", "rule_set_mismatch"]])
    }
}

/// A source with both `column` and `constant` (or neither) says what to do in English too: it read
/// "exactly one of column and constant is given", as if one were.
@Suite struct CSVMappingSourceWordingTests {
    @Test(arguments: ["{column: clave, constant: SO-1}", "{values: {a: b}}"])
    func bothOrNeitherSaysWhatToGive(_ source: String) throws {
        let dir = Fixtures.temporaryDirectory("csv-mapping-source")
        Fixtures.write("kind: csv_mapping\nrule_set: pai\ninstitution:\n  id: \(source)\n  name: nombre\n  kind: tipo\n  order: orden\n", dir + "/mapping.yaml")
        let (_, diagnostics) = CSVMappingLoader.load(file: dir + "/mapping.yaml")
        let diagnostic = try #require(diagnostics.first { $0.code == "missing_key" })
        #expect(diagnostic.message.es == "se indica exactamente uno de column y constant")
        #expect(diagnostic.message.en == "give exactly one of column and constant")
    }
}
