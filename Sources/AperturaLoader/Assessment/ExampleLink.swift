#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A link that only shows the shape of one, as the help and the guide write it (`["https://…"]`,
/// `https://…/acta.pdf`): a scheme with nothing after it (`https://`, `http://`, `www`), or a link with an
/// ellipsis standing for what was left out. Such an entry opens nothing, so it is no evidence
/// (`PlaceholderEvidence`).
///
/// `…` anywhere in a link is an ellipsis: a link copied from a browser has any such character percent-encoded.
/// Three dots are judged by where they stand: in the host they always are one (a host has no empty labels), and in the path when they make a whole segment (`/.../acta.pdf`) or end the link
/// (`/actas...`, as a table shortens a long one). Between other characters of one segment (`/informe...final.pdf`)
/// they are kept: a file may be named so, and counting a real link as no evidence would cost its rule.
enum ExampleLink {
    static func matches(_ entry: Substring) -> Bool {
        let bytes = entry.utf8
        guard let first = bytes.first, first | 0x20 == UInt8(ascii: "h") || first | 0x20 == UInt8(ascii: "w") else { return false }
        return bytes.withContiguousStorageIfAvailable(matches) ?? Array(bytes).withUnsafeBufferPointer(matches)
    }

    private static let schemes: [[UInt8]] = [Array("https://".utf8), Array("http://".utf8)]
    /// A scheme begun and left (`https:`, `http:/`), or the start of a host alone.
    private static let bare: [[UInt8]] = ["http", "https", "http:", "https:", "http:/", "https:/", "www"].map { Array($0.utf8) }
    private static let www: [UInt8] = Array("www".utf8)
    private static let dot = UInt8(ascii: "."), slash = UInt8(ascii: "/")

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Every evidence link of every self-assessment comes here: one past the longest bare form (`https://www.`,
        // 12 bytes) with no `…` and no `...` is a real link, told by the C library's vectorised searches. (0xE2
        // starts `…` and other marks; the full look below decides those.)
        if bytes.count > 12, let base = bytes.baseAddress, memchr(base, 0xE2, bytes.count) == nil, !hasThreeDots(bytes) {
            return false
        }
        var rest = bytes[...]
        if let scheme = schemes.first(where: { startsIgnoringCase(rest, with: $0) }) {
            rest = rest.dropFirst(scheme.count)
        } else if bare.contains(where: { equalIgnoringCase(rest, $0) }) {
            return true
        } else if !(startsIgnoringCase(rest, with: www + [dot])) {
            return false
        }
        // Nothing after the scheme but dots, or `www` and dots: no host.
        var host = rest[...]
        while host.last == dot { host = host.dropLast() }
        if host.isEmpty || equalIgnoringCase(host, www) { return true }
        // `…` (E2 80 A6 in UTF-8) anywhere.
        if rest.indices.contains(where: { rest[$0] == 0xE2 && $0 + 2 < rest.endIndex && rest[$0 + 1] == 0x80 && rest[$0 + 2] == 0xA6 }) { return true }
        let isSeparator = { (byte: UInt8) in byte == slash || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "=") }
        let hostEnd = rest.firstIndex(where: isSeparator) ?? rest.endIndex
        if rest[..<hostEnd].indices.contains(where: { $0 + 2 < hostEnd && rest[$0] == dot && rest[$0 + 1] == dot && rest[$0 + 2] == dot }) { return true }
        let path = rest[hostEnd...]
        if path.count >= 3, path.suffix(3).allSatisfy({ $0 == dot }) { return true }
        return path.split(whereSeparator: isSeparator).contains { $0.count >= 3 && $0.allSatisfy { $0 == dot } }
    }

    /// Whether `...` is in `bytes`, hopping from dot to dot with `memchr` (a link has a few).
    private static func hasThreeDots(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var from = 0
        while from + 2 < bytes.count, let found = memchr(base + from, Int32(dot), bytes.count - from - 2) {
            let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if bytes[at + 1] == dot && bytes[at + 2] == dot { return true }
            from = at + 1
        }
        return false
    }

    private static func startsIgnoringCase<C: Collection>(_ bytes: C, with prefix: [UInt8]) -> Bool where C.Element == UInt8 {
        bytes.count >= prefix.count && zip(bytes, prefix).allSatisfy { lower($0) == $1 }
    }

    private static func equalIgnoringCase<C: Collection>(_ bytes: C, _ other: [UInt8]) -> Bool where C.Element == UInt8 {
        bytes.count == other.count && startsIgnoringCase(bytes, with: other)
    }

    private static func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
}
