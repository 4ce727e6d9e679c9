import AperturaSource
import AperturaYAML

/// Reads a test input back at a location, to check that positions point at the right characters.
struct SourceText {
    /// Each line's Unicode scalars, split at LF, CR LF and CR like libyaml (inputs here use no NEL/LS/PS).
    let lines: [[Unicode.Scalar]]

    init(_ text: String) {
        var lines: [[Unicode.Scalar]] = [[]]
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if !previousWasCR { lines.append([]) }
                previousWasCR = false
            } else if scalar == "\r" {
                lines.append([])
                previousWasCR = true
            } else {
                if scalar != "\u{FEFF}" || !(lines.count == 1 && lines[0].isEmpty) { lines[lines.count - 1].append(scalar) }
                previousWasCR = false
            }
        }
        self.lines = lines
    }

    /// The scalar at a 1-based location, or nil past the end of its line.
    func scalar(at location: SourceLocation) -> Unicode.Scalar? {
        guard location.line >= 1, location.line <= lines.count else { return nil }
        let line = lines[location.line - 1]
        guard location.column >= 1, location.column <= line.count else { return nil }
        return line[location.column - 1]
    }

    /// Every scalar node of a tree, without recursion (inputs can be deep).
    static func scalars(of root: YAMLNode?) -> [YAMLNode] {
        var pending = root.map { [$0] } ?? []
        var found: [YAMLNode] = []
        while let node = pending.popLast() {
            switch node.kind {
            case .scalar: found.append(node)
            case .sequence(let items): pending.append(contentsOf: items)
            case .mapping(let pairs):
                for pair in pairs {
                    pending.append(pair.key)
                    pending.append(pair.value)
                }
            }
        }
        return found
    }
}
