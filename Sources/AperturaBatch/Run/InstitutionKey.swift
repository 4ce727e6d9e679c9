/// An institution id as a batch compares it to count each institution once: without the spaces around it, without
/// case, and with every hyphen or dash that looks like `-` taken as `-`. A CSV cell is read trimmed while a YAML value
/// is not, a spreadsheet capitalises, a word processor turns `-` into a non-breaking hyphen: `SO-JAL-01120`,
/// `"so-jal-01120 "` and `SO‑JAL‑01120` (U+2011) are one institution written three ways, not three.
enum InstitutionKey {
    /// The hyphen and dash look-alikes taken as `-`: U+2010–U+2015 (hyphen, non-breaking hyphen, figure dash, en and
    /// em dash, horizontal bar), U+2212 (minus), U+FE63 (small hyphen-minus) and U+FF0D (fullwidth hyphen-minus).
    static let dashes: Set<Unicode.Scalar> = Set((0x2010...0x2015).compactMap(Unicode.Scalar.init) + [0x2212, 0xFE63, 0xFF0D].compactMap(Unicode.Scalar.init))

    /// `id` in the form ids are compared in.
    static func compared(_ id: String) -> String {
        let trimmed = id.trimmingWhitespace
        // Most ids are ASCII: no dash look-alike to look for.
        if trimmed.utf8.allSatisfy({ $0 < 0x80 }) { return trimmed.lowercased() }
        return withPlainDashes(trimmed).lowercased()
    }

    /// `id` without the spaces around it and with its dashes as `-`, its case kept: how it would be written plainly.
    static func plain(_ id: String) -> String {
        withPlainDashes(id.trimmingWhitespace)
    }

    static func withPlainDashes(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: dashes.contains) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(dashes.contains(scalar) ? "-" : scalar) }
        return String(scalars)
    }

    /// A 32-bit hash of `id` exactly as written, to tell whether a repeat wrote it the same way (two spellings that
    /// shared it, once in 4 billion, would only leave the first's spelling unsaid).
    static func spelling(_ id: String) -> UInt32 {
        var hasher = Hasher()
        hasher.combine(UInt8(0x03))
        hasher.combine(id)
        return UInt32(truncatingIfNeeded: hasher.finalize())
    }
}

private extension String {
    /// Without the white space (spaces, tabs, no-break spaces, line breaks) at either end.
    var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return first == startIndex && last == index(before: endIndex) ? self : String(self[first...last])
    }
}
