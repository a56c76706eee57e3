import Foundation
import Testing
@testable import Bitext

@Suite struct TermCheckTests {
    static let shippedGlossary: Glossary = {
        var diagnostics = Diagnostics()
        return (try? GlossaryLoader.load(
            path: TestData.repositoryRoot.appendingPathComponent("Glossaries/ai-semiconductor.csv").path,
            diagnostics: &diagnostics)) ?? .empty
    }()

    /// Builds a bitext from sentence pairs, numbering lines from 1.
    static func bitext(_ pairs: [(String, String)], lines: [(Int, Int)]? = nil) -> AlignedBitext {
        let aligned = pairs.enumerated().map { index, pair in
            let line = lines?[index] ?? (index + 1, index + 1)
            return AlignedPair(
                index: index,
                source: pair.0.isEmpty ? [] : [Segment(index: index, text: pair.0, line: line.0, block: index)],
                target: pair.1.isEmpty ? [] : [Segment(index: index, text: pair.1, line: line.1, block: index)],
                score: 1, sourceLanguage: .english, targetLanguage: .chinese)
        }
        return AlignedBitext(sourceLanguage: .english, targetLanguage: .chinese, sourcePath: "en.md", targetPath: "zh.md", pairs: aligned)
    }

    private func run<C: Check>(_ check: C, _ bitext: AlignedBitext, glossary: Glossary = shippedGlossary) -> [Finding] {
        check.run(on: bitext, context: CheckContext(glossary: glossary, severity: C.description.defaultSeverity))
    }

    /// Sentence pairs copied from Examples/lex-459 (English line, Chinese line).
    static let transcriptErrors: [(term: String, found: String, source: String, target: String)] = [
        ("DeepSeek", "深度探索", "So I used the Deep Seek moment that shook the AI world a bit as an opportunity to sit down with them and lay it all out.",
         "因此，我利用这一震撼人工智能世界的深度探索时刻，作为一个机会，与他们坐下来，把一切都摆出来。"),
        ("DeepSeek", "深海", "So it's possible that this deep sea moment is truly the beginning of a cold war.", "因此，这个深海时刻可能真的是冷战的开始。"),
        ("Llama", "骆驼", "And so versus again, the llama model, 70 billion parameters must be activated or 405 billion parameters must be activated.",
         "因此，与骆驼模型相比，700 亿个参数必须被激活，或者 4050 亿个参数必须被激活。"),
        ("NCCL", "镍币", "What does a nickel stand for?", "镍币代表什么？"),
        ("Hugging Face", "拥抱脸", "So these weights that you can download from hugging face or other platforms are very big matrices of numbers.",
         "所以你可以从拥抱脸或其他平台下载的这些权重是非常大的数字矩阵。"),
        ("open weights", "公开举重", "There's so many places we can go here, but maybe let's go to open weights.", "这里有很多地方我们可以去，但也许让我们先去公开举重。"),
        ("open weights", "开放式砝码", "Help people understand the other implication of open weights.", "帮助人们理解开放式砝码的其他含义。"),
        ("SemiAnalysis", "半分析", "You do quite incredible work with semi analysis.", "你在半分析方面做了令人难以置信的工作。"),
        ("Perplexity", "困惑", "Or it could be perplexity.", "也可能是困惑。"),
        ("Gemini", "双子座", "I think Gemini is the model that has the longest context length that people are using.", "我认为双子座是人们使用的上下文长度最长的模型。"),
    ]

    /// Pairs from the same transcript where the same Chinese words are right.
    static let transcriptOrdinaryWords: [(String, String)] = [
        ("So for one, I'm very understanding of many people being confused by these two model names.", "首先，我非常理解许多人对这两个型号名称的困惑。"),
        ("Yeah. I was confused because to me, Nvidia stock should have gone up.", "是的。我很困惑，因为对我来说，英伟达的股票应该上涨。"),
        ("A Tulu is a hybrid camel. When you breed a dromedary with a Bakrian camel.", "Tulu 是一种杂交骆驼。当你用巴克里亚骆驼繁殖单峰骆驼时。"),
    ]

