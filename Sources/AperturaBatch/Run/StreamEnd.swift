import AperturaSource

/// What a YAML syntax error leaves unread, said where it is: nothing of an input may vanish without a word.
enum StreamEnd {
    /// libyaml's "unexpected end of stream" in a document cut out of a stream: the document ends there, not the file
    /// (the documents after it are read on their own), so it is said as the document's end.
    static func documentEnd(_ result: UnitResult) -> UnitResult {
        guard case .invalid(var failure) = result else { return result }
        failure.diagnostics = failure.diagnostics.map { diagnostic in
            guard diagnostic.code == "yaml_syntax_error" else { return diagnostic }
            var said = diagnostic
            said.message = LocalizedText(
                es: diagnostic.message.es.replacingOccurrences(of: "fin de archivo inesperado", with: "fin del documento inesperado"),
                en: diagnostic.message.text(.en).replacingOccurrences(of: "unexpected end of stream", with: "unexpected end of the document"))
            return said
        }
        return .invalid(failure)
    }

    /// `results` of a stream parsed whole (one that cannot be cut into its documents), whose syntax error ends it:
    /// when a document marker (`---`) follows the error, or is where it is, the documents from there on were not read,
    /// and its error says so. `bytes` are the stream's, its first line being `firstLine` + 1.
    static func unreadRest(_ results: [UnitResult], bytes: [UInt8], firstLine: Int) -> [UnitResult] {
        guard case .invalid(var failure)? = results.last,
              let index = failure.diagnostics.lastIndex(where: { $0.code == "yaml_syntax_error" }),
              let errorLine = failure.diagnostics[index].range?.startLine,
              let marker = markerLine(after: errorLine, in: bytes, firstLine: firstLine) else { return results }
        let diagnostic = failure.diagnostics[index]
        failure.diagnostics[index].message = LocalizedText(
            es: diagnostic.message.es + "; el flujo termina aquí: los documentos desde el «---» de la línea \(marker) no se leyeron",
            en: diagnostic.message.text(.en) + "; the stream ends here: the documents from the '---' of line \(marker) on were not read")
        if failure.diagnostics[index].help == nil {
            failure.diagnostics[index].help = LocalizedText(
                es: "unas comillas o un corchete sin cerrar se tragan las líneas que siguen: corrija este error y vuelva a evaluar el archivo",
                en: "an unclosed quote or bracket swallows the lines after it: correct this error and evaluate the file again")
        }
        return results.dropLast() + [.invalid(failure)]
    }

    /// The line (1-based, in the file) of the first line from `line` on that starts with `---` followed by a space, a
    /// line break or the end: a document marker (one inside an unclosed quote is where libyaml stops). Lines end at LF, CRLF or a lone CR, as YAML counts them (a stream that
    /// cannot be cut may use a lone CR).
    static func markerLine(after line: Int, in bytes: [UInt8], firstLine: Int) -> Int? {
        let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n"), dash = UInt8(ascii: "-")
        var current = firstLine + 1, start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != lf, bytes[end] != cr { end += 1 }
            if current >= line, end - start >= 3, bytes[start] == dash, bytes[start + 1] == dash, bytes[start + 2] == dash,
               start + 3 == end || bytes[start + 3] == UInt8(ascii: " ") || bytes[start + 3] == UInt8(ascii: "\t") {
                return current
            }
            current += 1
            start = end < bytes.count && bytes[end] == cr && end + 1 < bytes.count && bytes[end + 1] == lf ? end + 2 : end + 1
        }
        return nil
    }
}
