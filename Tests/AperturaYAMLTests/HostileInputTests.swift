import AperturaSource
import AperturaYAML
import Testing
import TestSupport

/// Mutated and adversarial inputs: the loader must never trap, and must never fail without saying so.
@Suite("Hostile input")
struct HostileInputTests {
    /// Bytes that matter to YAML's grammar, plus some that must be rejected.
    static let interesting: [UInt8] = Array("[]{}:-?,&*!|>'\"#%@` \n\t\r\\".utf8) + [0x00, 0xC3, 0xA9, 0xFF, 0xE2, 0x80]

    static let seeds: [String] = [
        "kind: ruleset\nid: pai\nphases:\n  - id: inicio\n    name: {es: Inicio, en: Start}\n",
        "rule: |\n  a.b > 1 &&\n    c == 2\nnote: >\n  folded\n  text\n",
        "a: &x [1, 2, {k: 'v'}]\nb: *x\nc: \"esc \\t \\u00e9\"\n---\n- !!str 1\n- ? complex\n  : key\n",
    ]

    static func mutate(_ input: [UInt8], _ generator: inout TestRandom) -> [UInt8] {
        var bytes = input
        for _ in 0..<(1 + generator.below(4)) {
            let position = generator.below(bytes.count + 1)
            switch generator.below(4) {
            case 0 where !bytes.isEmpty && position < bytes.count:
                bytes[position] = interesting[generator.below(interesting.count)]
            case 1:
                bytes.insert(interesting[generator.below(interesting.count)], at: position)
            case 2 where position < bytes.count:
                bytes.removeSubrange(position..<min(bytes.count, position + 1 + generator.below(4)))
            default:
                let start = generator.below(bytes.count + 1)
                let slice = bytes[start..<min(bytes.count, start + generator.below(12))]
                bytes.insert(contentsOf: slice, at: min(position, bytes.count))
            }
        }
        return bytes
    }

    /// Every value offset of every scalar must give a location without trapping.
    static func touchEveryLocation(_ root: YAMLNode?) {
        for node in SourceText.scalars(of: root) {
            guard let scalar = node.scalar else { continue }
            for offset in stride(from: -1, through: scalar.value.utf8.count + 1, by: 1) {
                _ = scalar.location(ofValueOffset: offset, nodeStart: node.range.start)
            }
        }
    }

    @Test func mutatedInputsNeverTrap() {
        var inputs = Self.seeds.map { Array($0.utf8) }
        inputs += YAMLConformanceCase.all.prefix(120).map { Array($0.yaml.utf8) }
        var generator = TestRandom(seed: 0x4150_4552_5455_5241)  // fixed seed: every run mutates the same way
        var rejected = 0
        for input in inputs {
            for _ in 0..<25 {
                let bytes = Self.mutate(input, &generator)
                let result = YAMLParser.parse(bytes, file: "fuzz.yaml", limits: YAMLLimits(maxDepth: 16, maxAliasExpansion: 1_000))
                if result.hasErrors { rejected += 1 }
                for document in result.documents { Self.touchEveryLocation(document.root) }
                // A stream stops at its first fatal error and yields nothing after it.
                var ended = false
                for item in YAMLDocumentStream(bytes: bytes, file: "fuzz.yaml") {
                    #expect(!ended)
                    if item.document == nil {
                        #expect(item.hasErrors)
                        ended = true
                    }
                }
            }
        }
        print("hostile input: \(inputs.count * 25) mutated inputs, \(rejected) rejected")
    }

    /// Nested aliases whose expansion doubles at every level: stopped by the budget, not by memory.
    @Test(arguments: [2, 10, 1_000])
    func exponentialAliasesAreStopped(width: Int) {
        var text = "a0: &a0 [x]\n"
        for level in 1...60 {
            let aliases = Array(repeating: "*a\(level - 1)", count: width).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(aliases)]\n"
        }
        let result = YAMLParser.parse(Array(text.utf8), file: "bomb.yaml")
        #expect(result.diagnostics.map(\.code) == ["yaml_alias_limit"])
    }

    @Test func longKeysAndManyPairsStayCorrect() {
        var text = ""
        for i in 0..<2_000 { text += "clave_bastante_larga_numero_\(i): \(i)\n" }
        text += "clave_bastante_larga_numero_1999: otra\n"
        let result = YAMLParser.parse(Array(text.utf8), file: "big.yaml")
        #expect(result.diagnostics.map(\.code) == ["yaml_duplicate_key"])
        #expect(result.diagnostics.first?.message.en?.contains("line 2000") == true)
    }

    @Test(arguments: ["\u{FEFF}", "---", "...", "%YAML 1.2\n---", "&a", "*a", "!", "? ", ": ", "- - - -", "'", "\""])
    func fragmentsNeverTrap(text: String) {
        let result = YAMLParser.parse(Array(text.utf8), file: "f.yaml")
        for document in result.documents { Self.touchEveryLocation(document.root) }
    }
}
