/// A key longer than YAML lets a key written without `?` be: libyaml forgets such a key 1024 characters in, and
/// then says "mapping values are not allowed" (or "could not find expected ':'") at its colon, which reads as an
/// indentation slip. No key of any Apertura format comes near that length: the line is most likely a value
/// written as a key, or two lines run together.
struct LongImplicitKey: Equatable {
    /// libyaml's `YAML_MAX_SIMPLE_KEY_LENGTH`, the limit YAML 1.2 sets for implicit keys.
    static let limit = 1024

    /// 0-based column, in characters as libyaml counts them, where the key starts.
    let column: Int
    /// The key's length in characters, the spaces before its colon left out.
    let length: Int

    /// `line`: one line's bytes, without its break; `colon`: the 0-based column (characters) of the colon libyaml
    /// stopped at. Nil unless that is a colon, the text from the key's start (after the indentation and any `- `) to it
    /// holds no other `: ` (then the key is the text before that one, and the colon is a value's), and it is longer
    /// than the limit.
    init?(line: [UInt8], colon: Int) {
        let scalars = Array(String(decoding: line, as: UTF8.self).unicodeScalars)
        guard colon < scalars.count, scalars[colon] == ":" else { return nil }
        var start = 0
        while true {
            while start < colon, scalars[start] == " " { start += 1 }
            guard start + 1 < colon, scalars[start] == "-", scalars[start + 1] == " " else { break }
            start += 1
        }
        var end = colon
        while end > start, scalars[end - 1] == " " { end -= 1 }
        guard end - start > Self.limit else { return nil }
        // A quoted key may hold `: `; a plain one cannot (its first `: ` ends it).
        if scalars[start] != "\"" && scalars[start] != "'" {
            guard !(start..<end - 1).contains(where: { scalars[$0] == ":" && scalars[$0 + 1] == " " }) else { return nil }
        }
        column = start
        length = end - start
    }
}