    @Test func forbiddenRenderingsOnTheTranscriptAreFoundAndNamed() {
        let bitext = Self.bitext(Self.transcriptErrors.map { ($0.source, $0.target) })
        let findings = run(ForbiddenTermCheck(), bitext)
        #expect(findings.count == Self.transcriptErrors.count)
        for (finding, expected) in zip(findings, Self.transcriptErrors) {
            #expect(finding.term == Finding.TermReference(source: expected.term, found: expected.found))
            #expect(finding.severity == .error)
            #expect(finding.message.contains(expected.found))
            #expect(finding.check == "forbidden-term")
        }
        // Each wrong rendering is reported once, by forbidden-term only.
        #expect(run(TermMissingCheck(), bitext).isEmpty)
    }

    @Test func ordinaryWordsForOrdinaryEnglishAreNotFindings() {
        let bitext = Self.bitext(Self.transcriptOrdinaryWords)
        #expect(run(ForbiddenTermCheck(), bitext).isEmpty)
        #expect(run(TermMissingCheck(), bitext).isEmpty)
    }

    @Test func traditionalTargetIsCheckedAgainstTheSimplifiedGlossary() {
        let bitext = Self.bitext([
            ("The export controls on GPUs matter.", "對 GPU 的出口管制很重要。"),
            ("The export controls on GPUs matter.", "对 GPU 的出口管製很重要。"),
        ])
        let findings = run(ForbiddenTermCheck(), bitext)
        #expect(findings.map(\.pair) == [1])
        #expect(findings.first?.term?.found == "出口管製")
        #expect(run(TermMissingCheck(), bitext).isEmpty)
    }

    @Test func chineseToEnglishBitextIsCheckedTheSameWay() {
        let pair = AlignedPair(
            index: 0, source: [Segment(index: 0, text: "我认为双子座是上下文最长的模型。", line: 3, block: 0)],
            target: [Segment(index: 0, text: "I think Gemini is the model with the longest context.", line: 5, block: 0)],
            score: 1, sourceLanguage: .chinese, targetLanguage: .english)
        let bitext = AlignedBitext(sourceLanguage: .chinese, targetLanguage: .english, sourcePath: "zh.md", targetPath: "en.md", pairs: [pair])
        let findings = run(ForbiddenTermCheck(), bitext)
        #expect(findings.map(\.term) == [Finding.TermReference(source: "Gemini", found: "双子座")])
    }

    @Test func missingTermIsReportedWithItsExpectedRenderings() {
        let bitext = Self.bitext([
            ("DeepSeek V3 is a new mixture of experts transformer language model.", "DeepSeek V3 是一种新的 Transformer 语言模型。"),
            ("Mixtures of experts are sparse.", "混合专家模型是稀疏的。"),
            ("It has many experts.", ""),
        ])
        let findings = run(TermMissingCheck(), bitext)
        #expect(findings.count == 1)
        #expect(findings.first?.pair == 0)
        #expect(findings.first?.term?.source == "mixture of experts")
        #expect(findings.first?.message.contains("混合专家") == true)
        #expect(findings.first?.severity == .warning)
    }

    @Test func mixedRenderingsOfOneTermGiveOneFindingWithCounts() throws {
        let glossary = Glossary(terms: [
            GlossaryTerm(sourceForms: ["mixture of experts", "MoE"], accepted: ["混合专家", "专家混合"], forbidden: ["专家的混合"]),
        ])
        let bitext = Self.bitext([
            ("DeepSeek V3 is a mixture of experts model.", "DeepSeek V3 是一个混合专家模型。"),
            ("The MoE layer routes tokens.", "混合专家层对词元进行路由。"),
            ("A mixture of experts is sparse.", "专家混合是稀疏的。"),
            ("Mixture of experts models are cheap.", "专家的混合模型很便宜。"),
            ("Mixture of experts again.", "又是混合专家。"),
        ], lines: [(2, 10), (4, 12), (6, 14), (8, 16), (9, 18)])
        let findings = run(InconsistentTermCheck(), bitext, glossary: glossary).filter { $0.severity != .info }
        try #require(findings.count == 1)
        let message = findings[0].message
        #expect(message.contains("3 ways"))
        #expect(message.contains("混合专家 ×3 (lines 10, 12, 18)"))
        #expect(message.contains("专家混合 ×1 (line 14)"))
        #expect(message.contains("专家的混合 ×1 (line 16)"))
        #expect(findings[0].term?.source == "mixture of experts")
        #expect(findings[0].pair == nil)
    }

