import AperturaSource
import Testing

/// A message quotes what a file says, and a file may hold an escape (`"muni\e[31mcipio"`): printed as it was, the
/// terminal that shows the diagnostic obeyed it (here, turned the rest red). It is shown as `<U+001B>`.
@Suite struct HiddenCharacterTests {
    @Test func aRenderedDiagnosticShowsHiddenCharactersAsCodes() {
        let diagnostic = Diagnostic.error(
            "invalid_value", LocalizedText(es: "«muni\u{1B}[31mcipio» no es un valor permitido", en: "x"),
            at: SourceRange(at: SourceLocation(file: "a\u{85}.yaml", line: 6, column: 9)),
            help: LocalizedText(es: "quite \u{202E}esto\u{0}\tya\u{200B}"))
        #expect(diagnostic.rendered(.es) == "a<U+0085>.yaml:6:9: error[invalid_value]: «muni<U+001B>[31mcipio» no es un valor permitido\n"
                + "  = ayuda: quite <U+202E>esto<U+0000>\tya<U+200B>")
    }

    @Test func textWithoutThemIsUnchanged() {
        let text = "Núm. «Querétaro» — 80 %\tcon salto\n"
        #expect(HiddenCharacters.shown(text) == text)
    }
}
