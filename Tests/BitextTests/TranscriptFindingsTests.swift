import Foundation
import Testing
@testable import Bitext

/// Findings a reviewer of the bundled transcript's translation disagreed with (issue 17), and
/// the errors it missed, on the transcript's own lines: each check says what a reviewer says.
@Suite struct TranscriptFindingsTests {
    static let english = (try? TestData.text(TestData.englishTranscript)) ?? ""
    static let chinese = (try? TestData.text(TestData.chineseTranscript)) ?? ""
    static let glossary: Glossary = {
        var diagnostics = Diagnostics()
        return (try? GlossaryLoader.load(path: AuditEndToEndTests.glossaryPath, diagnostics: &diagnostics)) ?? .empty
    }()

    /// Runs one check on real pairs (one a line), after making sure each side is in the files.
    func findings(
        _ check: any Check.Type, _ sources: [String], _ targets: [String], glossary: Glossary = .empty,
        options: (any CheckOptions)? = nil
    ) throws -> [Finding] {
        for source in sources where !source.isEmpty { try #require(Self.english.contains(source), "not in en.md: \(source)") }
        for target in targets where !target.isEmpty { try #require(Self.chinese.contains(target), "not in zh.md: \(target)") }
        let bitext = CheckExample(sources.joined(separator: "\n"), targets.joined(separator: "\n"))
            .bitext(sourceLanguage: .english, targetLanguage: .chinese)
        return check.init().run(
            on: bitext, context: CheckContext(glossary: glossary, severity: check.description.defaultSeverity, options: options))
    }

    /// The audit's setting for the transcript: one rendering per term, accepted ones included.
    static var oneRendering: InconsistentTermCheck.Options {
        var options = InconsistentTermCheck.Options()
        options.acceptedVariants = .one
        return options
    }

    // MARK: inconsistent-term

    @Test func aRenderingWithItsOriginalInBracketsIsOneRendering() throws {
        let found = try findings(
            InconsistentTermCheck.self,
            ["TSMC is way ahead because former, you know, executive Morse Chang of Texas Instruments wasn't promoted to CEO.",
             "Nvidia can sell less, TSMC cannot sell to China."],
            ["台积电（TSMC）遥遥领先，因为你知道，德州仪器（Texas Instruments）的前高管莫尔斯 · 张（Morse Chang）没有被提升为首席执行官。",
             "英伟达可以少卖，台积电不能卖给中国。"],
            glossary: Self.glossary, options: Self.oneRendering)
        #expect(!found.contains { $0.term?.source == "TSMC" }, "\(found.map(\.message))")
    }

    @Test func keepingTheSourcesAbbreviationFollowsTheSource() throws {
        let found = try findings(
            InconsistentTermCheck.self,
            ["Nathan is a research scientist at the Allen Institute for AI and is the author of the amazing blog on AI called Interconnects.",
             "Way I can ramble, why I can ramble about this so much is that that we've been working on this at AI2 before 01 was fully available to everyone and before R1 which is essentially using this RL training for fine tuning."],
            ["Nathan 是艾伦人工智能研究所（Allen Institute for AI）的一名研究科学家，也是人工智能博客 “互联”（Interconnect）的作者。",
             "我可以漫谈的方式，为什么我可以漫谈这么多，是因为我们一直在 AI2 上做这件事，在 01 之前，每个人都可以使用，在 R1 之前，R1 基本上是使用这个 RL 训练进行微调。"],
            glossary: Self.glossary, options: Self.oneRendering)
        #expect(!found.contains { $0.term?.source == "Allen Institute for AI" }, "\(found.map(\.message))")
    }

    @Test func wordsTheDictionaryTranslatesAreNotNamesToKeep() {
        for word in ["AIs", "PC", "Store", "Mark", "ARC"] {
            #expect(DictionaryEnglishWords.translates(word), "\(word)")
        }
        for name in ["Elon", "Dylan", "Zuckerberg", "Texas", "DeepSeek"] {
            #expect(!DictionaryEnglishWords.translates(name), "\(name)")
        }
    }

    // MARK: numbers

    @Test func lateTwentiesIsNearlyThirty() throws {
        let found = try findings(
            NumbersCheck.self, ["But you know, as a single dude, I will say in his late 20s, right."], ["但你知道，作为一个单身男人，我会说他快 30 岁了，对吧。"])
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func aMisheardNameTheTranslatorCorrectedIsNotAnError() throws {
        let found = try findings(
            NumbersCheck.self,
            ["So in this case the specific question, which I'm philosophically pothead inclined, so this is asking DeepSeekar1 for one truly novel insight about humans and it reveals the reasoning."],
            ["所以在这种情况下，具体的问题，我是哲学上的瘾君子，所以这是问 DeepSeek R1 关于人类的一个真正新颖的见解，它揭示了推理。"])
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func aMultipleSaidAsOccurrencesIsAnError() throws {
        let found = try findings(NumbersCheck.self, ["It was 2x every two years."], ["每两年两次。"])
        #expect(found.map(\.message) == ["source multiple 2x is said as “两次” (2 occurrences) in the target; a multiple is “2 倍” or “翻番”"])
    }

    @Test func fullWidthThousandsSeparatorsAreTheirOwnFinding() throws {
        let found = try findings(NumbersCheck.self, ["It was 10,000 A100 GPUs."], ["它是 10，000 个 A100 GPU。"])
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix("full-width comma “，” used as a thousands separator in “10，000”") == true)
        // A list the source writes as a list is not a separator.
        #expect(FullWidthDigitSeparators.spots(in: "相差 1000，10000 倍", confirmedBy: "1000, 10,000 times").isEmpty)
        let list = "在美国是 240，000，250，000。"
        let spots = FullWidthDigitSeparators.spots(in: list, confirmedBy: "in the US it's 240,000, 250,000.")
        #expect(spots.map { String(list[$0]) } == ["240，000", "250，000"])
    }

    // MARK: omission, term-missing, redaction

    @Test func falseStartsAreNotOmissions() throws {
        let found = try findings(OmissionCheck.self, ["There's.", "But there's."], ["", ""])
        #expect(found.isEmpty, "\(found.map(\.message))")
        let real = try findings(OmissionCheck.self, ["For one hundred and twenty eight, right."], [""])
        #expect(real.count == 1)
    }

    @Test func aSourceCreditLineIsNoOmission() throws {
        #expect(try findings(OmissionCheck.self, ["editor: https://x.com/mark_neurora, 2025-02-04"], [""]).isEmpty)
        for credit in ["Source: https://example.com/talk", "Transcribed by: @someone, 3/2/2025", "> editor: https://x.com/a"] {
            #expect(OmissionCheck.isCreditLine(credit), "\(credit)")
        }
        // A sentence that happens to hold a label and a link is text to translate.
        for prose in ["Note: see https://example.com for how to install the tool on every platform.",
                      "editor: Mark Shawn", "Let me say this: it happened on 2025-02-04.", "https://example.com"] {
            #expect(!OmissionCheck.isCreditLine(prose), "\(prose)")
        }
    }

    @Test func aParticleInsideAMultiWordRenderingIsTheRendering() throws {
        let found = try findings(
            TermMissingCheck.self,
            ["And what effectively happens is that when you're doing these matrix multiplications, you're having matrices that are of the size of the context length."],
            ["实际上，当你做这些矩阵乘法时，你得到的矩阵的大小就是上下文的长度。"], glossary: Self.glossary)
        #expect(!found.contains { $0.term?.source == "context length" }, "\(found.map(\.message))")
    }

    @Test func aRedactedNameIsAnError() throws {
        let found = try findings(
            RedactionCheck.self,
            ["We also see that with Chinese models refusing to answer what happened in June 4th, 1989 at Tiananmen Square."],
            ["我们还看到，中国模特拒绝回答 XXX 的事情。"])
        #expect(found.map(\.message) == ["the translation replaces source content with “XXX” (a redaction): restore what the source says"])
        #expect(found.first?.severity == .error)
    }

    /// The one-pass screen lets through every run the search finds, whatever the character.
    @Test func theRedactionScreenPassesEveryMark() {
        for (character, minimum) in RedactionCheck.markRuns {
            let run = String(repeating: character, count: minimum)
            #expect(RedactionCheck.mayHoldMarks("说 \(run) 了"), "\(run)")
            #expect(RedactionCheck.marks(in: "说 \(run) 了").count == 1, "\(run)")
        }
        #expect(!RedactionCheck.mayHoldMarks("Xbox 和 X 光"))
    }

    // MARK: punctuation

    @Test func spacesNextToFullWidthPunctuationAreOneFindingPerPair() throws {
        let cases: [(String, String, String)] = [
            ("By the way, I got a chance to play with O3 mini and anecdotal vibe.", "顺便说一句， 我有机会玩 o3-mini。", "space next to full-width punctuation at “， 我”: remove it"),
            ("Think llama.", "想想 Llama 。", "space next to full-width punctuation at “a 。”: remove it"),
            ("He actually has a bit of a.", "他实际上有点.。", "doubled punctuation at “.。”: remove it"),
            ("These words, query, key and value come from information retrieval backgrounds where the query is the thing you're trying to get the values for.",
             "“ query ”、“ key ” 和 “ value ” 这些词来自信息检索背景，其中查询是您试图获取其值的事物。",
             "space next to full-width punctuation at ““ q”, “y ””, ““ k”, “y ”” and 2 more: remove it"),
        ]
        for (source, target, message) in cases {
            let found = try findings(PunctuationCheck.self, [source], [target])
            #expect(found.map(\.message) == [message])
        }
        let clean = try findings(
            PunctuationCheck.self,
            ["Nathan is a research scientist at the Allen Institute for AI and is the author of the amazing blog on AI called Interconnects."],
            ["Nathan 是艾伦人工智能研究所（Allen Institute for AI）的一名研究科学家，也是人工智能博客 “互联”（Interconnect）的作者。"])
        #expect(clean.isEmpty, "\(clean.map(\.message))")
    }

    /// A space the translation left between two sentences (`复制。 因此`) is in no pair's text,
    /// since segments are trimmed; it is reported from the paragraph, on the pair before it.
    /// Every one the transcript has is found, and nothing else is.
    @Test func spacesBetweenSentencesOfTheTranscriptAreFound() throws {
        let result = try Auditor(options: Auditor.Options(checks: CheckConfiguration(
            disabled: Set(CheckRegistry.all.map { $0.description.id }).subtracting(["punctuation"]))))
            .audit(sourcePath: TestData.englishTranscript.path, targetPath: TestData.chineseTranscript.path)
        var reported: Set<String> = []
        for finding in result.findings where finding.message.contains("space next to full-width") {
            for spot in Self.sentenceEndSpaces(in: finding.message) { reported.insert("\(finding.target.line ?? 0)|\(spot)") }
        }
        var expected: Set<String> = []
        for (number, line) in Self.chinese.components(separatedBy: "\n").enumerated() {
            for spot in Self.sentenceEndSpaces(in: line) { expected.insert("\(number + 1)|\(spot)") }
        }
        #expect(expected.count >= 15)
        #expect(expected.subtracting(reported).isEmpty, "missed: \(expected.subtracting(reported).sorted())")
    }

    /// Each end mark (or end mark and closing quote) followed by spaces and a letter, as
    /// "。 因" or "” 对": how the finding's message shows it.
    private static func sentenceEndSpaces(in text: String) -> [String] {
        let characters = Array(text)
        var spots: [String] = []
        for index in characters.indices where "。？！".contains(characters[index]) {
            var end = index + 1
            if end < characters.count, characters[end] == "”" { end += 1 }
            var next = end
            while next < characters.count, characters[next] == " " { next += 1 }
            guard next > end, next < characters.count, characters[next].isLetter else { continue }
            spots.append(String(characters[end - 1]) + String(characters[end..<next]) + String(characters[next]))
        }
        return spots
    }
}
