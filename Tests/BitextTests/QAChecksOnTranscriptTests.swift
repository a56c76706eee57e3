import Foundation
import Testing
@testable import Bitext

/// The QA checks on sentence pairs taken verbatim from the bundled transcript, each with
/// the problem a reviewer of that translation would mark (or, for the controls, none).
@Suite struct QAChecksOnTranscriptTests {
    static let english = (try? TestData.text(TestData.englishTranscript)) ?? ""
    static let chinese = (try? TestData.text(TestData.chineseTranscript)) ?? ""

    /// Runs one check on one real pair, after making sure both sides are really in the files.
    func findings(_ check: any Check.Type, _ source: String, _ target: String) throws -> [Finding] {
        try #require(Self.english.contains(source), "not in en.md: \(source)")
        try #require(Self.chinese.contains(target), "not in zh.md: \(target)")
        let bitext = CheckExample(source, target).bitext(sourceLanguage: .english, targetLanguage: .chinese)
        return check.init().run(on: bitext, context: CheckContext(severity: check.description.defaultSeverity))
    }

    @Test func brokenBoldInTheTranslationIsReported() throws {
        let found = try findings(
            MarkupCheck.self,
            "They will continue to shift the cost curve, but the Deep SEQ moment is indeed real.",
            "它们将继续改变成本曲线，但 **DeepSeek Moment 确实是真实的 **。")
        #expect(found.map(\.message) == ["emphasis “**DeepSeek Moment 确实是真实的 **” has spaces inside its markers and will not render"])
    }

    @Test func plainTranslationOfPlainSourceHasNoMarkupFinding() throws {
        let found = try findings(
            MarkupCheck.self,
            "Nathan is a research scientist at the Allen Institute for AI and is the author of the amazing blog on AI called Interconnects.",
            "Nathan 是艾伦人工智能研究所（Allen Institute for AI）的一名研究科学家，也是人工智能博客 “互联”（Interconnect）的作者。")
        #expect(found.isEmpty)
    }

    @Test func halfWidthFullStopAfterChineseIsReported() throws {
        let found = try findings(PunctuationCheck.self, "That's.", "那是.")
        #expect(found.map(\.message) == ["half-width “.” in Chinese text; use “。”"])
    }

    @Test func lostQuestionMarkIsReported() throws {
        let found = try findings(
            PunctuationCheck.self,
            "And now the models have no like potential copyright lawsuit from New York Times or anything like that?",
            "现在模特们没有来自《纽约时报》的潜在版权诉讼或类似的东西。")
        #expect(found.map(\.message) == ["the source ends with “?” but the translation does not"])
    }

    @Test func wellPunctuatedQuestionPasses() throws {
        let found = try findings(
            PunctuationCheck.self, "Nathan, can you describe what Deep Seq V3 and Deep Seq R1 are, how they work, how they're trained?",
            "Nathan，你能描述一下 DeepSeek V3 和 DeepSeek R1 是什么吗，它们是如何工作的，它们是如何训练的？")
        #expect(found.isEmpty)
    }

    @Test func realTranslationIsNotUntranslatedAndACopyIs() throws {
        let source = "It only shows a summary of the reasoning."
        #expect(try findings(UntranslatedCheck.self, source, "它只显示了推理的摘要。").isEmpty)
        let bitext = CheckExample(source, source).bitext(sourceLanguage: .english, targetLanguage: .chinese)
        let copy = UntranslatedCheck().run(on: bitext, context: CheckContext(severity: .error))
        #expect(copy.map(\.message) == ["the target is a copy of the source"])
    }

    @Test func doubledParticleInsideWordsIsNotARepeat() throws {
        #expect(RepeatedWordCheck.chineseRepeats(in: "我能检查你的思想和你现在在想什么吗？") == [])
        #expect(RepeatedWordCheck.chineseRepeats(in: "我们的的模型") == ["的"])
    }
}
