import AperturaSource

/// Checks made on the raw bytes before libyaml reads them: size, text or not, encoding and UTF-8 well-formedness.
/// Each gives a precise diagnostic that libyaml's own reader errors would not.
enum YAMLInputCheck {
    /// The first problem found, or nil when the bytes may be parsed. `checkSize` is false for a stream,
    /// whose documents are checked one by one instead.
    static func problem(in bytes: [UInt8], file: String, limits: YAMLLimits, checkSize: Bool, firstLine: Int = 0) -> Diagnostic? {
        let start = SourceLocation(file: file, line: firstLine + 1, column: 1)
        if checkSize && bytes.count > limits.maxDocumentBytes {
            return YAMLDiagnostics.tooLarge(size: bytes.count, limit: limits.maxDocumentBytes, at: start)
        }
        // A known format first: its signature can look like UTF-16's zero bytes (an image, a program).
        if let format = BinaryFormat.signature(of: bytes) {
            return YAMLDiagnostics.notText(format, at: start)
        }
        if let encoding = unsupportedEncoding(bytes) {
            return YAMLDiagnostics.unsupportedEncoding(encoding, at: start)
        }
        return bytes.withUnsafeBufferPointer { buffer -> Diagnostic? in
            func location(ofByte offset: Int) -> SourceLocation {
                var lines = SourceLineIndex(bytes: buffer)
                lines.firstLine = firstLine
                return lines.location(ofByte: offset, file: file)
            }
            if let nul = BinaryFormat.firstNUL(in: buffer) { return YAMLDiagnostics.notText(BinaryFormat.binaryFile, at: location(ofByte: nul)) }
            guard let bad = UTF8Validation.firstInvalidOffset(buffer) else { return nil }
            return YAMLDiagnostics.invalidUTF8(byte: buffer[bad], at: location(ofByte: bad))
        }
    }

    /// UTF-16 and UTF-32, recognised by a byte order mark or, as YAML 1.2 (5.2) detects them, by the
    /// zero bytes around the first character. Only UTF-8 is accepted: the project's files are UTF-8,
    /// and one encoding keeps byte offsets and columns simple.
    private static func unsupportedEncoding(_ bytes: [UInt8]) -> String? {
        let count = bytes.count
        func at(_ i: Int) -> UInt8? { i < count ? bytes[i] : nil }
        if at(0) == 0x00, at(1) == 0x00 { return "UTF-32BE" }
        if at(0) == 0xFF, at(1) == 0xFE, at(2) == 0x00, at(3) == 0x00 { return "UTF-32LE" }
        if at(0) == 0xFE, at(1) == 0xFF { return "UTF-16BE" }
        if at(0) == 0xFF, at(1) == 0xFE { return "UTF-16LE" }
        if at(0) == 0x00, let second = at(1), second != 0x00 { return "UTF-16BE" }
        if let first = at(0), first != 0x00, at(1) == 0x00 { return "UTF-16LE" }
        return nil
    }
}
