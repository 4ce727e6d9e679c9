import AperturaBatch
import Foundation
import Testing

/// Tables saved as Windows-1252 (what a spreadsheet on Spanish-language Windows calls "CSV"), read when the
/// mapping declares it, and never read as something else when it does not hold.
@Suite struct CSVEncodingTests {
    /// Every byte read as Foundation's own Windows-1252 decoder reads it (the five it leaves undefined aside).
    @Test func everyByteDecodesAsFoundationDecodesIt() {
        var misread: [String] = []
        for byte in UInt8(0x20)...UInt8(0xFF) where byte != 0x7F {
            let ours = try? CSVEncoding.windows1252.decode([0x61, byte]).get()
            let theirs = String(data: Data([0x61, byte]), encoding: .windowsCP1252)
            if [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains(byte) {
                if case .failure(.undefinedByte(byte)) = CSVEncoding.windows1252.decode([0x61, byte]) { continue }
                misread.append(String(byte, radix: 16))
            } else if ours != theirs {
                misread.append(String(byte, radix: 16))
            }
        }
        #expect(misread.isEmpty)
    }

    @Test func spanishTextAndItsPunctuation() throws {
        // "Educación Pública “€”…" in Windows-1252, worked out from the code page.
        let bytes: [UInt8] = Array("Educaci".utf8) + [0xF3] + Array("n P".utf8) + [0xFA] + Array("blica ".utf8) + [0x93, 0x80, 0x94, 0x85]
        #expect(try CSVEncoding.windows1252.decode(bytes).get() == "Educación Pública “€”…")
        #expect(CSVEncoding.utf8.decode(bytes) == .failure(.notUTF8))
        // UTF-8 declared as Windows-1252 would read "é" as "Ã©": refused instead.
        #expect(CSVEncoding.windows1252.decode(Array("Mérida".utf8)) == .failure(.looksUTF8))
        #expect(try CSVEncoding.windows1252.decode(Array("Merida".utf8)).get() == "Merida")
    }

    /// A table in Windows-1252 through a mapping that says so; the same table without it is refused row by row
    /// with advice that names the setting.
    @Test func aDeclaredWindows1252TableIsRead() throws {
        let header = Array("clave,nombre,tipo,orden,estado,comite,recibidas,portal\n".utf8)
        let row = Array("SO-1,M".utf8) + [0xE9] + Array("rida ".utf8) + [0x93] + Array("Centro".utf8) + [0x94]
            + Array(",municipio,Municipal,Yucat".utf8) + [0xE1] + Array("n,s".utf8) + [0xED] + Array(",2,50\n".utf8)
        let declared = CSVMappingTests.mapping.replacingOccurrences(of: "rule_set: pai\n", with: "rule_set: pai\nencoding: windows-1252\n")
        let (read, out) = try CSVMappingTests().run(bytes: header + row, mapping: declared)
        #expect(read.summary?.counts.evaluated == 1)
        let rows = Fixtures.records(out + "/results.csv")
        #expect(rows.last?[3] == "Mérida “Centro”")
        #expect(rows.last?[4] == "yucatan")

        let (refused, refusedOut) = try CSVMappingTests().run(bytes: header + row)
        #expect(refused.summary?.counts.invalid == 1)
        let errors = Fixtures.records(refusedOut + "/errors.csv").dropFirst()
        // At the first byte that is not UTF-8: "SO-1,M" is six bytes, the é (0xE9) is the seventh.
        #expect(errors.map { [$0[1], $0[2], $0[3]] } == [["2", "7", "invalid_utf8"]])
        #expect(errors.first?[4].contains("encoding: windows-1252") == true)
        #expect(errors.first?[4].contains(", en la columna «nombre» (B), campo institution.name (") == true)
    }

    /// Declared Windows-1252, a row in UTF-8 ("Mérida") is refused at its first UTF-8 character (the é's first byte,
    /// column 7 after "SO-1,M"), naming the column; so is a byte Windows-1252 leaves undefined (0x81 after "SO-2,Mer",
    /// column 9).
    @Test func aDeclaredWindows1252TableNamesTheColumnOfABadCell() throws {
        let declared = CSVMappingTests.mapping.replacingOccurrences(of: "rule_set: pai\n", with: "rule_set: pai\nencoding: windows-1252\n")
        let header = Array("clave,nombre,tipo,orden,estado,comite,recibidas,portal\n".utf8)
        let utf8Row = Array("SO-1,Mérida,municipio,Municipal,Yucatan,si,2,50\n".utf8)
        let undefined = Array("SO-2,Mer".utf8) + [0x81] + Array("ida,municipio,Municipal,Yucatan,si,2,50\n".utf8)
        let (result, out) = try CSVMappingTests().run(bytes: header + utf8Row + undefined, mapping: declared)
        #expect(result.summary?.counts.invalid == 2)
        let errors = Fixtures.records(out + "/errors.csv").dropFirst()
        #expect(errors.map { [$0[1], $0[2], $0[3]] } == [["2", "7", "invalid_encoding"], ["3", "9", "invalid_encoding"]])
        #expect(errors.map { $0[4] } == [
            "el texto está en UTF-8, no en Windows-1252 como declara el mapeo, en la columna «nombre» (B), campo institution.name "
                + "(quite `encoding: windows-1252` del archivo de mapeo)",
            "el texto tiene el byte 0x81, que no es texto en Windows-1252, en la columna «nombre» (B), campo institution.name "
                + "(revise la codificación de la tabla: guárdela como «CSV UTF-8» y quite `encoding` del mapeo)",
        ])
    }

    /// Encoding names are told apart regardless of case (as IANA's charset names are): `Windows-1252`, as the
    /// code page is usually written, declares the same encoding.
    @Test(arguments: ["Windows-1252", "WINDOWS-1252", "UTF-8"])
    func anEncodingNameIsReadInAnyCase(_ name: String) throws {
        let mapping = CSVMappingTests.mapping.replacingOccurrences(of: "rule_set: pai\n", with: "rule_set: pai\nencoding: \(name)\n")
        let (result, out) = try CSVMappingTests().run(bytes: Array("clave,nombre,tipo,orden,estado,comite,recibidas,portal\nSO-1,Merida,municipio,Municipal,Yucatan,si,2,50\n".utf8),
                                                      mapping: mapping)
        #expect(result.setupDiagnostics.isEmpty)
        #expect(result.summary?.counts.evaluated == 1)
        #expect(Fixtures.records(out + "/results.csv").last?[3] == "Merida")
    }

    /// Declared Windows-1252, a UTF-8 table (here with its byte order mark) is refused at its header, not read
    /// with "Ã©" for "é".
    @Test func aUTF8TableDeclaredWindows1252IsRefused() throws {
        let declared = CSVMappingTests.mapping.replacingOccurrences(of: "rule_set: pai\n", with: "rule_set: pai\nencoding: windows-1252\n")
        let table = [0xEF, 0xBB, 0xBF] + Array(CSVMappingTests.table.utf8)
        let (result, out) = try CSVMappingTests().run(bytes: table, mapping: declared)
        #expect(result.summary?.counts.evaluated == 0)
        let errors = Fixtures.records(out + "/errors.csv").dropFirst()
        #expect(errors.map { [$0[1], $0[2], $0[3]] } == [["1", "1", "invalid_encoding"]])
    }

    @Test func anUnknownEncodingIsAnErrorAtIt() throws {
        let mapping = CSVMappingTests.mapping.replacingOccurrences(of: "rule_set: pai\n", with: "rule_set: pai\nencoding: latin1\n")
        let (result, _) = try CSVMappingTests().run("clave\n", mapping: mapping)
        #expect(result.summary == nil)
        #expect(result.setupDiagnostics.map { "\($0.range!.start.line):\($0.range!.start.column) \($0.code)" } == ["3:11 invalid_value"])
        #expect(result.setupDiagnostics.first?.message.es == "codificación desconocida «latin1»: se admiten utf-8, windows-1252")
        // Not the Spanish word order "accepted are utf-8, windows-1252".
        #expect(result.setupDiagnostics.first?.message.en == "unknown encoding 'latin1'; supported: utf-8, windows-1252")
    }
}

