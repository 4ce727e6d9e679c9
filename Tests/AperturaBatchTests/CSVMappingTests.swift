import AperturaBatch
import Foundation
import Testing

/// CSV tables through a mapping: identity, typed conversion of cells, errors placed at the cell.
@Suite struct CSVMappingTests {
    static let mapping = """
        kind: csv_mapping
        rule_set: pai
        institution:
          id: clave
          name: nombre
          kind: tipo
          order: {column: orden, values: {Federal: federal, Municipal: municipal}}
          state: {column: estado, convert: state_name}
        answers:
          comite.instalado: comite
          solicitudes.recibidas: recibidas
          obligaciones.indice_portal: portal
        """

    static let table = #"""
        clave,nombre,tipo,orden,estado,comite,recibidas,portal
        SO-1,"Municipio de Prueba, ""Centro""",municipio,Municipal,Nuevo León,sí,"1,234",76
        SO-2,Secretaría X,ejecutivo_federal,Federal,,no,3,"80,5"
        SO-3,Municipio Malo,municipio,Municipal,Jalisco,quizás,2,50

        """#

    func run(_ table: String, mapping: String = Self.mapping) throws -> (BatchRunResult, String) {
        try run(bytes: Array(table.utf8), mapping: mapping)
    }

    func run(bytes table: [UInt8], mapping: String = Self.mapping) throws -> (BatchRunResult, String) {
        let dir = Fixtures.temporaryDirectory("csv")
        Fixtures.write(mapping, dir + "/mapping.yaml")
        #expect(FileManager.default.createFile(atPath: dir + "/tabla.csv", contents: Data(table)))
        let out = dir + "/out"
        let result = try BatchRunner.run(BatchOptions(inputs: [dir + "/tabla.csv"], outputDirectory: out, rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, mapping: dir + "/mapping.yaml"))
        return (result, out)
    }

    @Test func rowsBecomeSelfAssessments() throws {
        let (result, out) = try run(Self.table)
        #expect(result.summary?.counts.evaluated == 2)
        #expect(result.summary?.counts.invalid == 1)
        let rows = Fixtures.records(out + "/results.csv")
        let header = rows[0]
        func cell(_ row: [String], _ column: String) -> String { row[header.firstIndex(of: column)!] }
        #expect(rows.dropFirst().map { cell($0, "id") } == ["SO-1", "SO-2"])
        #expect(cell(rows[1], "name") == "Municipio de Prueba, \"Centro\"")
        #expect(cell(rows[1], "state") == "nuevo_leon")
        #expect(cell(rows[2], "state") == "")
        #expect(cell(rows[1], "line") == "2")
        #expect(rows.dropFirst().map { cell($0, "indicator_comite_instalado") } == ["1.0000", "0.0000"])
        #expect(rows.dropFirst().map { cell($0, "indicator_cumplimiento_portal") } == ["76.0000", "80.5000"])
        // The bad boolean is reported at its own cell: line 4, column 49 ("quizás" starts there).
        let errors = Fixtures.records(out + "/errors.csv")
        #expect(errors.count == 2)
        #expect(errors[1][1] == "4")
        #expect(errors[1][2] == String(Array("SO-3,Municipio Malo,municipio,Municipal,Jalisco,".utf8).count + 1))
        #expect(errors[1][3] == "type_mismatch")
    }

    /// An empty cell of a column the identity needs is reported at that cell, as empty, not as a key missing at
    /// the row's first column, named as a spreadsheet shows it. Line 2 leaves `tipo` empty (column 20, C); line 3,
    /// `clave` and `orden` (columns 1 and 26, A and D).
    @Test func anEmptyIdentityCellIsReportedAtTheCell() throws {
        let (result, out) = try run("""
            clave,nombre,tipo,orden,estado,comite,recibidas,portal
            SO-1,Municipio Uno,,Municipal,Jalisco,si,2,50
            ,Municipio Dos,municipio,,Jalisco,si,2,50

            """)
        #expect(result.summary?.counts.invalid == 2)
        let errors = Fixtures.records(out + "/errors.csv").dropFirst()
        #expect(errors.map { [$0[1], $0[2], $0[3], $0[4]] } == [
            ["2", "20", "missing_key", "la clave obligatoria «kind» está vacía, en la columna «tipo» (C), campo institution.kind"],
            ["3", "1", "missing_key", "la clave obligatoria «id» está vacía, en la columna «clave» (A), campo institution.id"],
            ["3", "26", "missing_key", "la clave obligatoria «order» está vacía, en la columna «orden» (D), campo institution.order"],
        ])
    }

    /// A `values` entry translated to YAML's null (`~`, `null`) is an empty result: the field is left out, as for a
    /// federal institution's state, not read as the text "~".
    @Test(arguments: ["~", "null"])
    func aValueTranslatedToNullLeavesTheFieldOut(_ null: String) throws {
        let mapping = Self.mapping.replacingOccurrences(of: "state: {column: estado, convert: state_name}",
                                                        with: "state: {column: estado, values: {Federal: \(null)}, convert: state_name}")
        let (result, out) = try run("""
            clave,nombre,tipo,orden,estado,comite,recibidas,portal
            SO-2,Secretaría X,ejecutivo_federal,Federal,Federal,no,3,80

