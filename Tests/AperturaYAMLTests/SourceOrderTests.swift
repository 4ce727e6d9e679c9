import AperturaSource
import Testing

/// Ordering of places and diagnostics, and characters shown in messages (the AperturaSource module, tested here).
/// Found by mutation testing.
@Suite struct SourceOrderTests {
    /// Places sort by file first: every diagnostic of `a.yaml` before any of `b.yaml`, whatever their lines.
    @Test func placesSortByFileThenLineThenColumn() {
        let a9 = SourceLocation(file: "a.yaml", line: 9, column: 1)
        let b1 = SourceLocation(file: "b.yaml", line: 1, column: 1)
        #expect(a9 < b1)
        #expect(!(b1 < a9))
        #expect(SourceLocation(file: "a.yaml", line: 2, column: 9) < SourceLocation(file: "a.yaml", line: 3, column: 1))
        #expect(SourceLocation(file: "a.yaml", line: 3, column: 1) < SourceLocation(file: "a.yaml", line: 3, column: 2))
    }

    /// A diagnostic with no place concerns the whole input: it comes first.
    @Test func diagnosticsWithoutAPlaceComeFirst() {
        var list = DiagnosticList()
        let placed = Diagnostic.error("x", LocalizedText(es: "x"), at: SourceRange(at: SourceLocation(file: "a.yaml", line: 1, column: 1)))
        let unplaced = Diagnostic.error("file_unreadable", LocalizedText(es: "y"), at: nil)
        list.append(placed)
        list.append(unplaced)
        #expect(list.sorted.map(\.code) == ["file_unreadable", "x"])
    }

    /// DEL (U+007F) is a control character a terminal may act on: shown as its code, as the C0 and C1 controls.
    @Test func deleteIsShownAsItsCode() {
        #expect(HiddenCharacters.shown("a\u{7F}b") == "a<U+007F>b")
        #expect(HiddenCharacters.contains("\u{7F}"))
        #expect(!HiddenCharacters.contains("~"))
    }

    /// The direction marks (U+200E, U+200F) turn the text around it unseen: shown as codes too.
    @Test func directionMarksAreShownAsCodes() {
        #expect(HiddenCharacters.shown("a\u{200E}b\u{200F}c") == "a<U+200E>b<U+200F>c")
    }
}
