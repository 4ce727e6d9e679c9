import AperturaSource
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns libyaml's marks (0-based line and column, columns in Unicode scalars) into byte offsets
/// of the input, and byte offsets back into 1-based locations.
///
/// libyaml's `mark.index` counts characters, not bytes, so it cannot slice the input. The table of
/// line starts is built lazily and only as far as asked, so plain documents that never need a byte
/// offset pay nothing, and a stream pays for its lines once.
struct SourceLineIndex {
    /// The input bytes; owned by whoever owns this index (see `LibYAMLEventReader`).
    let bytes: UnsafeBufferPointer<UInt8>
    /// Byte offset at which each line starts. Line 0 starts after a UTF-8 BOM, which libyaml skips
    /// without counting it in columns.
    private(set) var starts: [Int]
    /// The 0-based line of the file on which the input starts: not 0 for one document cut out of a
    /// stream (`YAMLDocumentSplitter`), whose locations are still the file's.
    var firstLine = 0
    /// How far the input has been scanned for line breaks.
    private var scanned: Int
    /// Whether LF is the only line break in the input, so lines can be found with `memchr`.
    /// Worked out on first use (three `memchr` passes), since most inputs never need the table.
    private var onlyLineFeeds: Bool?
    /// The last position worked out, either way (mark to offset or offset to location): marks and
    /// offsets come mostly in the order of the input, so the next one on the same line is counted on (or
    /// back) from here, not from the line's start. A flow list of 300,000 items on one line would
    /// otherwise count the line over again for every item; a tagged or anchored item needs three
    /// positions, the middle one behind the last (see `ScalarLineStarts.compute`).
    private var lastMark = (line: -1, column: 0, offset: 0)

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        starts = [bom]
        scanned = bom
    }

    /// Scans on until line `line` is known or the input ends. Line breaks are libyaml's (YAML 1.1):
    /// LF, CR LF, CR, and also NEL, LS and PS, which libyaml counts as breaks in its marks.
    private mutating func scan(untilLine line: Int) {
        if onlyLineFeeds == nil { onlyLineFeeds = !Self.hasOtherBreaks(bytes) }
        if onlyLineFeeds == true {
            scanLineFeeds(untilLine: line)
            return
        }
        let count = bytes.count
        var i = scanned
        while starts.count <= line && i < count {
            let byte = bytes[i]
            if byte == 0x0A {
                i += 1
                starts.append(i)
            } else if byte == 0x0D {
                i += (i + 1 < count && bytes[i + 1] == 0x0A) ? 2 : 1
                starts.append(i)
            } else if byte == 0xC2, i + 1 < count, bytes[i + 1] == 0x85 {
                i += 2
                starts.append(i)
            } else if byte == 0xE2, i + 2 < count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                i += 3
                starts.append(i)
            } else {
                i += 1
            }
        }
        scanned = i
    }

    /// The fast path of `scan`: lines end only at LF.
    private mutating func scanLineFeeds(untilLine line: Int) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var i = scanned
        while starts.count <= line && i < count {
            guard let found = memchr(base + i, 0x0A, count - i) else {
                i = count
                break
            }
            i = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
            starts.append(i)
        }
        scanned = i
    }

    /// True when the input holds a CR, NEL (C2 85), LS (E2 80 A8) or PS (E2 80 A9).
    private static func hasOtherBreaks(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let count = bytes.count
        if memchr(base, 0x0D, count) != nil { return true }
        for lead: UInt8 in [0xC2, 0xE2] {
            var i = 0
            while i < count, let found = memchr(base + i, Int32(lead), count - i) {
                let at = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                if lead == 0xC2, at + 1 < count, bytes[at + 1] == 0x85 { return true }
                if lead == 0xE2, at + 2 < count, bytes[at + 1] == 0x80, bytes[at + 2] == 0xA8 || bytes[at + 2] == 0xA9 {
                    return true
                }
                i = at + 1
            }
        }
        return false
    }

    /// The byte offset of the start of 0-based `line`, or the input's end when there is no such line.
    mutating func lineStart(_ line: Int) -> Int {
        if starts.count <= line { scan(untilLine: line) }
        return line < starts.count ? starts[line] : bytes.count
    }

    /// The byte offset of a libyaml mark (0-based line, 0-based column in Unicode scalars).
    mutating func byteOffset(line: Int, column: Int) -> Int {
        let count = bytes.count
        if line == lastMark.line && column < lastMark.column && lastMark.column - column < column {
            // Closer to the last mark than to the line's start: count back from it.
            var offset = lastMark.offset
            var remaining = lastMark.column - column
            while remaining > 0 && offset > 0 {
                offset -= 1
                // Continuation bytes (10xxxxxx) do not start a scalar.
                while offset > 0 && bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
                remaining -= 1
            }
            lastMark = (line, column, offset)
            return offset
        }
        var offset: Int, remaining: Int
        if line == lastMark.line && column >= lastMark.column {
            (offset, remaining) = (lastMark.offset, column - lastMark.column)
        } else {
            (offset, remaining) = (lineStart(line), column)
        }
        while remaining > 0 && offset < count {
            offset += Self.sequenceLength(bytes[offset])
            remaining -= 1
        }
        offset = min(offset, count)
        if remaining == 0 { lastMark = (line, column, offset) }
        return offset
    }

    /// The 1-based location of a byte offset: its line by binary search over the line starts,
    /// its column by counting the Unicode scalars before it on that line (from the last position worked
    /// out when that is on the same line and closer). The offset is taken to start a character (for an
    /// ill-formed sequence, the bad byte counts as one).
    mutating func location(ofByte offset: Int, file: String) -> SourceLocation {
        let target = min(max(offset, 0), bytes.count)
        while scanned < target && scanned < bytes.count {
            scan(untilLine: starts.count)
        }
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= target { low = mid } else { high = mid - 1 }
        }
        let lineStart = starts[low]
        var column: Int  // 0-based
        if low == lastMark.line && lastMark.offset <= target {
            column = lastMark.column + Self.scalars(bytes, from: lastMark.offset, to: target)
        } else if low == lastMark.line && lastMark.offset - target < target - lineStart {
            column = lastMark.column - Self.scalars(bytes, from: target, to: lastMark.offset)
        } else {
            column = Self.scalars(bytes, from: lineStart, to: target)
        }
        // Only a valid position can be counted on from (an ill-formed byte counts as one here, but not
        // when counting marks on).
        if target == bytes.count || bytes[target] & 0xC0 != 0x80 { lastMark = (low, column, target) }
        return SourceLocation(file: file, line: firstLine + low + 1, column: column + 1)
    }

    /// Unicode scalars starting in bytes[from..<to]: continuation bytes (10xxxxxx) do not start one.
    private static func scalars(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var count = 0
        var i = from
        while i < to {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    /// The length of the UTF-8 sequence a lead byte starts (1 for anything unexpected: the input was
    /// validated before parsing, so this only guards against running off).
    static func sequenceLength(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead >= 0xF0 { return 4 }
        if lead >= 0xE0 { return 3 }
        if lead >= 0xC0 { return 2 }
        return 1
    }
}
