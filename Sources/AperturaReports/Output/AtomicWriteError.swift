public import AperturaSource
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output that could not be written: said plainly, with the path and the system's reason in the
/// user's language (the common ones; any other in the system's words).
public struct AtomicWriteError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: LocalizedText

    public init(path: String, reason: LocalizedText) {
        self.path = path
        self.reason = reason
    }

    /// `code`: the `errno` of the call that failed.
    public init(path: String, systemError code: Int32) {
        // ENOENT where the folder exists: a file system that makes no files (`/proc`), not a missing folder.
        if code == ENOENT, Self.isFolder(Self.folder(of: path)) {
            self.init(path: path, reason: LocalizedText(es: "en esa carpeta no se pueden crear archivos", en: "files cannot be created in that folder"))
        } else {
            self.init(path: path, reason: Self.reason(code))
        }
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    public func message(_ language: Language) -> String {
        let path = HiddenCharacters.shownName(path)
        return language == .es ? "no se pudo escribir «\(path)»: \(reason.es)" : "could not write '\(path)': \(reason.en ?? reason.es)"
    }

    public var description: String { message(.es) }

    /// A path ending in `/`: a folder where a file is to be written.
    static let namesAFolder = LocalizedText(es: "la ruta termina en «/» y nombra una carpeta: indique un nombre de archivo",
                                            en: "the path ends in '/' and names a folder: give a file name")

    /// The reason for the `errno` of a failed write, in both languages.
    public static func reason(_ code: Int32) -> LocalizedText {
        switch code {
        case EACCES, EPERM: LocalizedText(es: "no hay permiso de escritura", en: "there is no permission to write")
        case ENOSPC, EDQUOT: LocalizedText(es: "el disco está lleno", en: "the disk is full")
        case EROFS: LocalizedText(es: "el sistema de archivos es de solo lectura", en: "the file system is read-only")
        case ENOTDIR, EEXIST: LocalizedText(es: "una parte de la ruta es un archivo, no una carpeta", en: "part of the path is a file, not a folder")
        case EISDIR: LocalizedText(es: "es una carpeta", en: "it is a folder")
        case ENOENT: LocalizedText(es: "la carpeta no existe", en: "the folder does not exist")
        case ENAMETOOLONG: LocalizedText(es: "el nombre es demasiado largo", en: "the name is too long")
        case ELOOP: LocalizedText(es: "los enlaces de la ruta forman un ciclo", en: "the links in the path form a loop")
        case EIO: LocalizedText(es: "error de lectura o escritura en el disco", en: "input/output error on the disk")
        default:
            LocalizedText(es: String(cString: strerror(code)), en: String(cString: strerror(code)))
        }
    }
}
