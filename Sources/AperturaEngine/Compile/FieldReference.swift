public import AperturaModel

/// A form field an expression names as `section.field`. Used to show which answers a rule read;
/// evaluation itself never depends on it.
public struct FieldReference: Hashable, Sendable, Codable {
    public var section: SectionID
    public var field: String

    public init(section: SectionID, field: String) {
        self.section = section
        self.field = field
    }

    /// The `name.field` pairs in an expression's text whose `name` is one of `roots`, in order of
    /// first appearance. String literals are skipped.
    public static func find(in text: String, roots: Set<String>) -> [(root: String, field: String)] {
        var found: [(String, String)] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        func isStart(_ c: Unicode.Scalar) -> Bool { c == "_" || ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
        func isPart(_ c: Unicode.Scalar) -> Bool { isStart(c) || ("0"..."9").contains(c) }
        func word(at start: Int) -> (String, Int) {
            var j = start
            while j < scalars.count, isPart(scalars[j]) { j += 1 }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<j])
            return (String(view), j)
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == "\"" || c == "'" {
                i += 1
                while i < scalars.count, scalars[i] != c { i += scalars[i] == "\\" ? 2 : 1 }
                i += 1
            } else if isStart(c), i == 0 || (scalars[i - 1] != "." && !isPart(scalars[i - 1])) {
                let (name, end) = word(at: i)
                i = end
                if roots.contains(name), i + 1 < scalars.count, scalars[i] == ".", isStart(scalars[i + 1]) {
                    let (field, after) = word(at: i + 1)
                    if !found.contains(where: { $0.0 == name && $0.1 == field }) { found.append((name, field)) }
                    i = after
                }
            } else {
                i += 1
            }
        }
        return found
    }
}