    @Test func consistentDocumentHasNoInconsistency() {
        let bitext = Self.bitext([
            ("DeepSeek V3 is a mixture of experts model.", "DeepSeek V3 是一个混合专家模型。"),
            ("Mixtures of experts are sparse.", "混合专家是稀疏的。"),
        ])
        #expect(run(InconsistentTermCheck(), bitext).filter { $0.severity != .info }.isEmpty)
    }

    @Test func oneRenderingForSeveralTermsIsReported() {
        let glossary = Glossary(terms: [
            GlossaryTerm(sourceForms: ["GPU"], accepted: ["显卡", "GPU"]),
            GlossaryTerm(sourceForms: ["graphics card"], accepted: ["显卡"]),
        ])
        let bitext = Self.bitext([
            ("Buy a GPU.", "买一块显卡。"),
            ("Buy a graphics card.", "买一块显卡。"),
        ])
        let findings = run(InconsistentTermCheck(), bitext, glossary: glossary).filter { $0.severity != .info }
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("'显卡' renders 2 different source terms") == true)
    }

    @Test func withoutAGlossaryNamesSometimesKeptAreSuggested() {
        let bitext = Self.bitext([
            ("I think Gemini is the model with the longest context.", "我认为双子座是上下文最长的模型。"),
            ("You put a whole book into Gemini.", "你把一整本书放进双子座。"),
            ("The thing about Gemini is that it is a served product.", "关于 Gemini 的事情是，这是一个服务产品。"),
            ("So we use Gemini a lot.", "所以我们经常使用它。"),
            ("Nathan works there.", "Nathan 在那里工作。"),
        ])
        let findings = run(InconsistentTermCheck(), bitext, glossary: .empty)
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .info)
        #expect(findings.first?.term?.source == "Gemini")
        #expect(findings.first?.message.contains("in 1 pair (") == true)
        #expect(findings.first?.message.contains("not in 3") == true)
    }

    @Test func everyRegisteredTermCheckHasWorkingExamples() {
        for check in [ForbiddenTermCheck.self, TermMissingCheck.self, InconsistentTermCheck.self] as [any Check.Type] {
            let description = check.description
            #expect(CheckRegistry.check(withID: description.id) != nil)
            for example in description.passingExamples + description.failingExamples {
                let bitext = example.bitext()
                let findings = check.init().run(
                    on: bitext, context: CheckContext(glossary: Glossary(terms: example.glossary), severity: description.defaultSeverity))
                let shouldFail = description.failingExamples.contains { $0.source == example.source && $0.target == example.target }
                #expect(findings.isEmpty != shouldFail, "\(description.id): \(example.source) → \(example.target): \(findings.map(\.message))")
            }
        }
    }

    /// The whole transcript, paired turn by turn (see `TranscriptTurns`): every known
    /// mistranslation is found, and 困惑/骆驼 are reported only where the English names
    /// Perplexity/Llama.
    @Test func realTranscriptFindings() throws {
        let bitext = try TranscriptTurns.bitext()
        #expect(bitext.pairs.count > 600)
        let findings = run(ForbiddenTermCheck(), bitext)
        var byTerm: [String: Set<String>] = [:]
        for finding in findings { byTerm[finding.term!.source, default: []].insert(finding.term!.found!) }
        #expect(byTerm["DeepSeek"]?.isSuperset(of: ["深海", "深度探索"]) == true)
        #expect(byTerm["Llama"] == ["骆驼"])
        #expect(byTerm["NCCL"]?.contains("镍币") == true)
        #expect(byTerm["Hugging Face"] == ["拥抱脸"])
        #expect(byTerm["open weights"]?.isSuperset(of: ["公开举重", "开放式砝码"]) == true)
        #expect(byTerm["SemiAnalysis"] == ["半分析"])
        #expect(byTerm["Perplexity"] == ["困惑"])
        #expect(byTerm["Gemini"] == ["双子座"])
        for finding in findings where finding.term?.found == "困惑" {
            #expect(finding.source.text.lowercased().contains("perplexity"), "\(finding.source.text)")
        }
        for finding in findings where finding.term?.found == "骆驼" {
            #expect(finding.source.text.lowercased().contains("llama"), "\(finding.source.text)")
        }
        let inconsistencies = run(InconsistentTermCheck(), bitext).filter { $0.severity == .warning }
        let moe = inconsistencies.filter { $0.term?.source == "mixture of experts" }
        #expect(moe.count == 1)
        #expect(moe.first?.message.contains("专家的混合") == true)
    }
}

