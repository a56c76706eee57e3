import Foundation
import Testing
@testable import Bitext

@Suite struct SegmentationTests {
    static func segmented(_ url: URL, _ language: Language, presegmented: Bool = false) throws -> SegmentedDocument {
        var diagnostics = Diagnostics()
        let document = try MarkdownReader().read(try TestData.text(url), path: url.lastPathComponent, language: language, diagnostics: &diagnostics)
        return Segmenter(presegmented: presegmented).segment(document)
    }

    static func sentences(_ text: String, _ language: Language) -> [String] {
        Segmenter().pieces(of: text, language: language).map(\.text)
    }

    /// The segments of the real transcript's block on `line`.
    static func sentences(onLine line: Int, of document: SegmentedDocument) throws -> [String] {
        let blockIndex = try #require(document.document.blocks.firstIndex { $0.line == line })
        return document.blockSegments[blockIndex].map { document.segments[$0].text }
    }

    /// `expected` appears as consecutive segments of `actual`.
    static func contains(_ actual: [String], run expected: [String]) -> Bool {
        guard expected.count <= actual.count else { return false }
        return (0...(actual.count - expected.count)).contains { Array(actual[$0..<($0 + expected.count)]) == expected }
    }

    // MARK: English, real transcript

    @Test func englishOpeningSplitsIntoItsSentences() throws {
        let document = try Self.segmented(TestData.englishTranscript, .english)
        let opening = try Self.sentences(onLine: 2, of: document)
        #expect(Array(opening.prefix(3)) == [
            "The following is a conversation with Dylan Patel and Nathan Lampert.",
            "Dylan runs Semianalysis, a well respected research and analysis company that specializes in semiconductors, GPUs, CPUs, and AI hardware in general.",
            "Nathan is a research scientist at the Allen Institute for AI and is the author of the amazing blog on AI called Interconnects.",
        ])
        #expect(document.segments.first { $0.text.hasPrefix("Nathan is a research scientist") }?.line == 2)
    }

    @Test func englishAbbreviationsAndMoneyDoNotSplit() throws {
        let document = try Self.segmented(TestData.englishTranscript, .english)
        let costs = try Self.sentences(onLine: 546, of: document)
        #expect(Self.contains(costs, run: [
            "We talk about the cost of training.",
            "Deepseek has this shocking $5 million number.",
            "Think about how many entities in the world can afford 100 times that to have the best open source model that people use in the world.",
        ]))
        let prices = try Self.sentences(onLine: 784, of: document)
        #expect(Array(prices.prefix(2)) == ["Through 35 to llama $0.05 or something like that now, right?", "Which is versus versus $60 1200x."])
        let manufacturing = try Self.sentences(onLine: 350, of: document)
        #expect(manufacturing.contains { $0.hasPrefix("Now can you replicate it in the U.S. let's not ignore intel was the leader") })
        #expect(manufacturing.contains("And so can the U.S. bring it to the."))
        let sampling = try Self.sentences(onLine: 762, of: document)
        #expect(sampling.contains("It was also sampling many times, I. E. Running them in parallel and then selecting."))
        let model = try Self.sentences(onLine: 530, of: document)
        #expect(model.contains("And then they just released the V. R1 model."))
    }

    @Test func englishShortAnswersAndListEndsDoSplit() throws {
        let document = try Self.segmented(TestData.englishTranscript, .english)
        let interview = try Self.sentences(onLine: 170, of: document)
        #expect(Self.contains(interview, run: ["You think he would do a Western interview or.", "No.", "Or is there controls on the."]))
        let letters = try Self.sentences(onLine: 100, of: document)
        #expect(Self.contains(letters, run: [
            "Essentially it's a subreddit where everybody makes posts that are just the letter M.",
            "So it's like M.",
            "So there's extremely long sequences of the letter M.",
        ]))
        let fabs = try Self.sentences(onLine: 330, of: document)
        #expect(fabs.contains("Intel's failing, Samsung's failing, etc."))
    }

    // MARK: English rules

    @Test func englishRules() {
        #expect(Self.sentences("Mr. Smith met Dr. Jones at St. Paul's. They talked.", .english)
            == ["Mr. Smith met Dr. Jones at St. Paul's.", "They talked."])
        #expect(Self.sentences("Hardware, e.g. GPUs, costs $1.8B. Version 3.5 is out.", .english)
            == ["Hardware, e.g. GPUs, costs $1.8B.", "Version 3.5 is out."])
        #expect(Self.sentences("J. Smith wrote it. I agree.", .english) == ["J. Smith wrote it.", "I agree."])
        #expect(Self.sentences("So do I. Then we left.", .english) == ["So do I.", "Then we left."])
        #expect(Self.sentences("It's on arxiv.org. Read it at https://arxiv.org/abs/2501.12948. Now.", .english)
            == ["It's on arxiv.org.", "Read it at https://arxiv.org/abs/2501.12948.", "Now."])
        #expect(Self.sentences("It's so... yeah. Wait... What?", .english) == ["It's so... yeah.", "Wait...", "What?"])
        #expect(Self.sentences("He said, \"It works.\" Then he left (for good.) Done!", .english)
            == ["He said, \"It works.\"", "Then he left (for good.)", "Done!"])
        #expect(Self.sentences("Is it No. 1 in the U.S. market? Yes!", .english) == ["Is it No. 1 in the U.S. market?", "Yes!"])
        #expect(Self.sentences("**02.** DeepSeek-R1 and DeepSeek-V3", .english) == ["**02.** DeepSeek-R1 and DeepSeek-V3"])
        #expect(Self.sentences("It is **really good.** The end.", .english) == ["It is **really good.**", "The end."])
        #expect(Self.sentences("<i>Hello there.</i> Next cue.", .english) == ["<i>Hello there.</i>", "Next cue."])
    }

    @Test func englishSoftLineBreaksJoinWithASpaceAndCountLines() {
        let pieces = Segmenter().pieces(of: "First sentence.\nSecond one starts here\n  and ends here. Third.", language: .english)
        #expect(pieces.map(\.text) == ["First sentence.", "Second one starts here and ends here.", "Third."])
        #expect(pieces.map(\.lineOffset) == [0, 1, 2])
    }

    // MARK: Chinese

    /// Lines of real Istio pages (zh), wrapped after full-width punctuation: the wrap is not a
    /// space a reader typed, so it joins without one; between Han and Latin text it is a space.
    @Test func chineseSoftLineBreaksJoinWithoutASpaceBesideFullWidthPunctuation() {
        let text = "Istio 使用 sidecar 模式，\nEnvoy 代理会拦截流量、\n[遥测](/zh/docs/)和策略\n（即 CA）都由控制平面\nIstio 管理。"
        #expect(Self.sentences(text, .chinese) == ["Istio 使用 sidecar 模式，Envoy 代理会拦截流量、[遥测](/zh/docs/)和策略（即 CA）都由控制平面 Istio 管理。"])
    }

    @Test func chineseRealLinesSplitAtFullStops() throws {
        let document = try Self.segmented(TestData.chineseTranscript, .chinese)
        let introduction = try Self.sentences(onLine: 91, of: document)
        #expect(introduction == [
            "他们都受到人工智能领域的专家、研究人员和工程师的高度尊重、阅读和聆听。",
            "就个人而言，我只是他们两个的粉丝。",
            "因此，我利用这一震撼人工智能世界的深度探索时刻，作为一个机会，与他们坐下来，把一切都摆出来。",
        ])
        let miniModel = try Self.sentences(onLine: 103, of: document)
        #expect(Array(miniModel.prefix(2)) == ["顺便说一句， 我有机会玩 o3-mini。", "我觉得 o3-mini，特别是 o3-mini High 比 R1 更好。"])
        let bold = try Self.sentences(onLine: 101, of: document)
        #expect(bold.count == 3)
        #expect(bold.last == "另外，R1 是开源的而 o3-mini 不是。**")
    }

    @Test func chineseHalfWidthStopsSplitOnlyBeforeChinese() throws {
        let document = try Self.segmented(TestData.chineseTranscript, .chinese)
        let falseStart = try Self.sentences(onLine: 332, of: document)
        #expect(Self.contains(falseStart, run: ["我不明白为什么这会引起争议。", "那是.", "那是获胜的方法之一。"]))
        let cluster = try Self.sentences(onLine: 231, of: document)
        #expect(Self.contains(cluster, run: [
            "我的意思是，我们可以讨论成本，比如，2000 GPU 集群的拥有成本是多少？",
            "10,000. 就像有不同规模的公司可以负担得起这些东西。",
        ]))
        let quote = try Self.sentences(onLine: 300, of: document)
        #expect(quote.contains("你越是阻止中国获得美国和全球的尖端技术，他们就越有可能说：“好吧，因为我不能获得它，我也希望没有人应该获得它。”"))
        #expect(Self.sentences("我用的是 o3-mini. 它很好。版本 2.5 更好", .chinese) == ["我用的是 o3-mini.", "它很好。", "版本 2.5 更好"])
        #expect(Self.sentences("模型叫 o3-mini.hi 对吗？是的！", .chinese) == ["模型叫 o3-mini.hi 对吗？", "是的！"])
    }

    @Test func chineseSemicolonsAndClosersStayInTheSentence() {
        #expect(Self.sentences("他说：“成本很低。”然后走了；我们留下了。", .chinese) == ["他说：“成本很低。”", "然后走了；我们留下了。"])
        #expect(Self.sentences("真的吗？！（笑）好吧……我们继续。", .chinese) == ["真的吗？！", "（笑）好吧……", "我们继续。"])
        #expect(Self.sentences("**01.** 背景介绍", .chinese) == ["**01.** 背景介绍"])
    }

    @Test func chineseSoftLineBreaksJoinWithoutSpaceBetweenHan() {
        let pieces = Segmenter().pieces(of: "以下是与 Dylan Patel\n和 Nathan Lambert 的对话。DeepSeek\nV3 很好，成本\n  很低。", language: .chinese)
        #expect(pieces.map(\.text) == ["以下是与 Dylan Patel 和 Nathan Lambert 的对话。", "DeepSeek V3 很好，成本很低。"])
        #expect(pieces.map(\.lineOffset) == [0, 1])
    }

    // MARK: Presegmented and invariants

    @Test func presegmentedInputKeepsOneSegmentPerLine() {
        let pieces = Segmenter(presegmented: true).pieces(of: "Yeah. So it is.\n\n  Second line. Still one.  \nThird", language: .english)
        #expect(pieces.map(\.text) == ["Yeah. So it is.", "Second line. Still one.", "Third"])
        #expect(pieces.map(\.lineOffset) == [0, 2, 3])
    }

    @Test(arguments: [(TestData.englishTranscript, Language.english), (TestData.chineseTranscript, Language.chinese)])
    func segmentsCoverEveryCharacterExactlyOnce(url: URL, language: Language) throws {
        for presegmented in [false, true] {
            let document = try Self.segmented(url, language, presegmented: presegmented)
            #expect(document.blockSegments.count == document.document.blocks.count)
            #expect(document.segments.enumerated().allSatisfy { $0.offset == $0.element.index })
            for (blockIndex, block) in document.document.blocks.enumerated() {
                let range = document.blockSegments[blockIndex]
                guard block.isTranslatable else {
                    #expect(range.isEmpty)
                    continue
                }
                let segments = range.map { document.segments[$0] }
                #expect(segments.allSatisfy { $0.block == blockIndex && !$0.text.isEmpty })
                #expect(segments.allSatisfy { $0.text == $0.text.trimmingCharacters(in: .whitespacesAndNewlines) })
                #expect(segments.allSatisfy { (block.line...block.endLine).contains($0.line) })
                let original = block.text.unicodeScalars.filter { !$0.properties.isWhitespace }
                let covered = segments.flatMap { $0.text.unicodeScalars.filter { !$0.properties.isWhitespace } }
                #expect(String(String.UnicodeScalarView(original)) == String(String.UnicodeScalarView(covered)), "block at line \(block.line)")
            }
        }
    }

    @Test func segmentLinesPointIntoTheFile() throws {
        let document = try Self.segmented(TestData.chineseTranscript, .chinese)
        let fileLines = try TestData.text(TestData.chineseTranscript).split(separator: "\n", omittingEmptySubsequences: false)
        for segment in document.segments {
            let firstWord = String(segment.text.prefix(4))
            #expect(fileLines[segment.line - 1].contains(firstWord), "segment \(segment.index) at line \(segment.line)")
        }
    }
}
