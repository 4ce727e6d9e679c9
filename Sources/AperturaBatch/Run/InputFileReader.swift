import AperturaSource
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a small input file in one `read` into an array of exactly its size (the batch's hot path:
/// thousands of files of a few KiB, where a general reader's chunk buffer costs more than the read).
public enum InputFileReader {
    /// An input read whole rather than in pieces (a pipe or device, which cannot be read twice; a large stream
    /// that cannot be cut into its documents) is refused past this size, so that an endless one (`/dev/zero`)
    /// or a huge one cannot fill the memory.
    public static let maximumWholeBytes = 64 << 20

    public static func bytes(atPath path: String) -> Result<[UInt8], BatchFailure> {
        let fd = SystemPath.openFile(path, O_RDONLY)
        guard fd >= 0 else { return .failure(unreadable(path)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(unreadable(path)) }
        let regular = info.st_mode & S_IFMT == S_IFREG
        var bytes = [UInt8](unsafeUninitializedCapacity: regular ? Int(info.st_size) : 0) { buffer, count in
            count = 0
            while count < buffer.count {
                let n = read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n <= 0 { break }
                count += n
            }
        }
        // Read on to the end: a file that grew while being read, or a pipe or device, whose size is not known.
        // One byte first: nearly always the file is already at its end, and a chunk buffer would cost more.
        var probe: UInt8 = 0
        let first = read(fd, &probe, 1)
        if first < 0 { return .failure(unreadable(path)) }
        if first == 0 { return .success(bytes) }
        bytes.append(probe)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 { return .failure(unreadable(path)) }
            if n == 0 { return .success(bytes) }
            bytes.append(contentsOf: chunk[0..<n])
            if !regular && bytes.count > maximumWholeBytes { return .failure(tooLarge(path)) }
        }
    }

    static func tooLarge(_ path: String) -> BatchFailure {
        let mebibytes = maximumWholeBytes >> 20
        return tooLarge(path, LocalizedText(
            es: "«\(path)» no es un archivo regular (es una tubería o un dispositivo) y pasa de \(mebibytes) MiB",
            en: "'\(path)' is not a regular file (it is a pipe or a device) and holds more than \(mebibytes) MiB"),
            help: LocalizedText(es: "guárdelo antes en un archivo: un archivo se lee por partes, de cualquier tamaño",
                                en: "save it to a file first: a file is read in parts, whatever its size"))
    }

    /// A file over `maximumWholeBytes` that cannot be cut into its documents.
    static func uncuttable(_ path: String) -> BatchFailure {
        let mebibytes = maximumWholeBytes >> 20
        return tooLarge(path, LocalizedText(
            es: "«\(path)» pasa de \(mebibytes) MiB y no se puede partir en sus documentos: es uno solo (el límite de un documento es de 8 MiB) o usa directivas % o saltos de línea CR",
            en: "'\(path)' holds more than \(mebibytes) MiB and cannot be cut into its documents: it is a single one (a document's limit is 8 MiB) or it uses % directives or CR line breaks"),
            help: LocalizedText(es: "separe los documentos con líneas `---` y guarde el archivo con saltos de línea LF, sin directivas %",
                                en: "separate the documents with `---` lines and save the file with LF line breaks, without % directives"))
    }

    private static func tooLarge(_ path: String, _ message: LocalizedText, help: LocalizedText) -> BatchFailure {
        BatchFailure(file: path, line: 1, diagnostics: [
            .error("input_too_large", message, at: SourceRange(at: SourceLocation(file: path, line: 1, column: 1)), help: help),
        ])
    }

    static func unreadable(_ path: String) -> BatchFailure {
        let reason = ReadFailureReason.text(errno)
        return BatchFailure(file: path, line: 1, diagnostics: [
            .error("file_unreadable", LocalizedText(es: "no se puede leer el archivo \(path): \(reason.es)", en: "cannot read file \(path): \(reason.text(.en))"),
                   at: SourceRange(at: SourceLocation(file: path, line: 1, column: 1))),
        ])
    }
}
