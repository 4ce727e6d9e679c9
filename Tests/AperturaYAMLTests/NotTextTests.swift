import AperturaSource
@testable import AperturaYAML
import Testing

/// A PDF, a workbook or a program handed in for a YAML file was called "not valid UTF-8" with the advice to save
/// it as UTF-8, or even "saved in Latin-1" (the PDF's second line): it is `not_text`, naming what it looks like.
@Suite struct NotTextTests {
    @Test(arguments: [
        (Array("%PDF-1.4\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3], "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], "a ZIP file, such as an Excel workbook (.xlsx) or a Word document (.docx)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00], "an Office document from before 2007 (.xls, .doc)"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10], "a JPEG image"),
        ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00], "a program"),
    ] as [([UInt8], String)])
    func aKnownFormatIsNamedAtTheStart(bytes: [UInt8], what: String) throws {
        let result = YAMLParser.parse(bytes, file: "f.yaml")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(diagnostic.code == "not_text")
        #expect(diagnostic.message.text(.en) == "the file is not text: it looks like \(what)")
        #expect(diagnostic.range?.start.pair == [1, 1])
        #expect(result.documents.isEmpty)
    }

    /// Any other file with a NUL byte near its start is binary, said at the byte; UTF-16, which has NUL bytes too,
    /// keeps its own code.
    @Test func aNULByteMakesABinaryFileAtTheByte() throws {
        let result = YAMLParser.parse(Array("apertura: 1\nrule_set: pai".utf8) + [0x00, 0x0A], file: "f.yaml")
        #expect(result.diagnostics.map(\.code) == ["not_text"])
        #expect(result.diagnostics.first?.message.text(.es) == "el archivo no es de texto: parece un archivo binario (tiene bytes nulos)")
        #expect(result.diagnostics.first?.range?.start.pair == [2, 14])
        #expect(YAMLParser.parse([0xFF, 0xFE] + Array("a".utf16).flatMap { [UInt8($0), 0] }, file: "u.yaml").diagnostics.map(\.code)
                == ["yaml_unsupported_encoding"])
    }

    /// Text that merely starts like a signature ("%PDF" without its dash, "PK" in a key) is read as text.
    @Test func textThatStartsLikeASignatureIsText() {
        #expect(YAMLParser.parse(Array("PK: 1\n".utf8), file: "f.yaml").diagnostics.isEmpty)
        #expect(YAMLParser.parse(Array("%PDF\n".utf8), file: "f.yaml").diagnostics.map(\.code) == ["yaml_syntax_error"])
    }
}
