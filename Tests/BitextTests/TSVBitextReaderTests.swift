import Testing
@testable import Bitext

@Suite struct TSVBitextReaderTests {
    private func read(_ text: String) throws -> AlignedBitext {
        var diagnostics = Diagnostics()
        return try TSVBitextReader().read(text, path: "pairs.tsv", diagnostics: &diagnostics)
    }

    @Test func pairsCarryTheirTSVLine() throws {
        let bitext = try read("""
            Nathan is a research scientist at the Allen Institute for AI.\tNathan 是艾伦人工智能研究所的一名研究科学家。

            Dylan runs SemiAnalysis.\tDylan 经营着 SemiAnalysis。
            Untranslated line.\t
            """)
        #expect(bitext.pairs.count == 3)
        #expect(bitext.sourceLanguage == .english && bitext.targetLanguage == .chinese)
        #expect(bitext.pairs[1].sourceLine == 3 && bitext.pairs[1].targetLine == 3)
        #expect(bitext.pairs[1].targetText == "Dylan 经营着 SemiAnalysis。")
        #expect(bitext.pairs[2].target.isEmpty && bitext.pairs[2].sourceLine == 4)
    }

    @Test func lineWithoutTabIsAnErrorNamingTheLine() {
        #expect {
            try read("one\tuno\nno tab here\n")
        } throws: { error in
            let error = error as? InputError
            return error?.position.line == 2 && error?.position.file == "pairs.tsv"
        }
    }

    @Test func extraColumnsAreAnError() {
        #expect(throws: InputError.self) { try read("a\tb\tc\n") }
    }

    @Test func emptyFileIsAnError() {
        #expect(throws: InputError.self) { try read("\n\n") }
    }
}
