import AperturaSource
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lines of a table that its reader did not read, after a quote left open, text after a closing quote or a
/// record over 1 MiB ended it: counted so that the error, and `summary.json`, say how much of the table was left out.
/// Only lines with text count (a byte other than a space, a tab or the delimiter): blank lines and rows of empty cells
/// hold no institution, and the reader skips them too. Line breaks are LF, CR or CRLF, as the reader takes them; quotes
/// are not followed (what a quote left open swallowed cannot be told apart), so a line is a line of the file.
struct UnreadLines: Sendable, Hashable {
    /// Lines with text counted.
    var count: Int
    /// The scan stopped before the end (at `scanLimit`, for an input that is no regular file such as a device without
    /// end, or at a read error): there are at least `count`, maybe more.
    var atLeast: Bool

    /// How far past the cut a table that is no regular file is scanned: as far as a pipe is read whole
    /// (`InputFileReader.maximumWholeBytes`). A regular file is scanned to its end, a chunk at a time.
    static let scanLimit = 64 << 20

    /// "12 líneas con texto", "al menos 12 líneas con texto".
    var text: LocalizedText {
        let es = CountText.of(count, "línea", "líneas") + " con texto", en = CountText.of(count, "line", "lines") + " with text"
        return atLeast ? LocalizedText(es: "al menos \(es) (no se contó hasta el final)", en: "at least \(en) (not counted to its end)")
                       : LocalizedText(es: es, en: en)
    }

    /// Counts lines with text over bytes fed in pieces, holding none of them.
    struct Tally {
        let delimiter: UInt8
        private(set) var lines = 0
        private var lineHasText = false

        init(delimiter: UInt8) { self.delimiter = delimiter }

        /// Feeds the next bytes. A line's blanks are looked at one by one up to its first text; from there the line's end
        /// is found with `memchr`, a line break at a time, so that a long line (a device's endless one) is passed at
        /// memory speed.
        mutating func feed(_ buffer: UnsafeBufferPointer<UInt8>) {
            let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r"), space = UInt8(ascii: " "), tab = UInt8(0x09)
            guard let base = buffer.baseAddress else { return }
            let count = buffer.count
            /// The next LF and CR at or after the place looked from, `count` when there is none: each found once.
            var nextLF = -1, nextCR = -1
            func next(_ byte: UInt8, from i: Int) -> Int {
                guard let found = memchr(base + i, Int32(byte), count - i) else { return count }
                return UnsafeRawPointer(found) - UnsafeRawPointer(base)
            }
            var i = 0
            while i < count {
                if !lineHasText {
                    let byte = base[i]
                    i += 1
                    // A line break here ends a line without text (the LF of a CRLF too): not counted.
                    if byte == lf || byte == cr || byte == space || byte == tab || byte == delimiter { continue }
                    lineHasText = true
                }
                if nextLF < i { nextLF = next(lf, from: i) }
                if nextCR < i { nextCR = next(cr, from: i) }
                let end = Swift.min(nextLF, nextCR)
                guard end < count else { return }
                lines += 1
                lineHasText = false
                i = end + 1
            }
        }

        /// The count, the last line included when no line break ends it.
        var total: Int { lines + (lineHasText ? 1 : 0) }
    }
}
