import AperturaSource
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `path_not_found`, for a path given to `lint` or `test` that cannot be reached. Most often it does not exist; a
/// name too long, or a part of the path that is a file, is said as such (they used to read "does not exist").
enum PathNotFound {
    static func diagnostic(_ path: String) -> Diagnostic {
        let code = SystemPath.status(path) == nil ? errno : ENOENT
        guard code != ENOENT else {
            return .error("path_not_found", LocalizedText(es: "no existe «\(path)»", en: "'\(path)' does not exist"), at: nil)
        }
        let reason = ReadFailureReason.text(code)
        return .error("path_not_found", LocalizedText(es: "no se puede llegar a «\(path)»: \(reason.es)",
                                                      en: "cannot reach '\(path)': \(reason.en ?? reason.es)"), at: nil)
    }
}
