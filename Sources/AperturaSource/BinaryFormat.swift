#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file that is not text at all, told by its first bytes: what people hand in by mistake for a YAML file or a
/// CSV table (the PDF of a report, the workbook itself, a scan). Said as such, instead of as a text in the wrong encoding,
/// whose advice ("save it as UTF-8") cannot help.
public enum BinaryFormat {
    /// Signatures at the start of the file, with what they are.
    static let signatures: [(bytes: [UInt8], what: LocalizedText)] = [
        (Array("%PDF-".utf8), LocalizedText(es: "un documento PDF", en: "a PDF document")),
        ([0x50, 0x4B, 0x03, 0x04], LocalizedText(es: "un archivo ZIP, como una hoja de Excel (.xlsx) o un documento de Word (.docx)",
                                                 en: "a ZIP file, such as an Excel workbook (.xlsx) or a Word document (.docx)")),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], LocalizedText(es: "un documento de Office anterior a 2007 (.xls, .doc)",
                                                                         en: "an Office document from before 2007 (.xls, .doc)")),
        ([0x89, 0x50, 0x4E, 0x47], LocalizedText(es: "una imagen PNG", en: "a PNG image")),
        ([0xFF, 0xD8, 0xFF], LocalizedText(es: "una imagen JPEG", en: "a JPEG image")),
        ([0x7F, 0x45, 0x4C, 0x46], LocalizedText(es: "un programa", en: "a program")),
    ]

    /// How many bytes `signature(of:)` needs to see.
    public static let longestSignature = signatures.map(\.bytes.count).max() ?? 0

    /// The known format `bytes` start with, if any.
    public static func signature(of bytes: [UInt8]) -> LocalizedText? {
        signatures.first(where: { bytes.starts(with: $0.bytes) })?.what
    }

    /// How far a NUL byte is looked for: text never holds one, and the start of a file is enough to tell.
    static let sniffedBytes = 8192

    /// The offset of a NUL byte near the start of `bytes`: no text has one (UTF-16 and UTF-32, which do, are told
    /// apart before this is asked).
    /// `memchr`: every input of a batch passes here.
    public static func firstNUL(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, let found = memchr(base, 0, min(bytes.count, sniffedBytes)) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    public static let binaryFile = LocalizedText(es: "un archivo binario (tiene bytes nulos)", en: "a binary file (it holds NUL bytes)")
}
