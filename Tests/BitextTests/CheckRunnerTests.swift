import Testing
@testable import Bitext

@Suite struct CheckRunnerTests {
    /// An untranslated pair gets the untranslated finding only, not a cascade of others;
    /// the translated pair next to it is still checked.
    @Test func checksSkipPairsTheirPrerequisiteFlagged() {
        let example = CheckExample(
            "It is open weights, and and anyone can use it.\nIt is open weights, and and anyone can use it.",
            "It is open weights, and and anyone can use it.\n它是开放权重的,所以任何人都可以使用它。")
        let findings = CheckRunner().run(on: example.bitext(sourceLanguage: .english, targetLanguage: .chinese))
        #expect(findings.filter { $0.pair == 0 }.map(\.check) == ["untranslated"])
        #expect(findings.filter { $0.pair == 1 }.map(\.check) == ["punctuation"])
    }

    @Test func findingsComeInDocumentThenCatalogueOrder() {
        let example = CheckExample("Dylan runs SemiAnalysis.\nThat's.", "Dylan经营着SemiAnalysis。\n那是.")
        let findings = CheckRunner().run(on: example.bitext(sourceLanguage: .english, targetLanguage: .chinese))
        #expect(findings.map(\.pair) == findings.map(\.pair).sorted { ($0 ?? .max) < ($1 ?? .max) })
        #expect(findings.map(\.check) == ["cjk-spacing", "punctuation"])
    }
}