/// Pairs the speaker turns of the bundled transcript by dynamic programming over turn
/// similarity (same speaker, shared Latin words and numbers, length ratio): a stand-in for
/// the real aligner, good enough to run term checks over the whole document in tests.
enum TranscriptTurns {
    struct Turn {
        var speaker: String
        var text: String
        var line: Int
        /// A heading or image ended the turn; later paragraphs belong to no turn.
        var closed = false
    }

    /// Speaker turns: a `**Name:**` line and the plain paragraphs after it, up to the next
    /// turn, heading or image.
    static func turns(_ text: String) -> [Turn] {
        var result: [Turn] = []
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("#") || trimmed.hasPrefix("![") {
                if var last = result.popLast() { last.closed = true; result.append(last) }
                continue
            }
            if let turn = labelledTurn(line, line: index + 1) {
                result.append(turn)
            } else if !trimmed.isEmpty, var last = result.popLast() {
                if !last.closed { last.text += (last.text.unicodeScalars.contains(where: \.isHan) ? "" : " ") + trimmed }
                result.append(last)
            }
        }
        return result
    }

    private static func labelledTurn(_ line: String, line number: Int) -> Turn? {
        guard line.hasPrefix("**"), let close = line.range(of: "**", range: line.index(line.startIndex, offsetBy: 2)..<line.endIndex) else { return nil }
        let label = line[line.index(line.startIndex, offsetBy: 2)..<close.lowerBound]
        guard label.hasSuffix(":") || label.hasSuffix("："), let speaker = label.split(separator: " ").first else { return nil }
        let body = String(line[close.upperBound...]).trimmingCharacters(in: .whitespaces)
        return Turn(speaker: String(speaker), text: body, line: number)
    }

    static func bitext() throws -> AlignedBitext {
        let english = turns(try TestData.text(TestData.englishTranscript))
        let chinese = turns(try TestData.text(TestData.chineseTranscript))
        let englishLatin = english.map { Set(SourceTermIndex.tokenize($0.text).map { $0.surface.lowercased() }.filter { $0.count > 2 && $0.first!.isLetter }) }
        let chineseLatin = chinese.map { Set(SourceTermIndex.tokenize($0.text).map { $0.surface.lowercased() }.filter { $0.count > 2 && $0.first!.isLetter }) }
        func score(_ i: Int, _ j: Int) -> Double {
            let shared = englishLatin[i].intersection(chineseLatin[j]).count
            let union = max(1, englishLatin[i].union(chineseLatin[j]).count)
            let ratio = Double(chinese[j].text.count) * 2.5 / Double(max(1, english[i].text.count))
            let lengthScore = 1 - min(1, abs(log(max(ratio, 0.01))))
            return (english[i].speaker == chinese[j].speaker ? 1 : -1) + 2 * Double(shared) / Double(union) + lengthScore
        }
        let gap = -0.3
        let n = english.count, m = chinese.count
        // Turns stay near the diagonal; cells outside the band are unreachable.
        let band = 40
        func inBand(_ i: Int, _ j: Int) -> Bool { abs(i * m / max(n, 1) - j) <= band }
        var best = [[Double]](repeating: [Double](repeating: -.infinity, count: m + 1), count: n + 1)
        for i in 0...n where inBand(i, 0) { best[i][0] = Double(i) * gap }
        for j in 0...m where inBand(0, j) { best[0][j] = Double(j) * gap }
        for i in 1...n {
            for j in 1...m where inBand(i, j) {
                best[i][j] = max(best[i - 1][j - 1] + score(i - 1, j - 1), best[i - 1][j] + gap, best[i][j - 1] + gap)
            }
        }
        var pairs: [(Int, Int)] = []
        var i = n, j = m
        while i > 0 && j > 0 {
            if best[i][j] == best[i - 1][j - 1] + score(i - 1, j - 1) {
                pairs.append((i - 1, j - 1)); i -= 1; j -= 1
            } else if best[i][j] == best[i - 1][j] + gap {
                i -= 1
            } else {
                j -= 1
            }
        }
        let aligned = pairs.reversed().enumerated().map { index, pair in
            AlignedPair(
                index: index,
                source: [Segment(index: pair.0, text: english[pair.0].text, line: english[pair.0].line, block: pair.0)],
                target: [Segment(index: pair.1, text: chinese[pair.1].text, line: chinese[pair.1].line, block: pair.1)],
                score: 1, sourceLanguage: .english, targetLanguage: .chinese)
        }
        return AlignedBitext(
            sourceLanguage: .english, targetLanguage: .chinese,
            sourcePath: TestData.englishTranscript.path, targetPath: TestData.chineseTranscript.path, pairs: aligned)
    }
}

