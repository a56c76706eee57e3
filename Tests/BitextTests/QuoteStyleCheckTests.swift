import Testing
@testable import Bitext

@Suite struct QuoteStyleCheckTests {
    private func findings(_ source: String, _ target: String) -> [Finding] {
        CheckRunner(checks: [QuoteStyleCheck.self]).run(on: CheckExample(source, target).bitext())
    }

    @Test func oneFindingPerDocumentWithCountsAndLines() throws {
        let source = "Click “Save”.\nClick “Open”.\nClick “Close”.\nThe “Cancel” button."
        let target = "按一下「儲存」。\n按一下「開啟」。\n按一下“關閉”。\n「取消」按鈕。"
        let found = findings(source, target)
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.message == "the translation quotes with both styles: 「 」 in 3 segments (lines 1, 2, 4); “ ” in 1 segment (line 3); use one throughout")
        // Shown on the first segment of the rarer style.
        #expect(finding.target.line == 3)
    }

    @Test func englishKeptAsItIsSaysNothingAboutTheStyle() {
        #expect(findings("Click “Save”.\nSay “hello”.", "按一下「儲存」。\nSay “hello”.").isEmpty)
    }

    @Test func nestedQuotesOfOneStyleAreOneStyle() {
        #expect(findings("He said “click ‘Save’”.\nClick “Open”.", "他說「按一下『儲存』」。\n按一下「開啟」。").isEmpty)
        #expect(findings("He said “click ‘Save’”.\nClick “Open”.", "他说“点击‘保存’”。\n点击“打开”。").isEmpty)
    }

    /// Chunks of a long document sum to the same finding as the whole.
    @Test func chunksJoinToTheWholeDocumentsTally() {
        let bitext = CheckExample("A “b”.\nC “d”.\nE “f”.", "甲「乙」。\n丙“丁”。\n戊「己」。").bitext()
        let check = QuoteStyleCheck()
        var joined = check.tally(AlignedBitext(
            sourceLanguage: .english, targetLanguage: .chinese, sourcePath: "s", targetPath: "t", pairs: Array(bitext.pairs[..<1])), skipping: [], context: CheckContext(severity: .warning))
        joined.append(check.tally(AlignedBitext(
            sourceLanguage: .english, targetLanguage: .chinese, sourcePath: "s", targetPath: "t", pairs: Array(bitext.pairs[1...])), skipping: [], context: CheckContext(severity: .warning)))
        let whole = check.runWhole(on: bitext, context: CheckContext(severity: .warning))
        let chunked = check.findings(from: joined, in: bitext, context: CheckContext(severity: .warning))
        #expect(whole.map(\.message) == chunked.map(\.message))
        #expect(whole.count == 1)
    }
}
