/// A bar's label, drawn above its bar, broken into lines at spaces.
enum ChartLabel {
    /// At most `maxLines` lines of at most `characters` characters each. A word longer than a line is cut into
    /// line-long pieces; a label that needs more lines ends its last line with "…" (the full text is in the
    /// label's tooltip and in the table beside the chart).
    static func lines(_ label: String, characters: Int, maxLines: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for piece in label.split(separator: " ") {
            var word = String(piece)
            while true {
                let joined = line.isEmpty ? word : line + " " + word
                if joined.count <= characters { line = joined; break }
                if line.isEmpty {
                    lines.append(String(word.prefix(characters)))
                    word = String(word.dropFirst(characters))
                } else {
                    lines.append(line)
                    line = ""
                }
            }
        }
        if !line.isEmpty { lines.append(line) }
        guard lines.count > maxLines else { return lines.isEmpty ? [""] : lines }
        // The last line kept takes what follows it, as much as fits before the ellipsis.
        let rest = lines[(maxLines - 1)...].joined(separator: " ")
        return lines.prefix(maxLines - 1) + [String(rest.prefix(characters - 1)) + "…"]
    }
}