@Suite struct GlossaryExtractorTests {
    @Test func proposesKeptNamesAndAssociatedChineseRenderings() {
        let bitext = TermCheckTests.bitext([
            ("So TSMC makes the chips.", "所以台积电制造芯片。"),
            ("Right, TSMC is in Taiwan.", "是的，台积电在台湾。"),
            ("And TSMC's fabs are expensive.", "而且台积电的晶圆厂很贵。"),
            ("So Llama is open.", "所以 Llama 是开放的。"),
            ("We fine-tuned Llama 3.", "我们微调了 Llama 3。"),
            ("The Llama license is strict.", "Llama 许可证很严格。"),
            ("So what?", "那又怎样？"),
        ])
        let glossary = GlossaryExtractor(minimumOccurrences: 3).extract(from: bitext)
        let byName = Dictionary(uniqueKeysWithValues: glossary.terms.map { ($0.name, $0) })
        #expect(byName["TSMC"]?.accepted == ["台积电"])
        #expect(byName["Llama"]?.accepted.first == "Llama")
        #expect(byName["So"] == nil)
        #expect(byName["TSMC"]?.note?.contains("3 pairs") == true)
        #expect(glossary.terms.count == 2)
    }

    /// The library drafts from files as `audit` reads them; the Chinese file given first used
    /// to be read as English, and gave Latin-only "terms" with no error.
    @Test func theTranscriptGivesTheSameDraftWhicheverFileComesFirst() throws {
        var diagnostics = Diagnostics()
        let inOrder = try Auditor().extractGlossary(
            sourcePath: TestData.englishTranscript.path, targetPath: TestData.chineseTranscript.path, diagnostics: &diagnostics)
        let swapped = try Auditor().extractGlossary(
            sourcePath: TestData.chineseTranscript.path, targetPath: TestData.englishTranscript.path, diagnostics: &diagnostics)
        #expect(inOrder.terms.count > 20)
        let renderings = Dictionary(uniqueKeysWithValues: inOrder.terms.map { ($0.name, $0.accepted) })
        #expect(renderings["TSMC"]?.contains("台积电") == true, "\(renderings["TSMC"] ?? [])")
        // A few pairs may align differently the other way round; the terms are the same ones.
        let common = Set(inOrder.terms.map(\.name)).intersection(swapped.terms.map(\.name))
        #expect(Double(common.count) >= 0.9 * Double(inOrder.terms.count), "\(inOrder.terms.count) vs \(swapped.terms.count)")
        #expect(swapped.terms.contains { $0.accepted.contains { $0.unicodeScalars.contains { $0.properties.isIdeographic } } })
    }

    @Test func twoDocumentsInOneLanguageAreAnErrorNamingThem() throws {
        var diagnostics = Diagnostics()
        #expect {
            try Auditor().extractGlossary(
                sourcePath: TestData.englishTranscript.path, targetPath: TestData.englishTranscript.path, diagnostics: &diagnostics)
        } throws: { error in
            (error as? InputError)?.message.contains("both read as English") == true
        }
    }
}