            """, mapping: mapping)
        #expect(result.summary?.counts.evaluated == 1)
        #expect(Fixtures.records(out + "/results.csv").last?[4] == "")
    }

    /// Cells are read without the spaces around them, and so are translated: ` Federal ` is `Federal` for the
    /// mapping's `values`, and the row is a federal institution's.
    @Test func aPaddedCellIsTranslatedAsItsText() throws {
        let (result, out) = try run("""
            clave,nombre,tipo,orden,estado,comite,recibidas,portal
            SO-2,Secretaría X,ejecutivo_federal, Federal ,,no,3,80

            """)
        #expect(result.summary?.counts.evaluated == 1)
        #expect(Fixtures.records(out + "/results.csv").last?[2] == "SO-2")
    }

    /// `list` fields cannot come from a column (docs/BATCH.md): like a field that does not exist, such a field
    /// stops the run before any table is read, said at the column that would feed it (line 13 of the mapping, column 23).
    @Test func aListFieldFromAColumnStopsTheRun() throws {
        let mapping = Self.mapping + "\n  agenda.compromisos: comite"
        let (result, _) = try run(Self.table, mapping: mapping)
        #expect(result.summary == nil)
        #expect(result.setupDiagnostics.map { "\($0.range?.start.line ?? 0):\($0.range?.start.column ?? 0) \($0.code)" } == ["13:23 invalid_value"])
    }

    @Test func anUnknownColumnMakesTheTableOneInvalidInput() throws {
        let (result, out) = try run(Self.table, mapping: Self.mapping.replacingOccurrences(of: "portal: portal", with: "portal: portl"))
        #expect(result.summary?.counts.evaluated == 0)
        #expect(result.summary?.counts.invalid == 1)
        #expect(Fixtures.records(out + "/errors.csv").dropFirst().map { $0[3] } == ["unknown_column"])
    }

    /// Spreadsheets export header cells padded with spaces: `clave ` is the column `clave`, as cells are read trimmed.
    @Test func aHeaderCellPaddedWithSpacesIsTheColumn() throws {
        let padded = Self.table.replacingOccurrences(of: "clave,nombre,tipo,orden", with: "clave ,  nombre,tipo,orden")
        let (result, out) = try run(padded)
        #expect(result.summary?.counts.evaluated == 2)
        #expect(Fixtures.records(out + "/results.csv").dropFirst().map { $0[2] } == ["SO-1", "SO-2"])
    }

    /// A table separated by `;` (as spreadsheets in some languages save "CSV") read with the default `,`: the
    /// header is one field, and the help names the separator to declare.
    @Test func aTableSeparatedOtherwiseNamesItsSeparator() throws {
        let (result, out) = try run(Self.table.replacingOccurrences(of: ",", with: ";"))
        #expect(result.summary?.counts.invalid == 1)
        let errors = Fixtures.records(out + "/errors.csv").dropFirst()
        #expect(errors.allSatisfy { $0[3] == "unknown_column" && $0[4].hasSuffix("(el encabezado parece separado por «;»: declare delimiter: \";\" en el archivo de mapeo)") })
        #expect(!errors.isEmpty)
    }

    /// The reverse: a mapping that declares `;` (copied from another table's) over a table separated by
    /// commas. The help names the comma.
    @Test func aCommaTableUnderAnotherDeclaredSeparatorNamesTheComma() throws {
        let mapping = Self.mapping.replacingOccurrences(of: "rule_set: pai\n", with: "rule_set: pai\ndelimiter: \";\"\n")
        let (result, out) = try run(Self.table, mapping: mapping)
        #expect(result.summary?.counts.invalid == 1)
        let errors = Fixtures.records(out + "/errors.csv").dropFirst()
        // The eight columns the mapping names, each unknown in a header read as one field.
        #expect(errors.count == 8)
        #expect(errors.allSatisfy { $0[3] == "unknown_column" && $0[4].hasSuffix("(el encabezado parece separado por «,»: declare delimiter: \",\" en el archivo de mapeo)") })
    }

    @Test func aTableWithOnlyAHeaderIsAnInvalidInput() throws {
        let (result, out) = try run("clave,nombre,tipo,orden,estado,comite,recibidas,portal\n")
        #expect(result.summary?.counts.invalid == 1)
        #expect(Fixtures.records(out + "/errors.csv").dropFirst().map { $0[3] } == ["empty_document"])
    }

    @Test func aBadMappingStopsTheRunBeforeAnyInput() throws {
        let (result, _) = try run(Self.table, mapping: "kind: csv_mapping\ninstitution:\n  id: clave\n  nmae: nombre\n")
        #expect(result.summary == nil)
        #expect(Set(result.setupDiagnostics.map(\.code)) == ["unknown_key", "missing_key"])
    }

    /// A row with fewer or more fields than the header is not read: its cells would land in the wrong columns.
    /// Line 3 has an unquoted comma in the name (9 fields; the first extra one, "76", starts at column 67),
    /// line 4 lacks its last field (7).
    @Test func aRowWithTheWrongNumberOfFieldsIsAnInvalidInput() throws {
        let (result, out) = try run("""
            clave,nombre,tipo,orden,estado,comite,recibidas,portal
            SO-1,Municipio Uno,municipio,Municipal,Jalisco,si,2,50
            SO-2,Municipio de Prueba, Centro,municipio,Municipal,Jalisco,si,2,76
            SO-3,Municipio Tres,municipio,Municipal,Jalisco,si,2

