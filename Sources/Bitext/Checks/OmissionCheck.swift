/// Source text the translation leaves out: source segments aligned to nothing, and targets
/// far too short for their source (a sentence dropped inside a pair). A transcript's false
/// starts ("There's.", "But there's.") left untranslated are not omissions: they say nothing.
public struct OmissionCheck: Check, ReadsLengthExpectation {
    public static let description = CheckDescription(
        id: "omission", name: "Omission",
        summary: "Source text has no translation, or its translation is far too short.",
        defaultSeverity: .warning,
        passingExamples: [
            CheckExample(
                "Dylan runs SemiAnalysis, a well respected research and analysis company that specializes in semiconductors.\nAnd personally I'm just a fan of the two of them.",
                "Dylan 经营着 SemiAnalysis，这是一家备受尊敬的研究和分析公司，专注于半导体。\n就个人而言，我只是他们两个的粉丝。"),
            // A false start left untranslated.
            CheckExample("But there's.\nThere is a lot of money going into it.", "\n有很多钱投入其中。"),
            // The source file's credit line, not text to translate.
            CheckExample("Thanks for listening.\neditor: https://x.com/mark_neurora, 2025-02-04", "感谢收听。\n"),
        ],
        failingExamples: [
            CheckExample("Dylan runs SemiAnalysis.\nAnd personally I'm just a fan of the two of them.", "Dylan 经营着 SemiAnalysis。\n"),
            CheckExample(
                "Dylan runs SemiAnalysis, a well respected research and analysis company that specializes in semiconductors, GPUs, CPUs, and AI hardware in general.\nAnd personally I'm just a fan of the two of them.",
                "Dylan 经营着一家公司。\n就个人而言，我只是他们两个的粉丝。"),
        ],
        prerequisites: ["untranslated", "alignment"]
    )

    public init() {}

    /// A target below this share of the expected length, for a source of at least
    /// `minimumSourceWeight` letters, is reported.
    static let shortRatio = 0.35
    static let minimumSourceWeight = 60

    public func run(on bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        let spans = UnalignedSpan.spans(in: bitext, onlyOn: .source).filter { span in
            !span.segments(.source).allSatisfy { segment in
                Self.isCreditLine(segment.text) || (bitext.sourceLanguage == .english && Self.isFalseStart(segment.text))
            }
        }
        var findings = spans.map { span in
            let segments = span.segments(.source)
            let count = segments.count == 1 ? "1 source segment has" : "\(segments.count) source segments have"
            return finding(
                "\(count) no translation (\(span.lineDescription(.source)))",
                source: Finding.Side(
                    text: bitext.sourceLanguage.join(segments.map(\.text)), line: segments.first?.line, file: bitext.sourcePath),
                target: .empty, pair: span.pairs.first?.index, context: context)
        }
        let expectation = context.lengthExpectation(of: bitext)
        for (position, weights) in expectation.weights.enumerated() where !bitext.pairs[position].isUnaligned {
            let sourceWeight = weights.source
            guard sourceWeight >= Self.minimumSourceWeight else { continue }
            let expected = expectation.expectedTargetWeight(forSourceWeight: sourceWeight)
            let actual = weights.target
            if Double(actual) < expected * Self.shortRatio {
                let pair = bitext.pairs[position]
                findings.append(finding(
                    "the translation is much shorter than its source (\(actual) characters where about \(Int(expected.rounded())) are usual): text may be missing",
                    pair: pair, in: bitext, context: context))
            }
        }
        return findings
    }

    /// One or two words that break off before saying anything: the last word cannot end a
    /// sentence (`There's.`, `But we.`, `And the.`). Questions and answers ("Why?", "Exactly.")
    /// are not false starts.
    static func isFalseStart(_ text: String) -> Bool {
        let trimmed = Substring(text).trimmingWhitespace
        guard !trimmed.hasSuffix("?"), !trimmed.hasSuffix("!") else { return false }
        let words = EnglishWords.tokens(trimmed)
        guard (1...2).contains(words.count), let last = words.last else { return false }
        if let apostrophe = last.lastIndex(of: "'"), unfinishedContractions.contains(String(last[apostrophe...])) { return true }
        return unfinishedEndings.contains(last) && words.dropLast().allSatisfy { unfinishedEndings.contains($0) }
    }

    /// A credit or metadata line (`editor: https://x.com/…, 2025-02-04`, `Source: https://…`):
    /// a short label, then only links, handles and dates beside at most two words. It
    /// documents the file rather than saying anything to translate, and a translation
    /// carries its own credits.
    static func isCreditLine(_ text: String) -> Bool {
        let trimmed = Substring(text).trimmingWhitespace.drop { $0 == ">" || $0 == " " }
        guard let colon = trimmed.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
        let label = trimmed[..<colon]
        guard !label.isEmpty, label.count <= 24, label.split(separator: " ").count <= 3,
              label.allSatisfy({ $0.isLetter || $0 == " " })
        else { return false }
        var hasLinkOrDate = false
        var words = 0
        for piece in trimmed[trimmed.index(after: colon)...].split(whereSeparator: { " ,;|·".contains($0) }) {
            if piece.hasPrefix("http://") || piece.hasPrefix("https://") || piece.hasPrefix("www.") || piece.hasPrefix("@")
                || piece.wholeMatch(of: /\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}\/\d{2,4}/) != nil {
                hasLinkOrDate = true
            } else {
                words += 1
            }
        }
        return hasLinkOrDate && words <= 2
    }

    /// Contraction endings that need a complement: `there's`, `we're`, `I'll`, `they've`.
    private static let unfinishedContractions: Set<String> = ["'s", "'re", "'m", "'ll", "'ve", "'d"]

    /// Words an English utterance does not end on: articles, conjunctions, subject pronouns,
    /// auxiliaries and prepositions.
    private static let unfinishedEndings: Set<String> = [
        "a", "an", "the", "and", "but", "or", "so", "because", "if", "that", "i", "we", "they", "he", "she",
        "is", "are", "was", "were", "have", "has", "had", "do", "does", "did", "can", "could", "will", "would", "should",
        "to", "of", "in", "on", "for", "with", "there", "like", "then",
    ]
}
