#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be read, from the `errno` of the failed call, in both languages: the system's own words
/// are English (and capitalised: "No such file or directory" in the middle of a sentence), and went into Spanish
/// messages as they were. `batch`'s inputs and every YAML file a command reads are said in these words.
public enum ReadFailureReason {
    public static func text(_ code: Int32) -> LocalizedText {
        switch code {
        case ENOENT: LocalizedText(es: "no existe, o es un enlace que no lleva a ningún archivo", en: "it does not exist, or is a link that leads nowhere")
        case EACCES, EPERM: LocalizedText(es: "no hay permiso para leerlo", en: "there is no permission to read it")
        case EISDIR: LocalizedText(es: "es una carpeta, no un archivo", en: "it is a folder, not a file")
        case ENOTDIR: LocalizedText(es: "una parte de la ruta no es una carpeta", en: "part of the path is not a folder")
        case ELOOP: LocalizedText(es: "los enlaces de la ruta forman un ciclo", en: "the links of the path form a loop")
        case ENAMETOOLONG: LocalizedText(es: "el nombre es demasiado largo", en: "the name is too long")
        case EIO: LocalizedText(es: "error de entrada/salida del disco", en: "input/output error on the disk")
        default:
            LocalizedText(es: String(cString: strerror(code)), en: String(cString: strerror(code)))
        }
    }
}
