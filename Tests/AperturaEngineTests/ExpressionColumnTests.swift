import AperturaModel
import AperturaSource
import Testing

/// A place inside an expression is given by the column an editor shows: one per character (Unicode scalar),
/// however many bytes it takes in UTF-8, counted from where the expression starts in its file.
@Suite struct ExpressionColumnTests {
    @Test func columnsCountCharactersNotBytes() {
        // `año > 1` from column 10 of line 3: `ñ` takes two bytes; `>` is byte 5 and the 5th character (column 14).
        let source = ExpressionSource(text: "año > 1", range: SourceRange(at: SourceLocation(file: "r.yaml", line: 3, column: 10)))
        #expect(source.location(ofOffset: 5) == SourceLocation(file: "r.yaml", line: 3, column: 14))
        #expect(source.location(ofOffset: 0) == SourceLocation(file: "r.yaml", line: 3, column: 10))
        // Past the end: the column after the last character (7 characters).
        #expect(source.location(ofOffset: 100) == SourceLocation(file: "r.yaml", line: 3, column: 17))
    }
}
