import AperturaModel
import Testing

/// Matching what people type: `SpanishFolding` drops the accents of the vowels (the diaeresis too) but keeps
/// `ñ`; a slug (`MexicanState.slugify`) is lower-case ASCII, so there `ñ` becomes `n`.
@Suite struct SpanishFoldingTests {
    @Test func vowelsLoseTheirMarksButEñeStays() {
        #expect(SpanishFolding.fold("pingüino") == "pinguino")
        #expect(SpanishFolding.fold("cigüeña") == "cigueña")
        #expect(SpanishFolding.fold("información pública") == "informacion publica")
    }

    @Test func aSlugIsASCII() {
        #expect(MexicanState.slugify("Peñón de los Baños") == "penon_de_los_banos")
        #expect(MexicanState.slugify("Cigüeña") == "ciguena")
    }
}
