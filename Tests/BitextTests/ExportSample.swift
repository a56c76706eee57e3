import Foundation
import Testing
@testable import Bitext

/// A small bitext of real sentence pairs from the lex-459 transcript (English transcript,
/// Chinese machine translation), with the lines they stand on, plus findings of the kinds
/// the checks report. Shared by the writer and report tests.
enum ExportSample {
    /// 2026-02-03 12:34:56 UTC: fixed so that output can be compared byte for byte.
    static let context = OutputContext(generatedAt: Date(timeIntervalSince1970: 1_770_122_096), toolVersion: "0.1.0")

    static func bitext() throws -> AlignedBitext {
        let english = try TestData.text(TestData.englishTranscript)
        let chinese = try TestData.text(TestData.chineseTranscript)
        let sentencePairs: [(String?, String?)] = [
            (nil, "DeepSeek 导读"),
            ("The following is a conversation with Dylan Patel and Nathan Lampert.",
             "以下是与 Dylan Patel 和 Nathan Lambert 的对话。"),
            ("Dylan runs Semianalysis, a well respected research and analysis company that specializes in semiconductors, GPUs, CPUs, and AI hardware in general.",
             "Dylan 经营着 SemiAnalysis，这是一家备受尊敬的研究和分析公司，专注于半导体、GPU、CPU 和人工智能硬件。"),
            ("Nathan is a research scientist at the Allen Institute for AI and is the author of the amazing blog on AI called Interconnects.",
             "Nathan 是艾伦人工智能研究所（Allen Institute for AI）的一名研究科学家，也是人工智能博客 “互联”（Interconnect）的作者。"),
            ("Plus R1 is open wait and O3 mini is not.", "另外，R1 是开源的而 o3-mini 不是。"),
            ("It only shows a summary of the reasoning.", nil),
        ]
        var sourceSegments: [Segment] = []
        var targetSegments: [Segment] = []
        var pairs: [AlignedPair] = []
        for (index, sentences) in sentencePairs.enumerated() {
            var source: [Segment] = []
            var target: [Segment] = []
            if let text = sentences.0 {
                source.append(Segment(index: sourceSegments.count, text: text, line: try line(of: text, in: english), block: 0))
                sourceSegments += source
            }
            if let text = sentences.1 {
                target.append(Segment(index: targetSegments.count, text: text, line: try line(of: text, in: chinese), block: 0))
                targetSegments += target
            }
            let score = source.isEmpty || target.isEmpty ? 0 : [0.91, 0.874, 0.8, 0.655][index - 1]
            pairs.append(AlignedPair(
                index: index, source: source, target: target, score: score,
                sourceLanguage: .english, targetLanguage: .chinese))
        }
        return AlignedBitext(
            sourceLanguage: .english, targetLanguage: .chinese,
            sourcePath: "Examples/lex-459/en.md", targetPath: "Examples/lex-459/zh.md", pairs: pairs)
    }

    static func findings(for bitext: AlignedBitext) -> [Finding] {
        func side(_ text: String, _ line: Int?, _ file: String) -> Finding.Side {
            Finding.Side(text: text, line: line, file: file)
        }
        func finding(_ check: String, _ severity: Severity, _ message: String, pair index: Int, term: Finding.TermReference? = nil) -> Finding {
            let pair = bitext.pairs[index]
            return Finding(
                check: check, severity: severity, message: message,
                source: side(pair.sourceText, pair.sourceLine, bitext.sourcePath),
                target: side(pair.targetText, pair.targetLine, bitext.targetPath),
                term: term, pair: index)
        }
        return [
            finding("alignment", .info, "Target-only text: the translator's preface has no source.", pair: 0),
            finding("speaker", .warning, "Speaker label \"Lex Frdiman\" differs from the source's \"Lex Fridman\".", pair: 1),
            finding("forbidden-term", .warning, "\"Interconnects\" (the blog's name) is translated as \"互联\" instead of being kept.",
                    pair: 3, term: Finding.TermReference(source: "Interconnects", found: "互联")),
            finding("forbidden-term", .error, "\"open weight\" must not be translated as \"开源\" (open source).",
                    pair: 4, term: Finding.TermReference(source: "open weight", found: "开源")),
            finding("numbers", .info, "Model name \"O3 mini\" is written \"o3-mini\" in the target.", pair: 4),
            finding("omission", .error, "The source sentence has no translation.", pair: 5),
            Finding(check: "alignment", severity: .warning, message: "2 of 6 pairs are unaligned.",
                    source: .empty, target: .empty),
        ]
    }

    /// The 1-based line of the first line of `text` containing `sentence`: the test data
    /// says where it comes from instead of a hand-copied number.
    static func line(of sentence: String, in text: String) throws -> Int {
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.contains(sentence) {
            return number + 1
        }
        throw InputError(file: "lex-459", "sentence not found: \(sentence)")
    }

    static func schema(_ path: String) -> URL {
        TestData.shared.appendingPathComponent("schemas").appendingPathComponent(path)
    }

    /// Compares `data` with the committed expected file; with `BITEXT_UPDATE_EXPECTED=1`
    /// in the environment, rewrites the file instead (then review the diff).
    static func expectedFile(_ name: String) -> URL {
        TestData.fixture("expected").appendingPathComponent(name)
    }

    static var updatingExpectedFiles: Bool {
        ProcessInfo.processInfo.environment["BITEXT_UPDATE_EXPECTED"] == "1"
    }

    static func expectMatchesExpectedFile(_ data: Data, _ name: String) throws {
        let url = expectedFile(name)
        if updatingExpectedFiles { try data.write(to: url) }
        let expected = try Data(contentsOf: url)
        #expect(String(decoding: data, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        #expect(data == expected)
    }

    /// A pair whose text has everything XML escaping must get right: markup characters,
    /// the CDATA end marker, an emoji and a control character XML 1.0 cannot carry.
    static let trickyText = "Use <b> & \"quotes\" ]]> here 🚀 then\u{1}bell"

    static func trickyBitext() -> AlignedBitext {
        let source = Segment(index: 0, text: trickyText, line: 1, block: 0)
        let target = Segment(index: 0, text: "使用 <b> & ]]> 🚀\u{1}", line: 1, block: 0)
        let pair = AlignedPair(index: 0, source: [source], target: [target], score: 0.5,
                               sourceLanguage: .english, targetLanguage: .chinese)
        return AlignedBitext(sourceLanguage: .english, targetLanguage: .chinese,
                      sourcePath: "a&b <en>.txt", targetPath: "zh.txt", pairs: [pair])
    }

    static func trickyFindings(for bitext: AlignedBitext) -> [Finding] {
        let pair = bitext.pairs[0]
        return [Finding(
            check: "markup", severity: .error, message: "Tag <b> & \"x\"\u{1} unbalanced",
            source: Finding.Side(text: pair.sourceText, line: 1), target: Finding.Side(text: pair.targetText, line: 1),
            pair: 0)]
    }
}
