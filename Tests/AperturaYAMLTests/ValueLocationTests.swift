import AperturaSource
import Testing
import AperturaYAML
import TestSupport

/// Checks `YAMLScalar.location(ofValueOffset:nodeStart:)` against the source text: where the loader
/// says a character of a value was written, that character must stand in the file.
@Suite("Value locations")
struct ValueLocationTests {
    /// Samples written for this check, with every scalar style and several lines.
    static let samples: [String] = [
        "a: plain text here\nb: 'single ''quoted'' text'\nc: \"double quoted\"\n",
        "rule: |\n  line one\n    more indented\n\n  after blank\nnext: x\n",
        "rule: >-\n  folded one\n  folded two\n\n  new paragraph\n",
        "rule: plain\n  continued\n\n  after blank\n",
        "rule: 'single\n  continued\n\n  after blank'\n",
        "rule: \"double\n  continued\n\n  after blank\"\n",
        "título: «Año» y más\n  ñandú\n",
        "- [a, 'b c', \"d e\"]\n- {k: v, 'q': \"w\"}\n",
        "rule: \"esc \\t tab\n  next line\"\n",
        // Escapes on one line: what follows them keeps its column.
        "when: \"institution.kind == \\\"municipios\\\" && x == '\\u00e9' && y == \\x41\"\nq: 'it''s ''here'' now'\n",
        "k: |2\n    indented by indicator\n  base\n",
        // Windows line ends, and a BOM.
        "rule: |\r\n  uno\r\n    dos\r\nnext: 'x\r\n  y'\r\nplain: a\r\n  b\r\n",
        "\u{FEFF}a: b\r\nc: >\r\n  folded\r\n  text\r\n",
        // Anchors and tags before the value.
        "a: &x plain\nb: !!str 'quoted'\nc: !local |\n  block\nd: &y\n  on next line\n",
    ]

    /// Whether the character at `offset` of a value must appear as itself at the location given:
    /// not for characters that folding or escaping produced.
    static func mustMatch(_ scalar: YAMLScalar, offset: Int, source: Unicode.Scalar?) -> Bool {
        let utf8 = Array(scalar.value.utf8)
        guard offset < utf8.count, utf8[offset] & 0xC0 != 0x80 else { return false }
        let byte = utf8[offset]
        if byte == 0x0A || byte == 0x20 || byte == 0x09 { return false }  // folded breaks, blanks
        if scalar.style == .doubleQuoted && source == "\\" { return false }  // an escape
        return true
    }

    static func check(_ text: String, file: String) -> [String] {
        let result = YAMLParser.parse(Array(text.utf8), file: file)
        guard !result.hasErrors else { return [] }
        let source = SourceText(text)
        var problems: [String] = []
        for document in result.documents {
            for node in SourceText.scalars(of: document.root) {
                guard let scalar = node.scalar else { continue }
                let utf8 = Array(scalar.value.utf8)
                // Plain, literal and quoted scalars map exactly, character by character (escapes included:
                // the characters after one are where they are written); folded ones at least at the start of
                // every line (folding shifts columns within a line).
                let exact = scalar.style != .folded
                var offsets = exact ? Array(0..<utf8.count) : scalar.lineStarts.map(\.valueOffset)
                if !exact && scalar.lineStarts.isEmpty { offsets = [0] }
                for offset in offsets {
                    let location = scalar.location(ofValueOffset: offset, nodeStart: node.range.start)
                    let found = source.scalar(at: location)
                    guard mustMatch(scalar, offset: offset, source: found) else { continue }
                    let expected = String(decoding: utf8[offset...].prefix(4), as: UTF8.self).unicodeScalars.first
                    if found != expected {
                        problems.append(
                            "\(file): value \(scalar.value.debugDescription) offset \(offset) -> \(location) holds "
                            + "\(found.map { String($0).debugDescription } ?? "nothing"), expected \(expected.map { String($0).debugDescription } ?? "?")")
                        break
                    }
                }
            }
        }
        return problems
    }

    @Test(arguments: samples)
    func samplesMapBackToTheirSource(text: String) {
        #expect(!YAMLParser.parse(Array(text.utf8), file: "sample.yaml").hasErrors)
        for problem in Self.check(text, file: "sample.yaml") { Issue.record(Comment(rawValue: problem)) }
    }

    @Test(.enabled(if: YAMLConformanceCase.isAvailable, Comment(rawValue: SharedData.missingMessage(YAMLConformanceCase.file))))
    func conformanceInputsMapBackToTheirSource() {
        var problems: [String] = []
        // Known failures are left out: there libyaml's value itself is wrong (Y2GN's anchor, for one).
        for testCase in YAMLConformanceCase.all where !testCase.error && YAMLExpectedFailures.reasons[testCase.id] == nil {
            problems += Self.check(testCase.yaml, file: testCase.id)
        }
        print("value locations: \(problems.count) mismatches")
        for problem in problems.prefix(40) { Issue.record(Comment(rawValue: problem)) }
    }
}
