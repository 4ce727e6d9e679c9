@testable import AperturaYAML
import Testing

/// Which lines are a `key:value` slip, and which are not (a link, a time, a proper `key: value`).
@Suite struct KeyColonSlipTests {
    static func slip(_ line: String) -> KeyColonSlip? { KeyColonSlip(line: Array(line.utf8)) }

    @Test func aKeyWithoutItsSpace() {
        let slip = Self.slip("    sesiones:4")
        #expect(slip?.kind == .noSpace && slip?.key == "sesiones" && slip?.value == "4")
        #expect(slip?.keyColumn == 4 && slip?.column == 12)
    }

    @Test func aListItemKeyWithANoBreakSpace() {
        // `  - ` is 4 characters, `b` is column 4, the colon 5, the no-break space 6.
        let slip = Self.slip("  - b:\u{A0}sí  ")
        #expect(slip?.kind == .noBreakSpace && slip?.key == "b" && slip?.value == "sí")
        #expect(slip?.keyColumn == 4 && slip?.column == 6)
    }

    @Test(arguments: ["  b: 1", "  url: https://x.mx", "  10:30", "  b:", "  b:\tx", "  # b:c", "  ñu:1"])
    func notASlip(_ line: String) {
        #expect(Self.slip(line) == nil)
    }
}

/// Where a no-break space stands that was meant as a space.
@Suite struct NoBreakSpaceSpotTests {
    static func column(_ line: String) -> Int? { NoBreakSpaceSpot.column(in: Array(line.utf8)) }

    @Test func inTheIndentation() {
        #expect(Self.column(" \u{A0}c: 2") == 1)
        #expect(Self.column("  -\u{A0}c: 2") == 3)
    }

    /// After `título:` (7 characters, `í` two bytes) at column 9, after two spaces.
    @Test func afterAColon() {
        #expect(Self.column("  título:\u{A0}x") == 9)
    }

    @Test func insideATextItIsLeftAlone() {
        #expect(Self.column("  nombre: 10\u{A0}000") == nil)
        #expect(Self.column("  nombre: x") == nil)
    }
}