            """)
        #expect(result.summary?.counts.evaluated == 1)
        #expect(result.summary?.counts.invalid == 2)
        let errors = Fixtures.records(out + "/errors.csv").dropFirst()
        #expect(errors.map { [$0[1], $0[2], $0[3]] } == [["3", "67", "csv_field_count"], ["4", "1", "csv_field_count"]])
        #expect(Fixtures.records(out + "/results.csv").dropFirst().map { $0[2] } == ["SO-1"])
    }

    /// A row saved in another encoding (a Latin-1 "é", byte 0xE9, in its name) is one invalid input with advice;
    /// the rows around it are read. The error is at the byte ("SO-2,M" is six bytes: column 7), not at the cell's
    /// start, and names the cell's column as every other error at a cell does.
    @Test func aRowThatIsNotUTF8IsOneInvalidInput() throws {
        let header = Array("clave,nombre,tipo,orden,estado,comite,recibidas,portal\n".utf8)
        let first = Array("SO-1,Uno,municipio,Municipal,Jalisco,si,2,50\n".utf8)
        let latin1 = Array("SO-2,M".utf8) + [0xE9] + Array("rida,municipio,Municipal,Yucatan,si,2,50\n".utf8)
        let last = Array("SO-3,Tres,municipio,Municipal,Jalisco,si,2,50\n".utf8)
        let (result, out) = try run(bytes: header + first + latin1 + last)
        #expect(result.summary?.counts.evaluated == 2)
        #expect(result.summary?.counts.invalid == 1)
        let errors = Fixtures.records(out + "/errors.csv").dropFirst()
        #expect(errors.map { [$0[1], $0[2], $0[3]] } == [["3", "7", "invalid_utf8"]])
        #expect(errors.first?[4] == "el texto no es UTF-8 válido: secuencia incorrecta que empieza con el byte 0xE9, "
            + "en la columna «nombre» (B), campo institution.name (guarde la tabla como «CSV UTF-8», o declare `encoding: windows-1252` "
            + "en el archivo de mapeo si la hoja de cálculo la guardó así, como es habitual en Windows)")
        #expect(Fixtures.records(out + "/results.csv").dropFirst().map { $0[2] } == ["SO-1", "SO-3"])
    }

    /// A bad byte in a column the mapping does not read (I, "notas") still refuses the row, and says the column is not
    /// read; one in the header names the column by its letter, the header's text being what cannot be read. Places:
    /// "SO-1,Uno,municipio,Municipal,Jalisco,si,2,50," is 45 bytes, then "caf" puts the byte at column 49; in the
    /// header, "clave,nombre,tipo,orden,estado,comite,recibidas,portal," is 55 bytes, then "not" puts it at 59.
    @Test func aBadByteInAnUnreadColumnOrInTheHeaderIsNamedToo() throws {
        let header = Array("clave,nombre,tipo,orden,estado,comite,recibidas,portal,notas\n".utf8)
        let row = Array("SO-1,Uno,municipio,Municipal,Jalisco,si,2,50,caf".utf8) + [0xE9] + Array("\n".utf8)
        let (unread, unreadOut) = try run(bytes: header + row)
        #expect(unread.summary?.counts.invalid == 1)
        let unreadErrors = Fixtures.records(unreadOut + "/errors.csv").dropFirst()
        #expect(unreadErrors.map { [$0[1], $0[2], $0[3]] } == [["2", "49", "invalid_utf8"]])
        #expect(unreadErrors.first?[4].hasPrefix("el texto no es UTF-8 válido: secuencia incorrecta que empieza con el byte 0xE9, "
            + "en la columna «notas» (I), que el mapeo no lee (guarde la tabla como «CSV UTF-8»") == true)

        let latin1Header = Array("clave,nombre,tipo,orden,estado,comite,recibidas,portal,not".utf8) + [0xE9] + Array("s\n".utf8)
        let (headed, headedOut) = try run(bytes: latin1Header + Array("SO-1,Uno,municipio,Municipal,Jalisco,si,2,50,x\n".utf8))
        #expect(headed.summary?.counts.invalid == 1)
        let headerErrors = Fixtures.records(headedOut + "/errors.csv").dropFirst()
        #expect(headerErrors.map { [$0[1], $0[2], $0[3]] } == [["1", "59", "invalid_utf8"]])
        #expect(headerErrors.first?[4].hasPrefix("el texto no es UTF-8 válido: secuencia incorrecta que empieza con el byte 0xE9, "
            + "en el encabezado de la columna I (guarde la tabla como «CSV UTF-8»") == true)
    }
}