/// A table saved as UTF-16 (Excel's "Unicode text"): one invalid input, said as such, under either declared
/// encoding; it was a header "not valid UTF-8" with the advice to declare Windows-1252, which reads it no better.
@Suite struct CSVUTF16Tests {
    @Test(arguments: [(false, "UTF-16LE"), (true, "UTF-16BE")], ["", "encoding: windows-1252\n"])
    func aUTF16TableIsOneInvalidInputSaidAsSuch(_ bigEndian: (Bool, String), _ declared: String) throws {
        let dir = Fixtures.temporaryDirectory("csv-utf16")
        let text = "clave,nombre,tipo,orden\nSO-1,Uno,municipio,municipal\n"
        let units = Array(text.utf16).flatMap { bigEndian.0 ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bom: [UInt8] = bigEndian.0 ? [0xFE, 0xFF] : [0xFF, 0xFE]
        #expect(FileManager.default.createFile(atPath: dir + "/tabla.csv", contents: Data(bom + units)))
        Fixtures.write("kind: csv_mapping\nrule_set: pai\n\(declared)institution:\n  id: clave\n  name: nombre\n  kind: tipo\n  order: orden\n",
                       dir + "/mapping.yaml")
        let result = try BatchRunner.run(BatchOptions(inputs: [dir + "/tabla.csv"], outputDirectory: dir + "/out", rules: Fixtures.paiRules,
                                                      policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, mapping: dir + "/mapping.yaml"))
        #expect(result.summary?.counts.inputs == 1)
        #expect(result.summary?.counts.invalid == 1)
        let errors = Fixtures.records(dir + "/out/errors.csv")
        #expect(errors.dropFirst().map { $0 } == [[dir + "/tabla.csv", "1", "1", "invalid_encoding",
            "la tabla está en \(bigEndian.1), que no se lee: se leen UTF-8 y Windows-1252 (guárdela como «CSV UTF-8», no como «Texto Unicode»)"]])
        // In English, not the Spanish construction "which is not read: UTF-8 and Windows-1252 are".
        let english = try BatchRunner.run(BatchOptions(inputs: [dir + "/tabla.csv"], outputDirectory: dir + "/out-en", rules: Fixtures.paiRules,
                                                       policy: Fixtures.paiPolicy, asOf: Fixtures.asOf, language: .en, mapping: dir + "/mapping.yaml"))
        #expect(english.summary?.counts.invalid == 1)
        #expect(Fixtures.records(dir + "/out-en/errors.csv").dropFirst().map { $0[4] } == [
            "the table is in \(bigEndian.1), which cannot be read: only UTF-8 and Windows-1252 can (save it as \"CSV UTF-8\", not as \"Unicode Text\")"])
    }
}
