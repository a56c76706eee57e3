/// A word that changes what a sentence claims, with nothing in the translation that could
/// carry it: a negation ("are not guaranteed" → 确保…, "copyrights don't apply" dropped
/// inside a long sentence) or an approximation ("nearly double" → 增加一倍). The sentence
/// around it may be fine, so neither length nor alignment shows it.
///
/// Chinese says "not" in many ways, so the check looks for any of them anywhere in the
/// target's matching sentence, or the whole target where the sentences do not pair one to one
/// (`QualifierCounterparts`), not for the word's own gloss: a translation that keeps
/// the meaning by an antonym still carries some negation most of the time. Set phrases
/// whose negation a translation rightly drops ("no more than" → 最多, "not only" → 不仅,
/// tag questions "isn't it?" → 对吧) are not read. English sources translated into Chinese only.
public struct PartialOmissionCheck: PairCheck {
    public static let description = CheckDescription(
        id: "partial-omission", name: "Partial omission",
        summary: "A negation or an approximation (not, never, without, almost) has no counterpart anywhere in the translation.",
        defaultSeverity: .warning,
        passingExamples: [
            CheckExample("Stability and performance are not guaranteed.", "不保证稳定性和性能。"),
            CheckExample("It could nearly double again.", "它可能再次增加近一倍。"),
            // Set phrases whose negation the translation rightly drops.
            CheckExample("You can downgrade to no more than one minor version.", "最多可以降级一个次要版本。"),
            CheckExample("It's fast, isn't it?", "它很快，对吧？"),
            // A name or code that spells a negation.
            CheckExample("Create an `allow-nothing` policy.", "创建一个 `allow-nothing` 策略。"),
        ],
        failingExamples: [
            CheckExample("Stability and performance are not guaranteed.", "确保稳定性和性能。"),
            CheckExample("It could nearly double again.", "它可能再次增加一倍。"),
            CheckExample("The header name is surrounded by brackets without any quotes.", "请求头名称需要用方括号括起来。"),
        ],
        prerequisites: ["untranslated", "alignment", "omission", "redaction"]
    )

    public init() {}

    public func check(_ pair: AlignedPair, in bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        guard bitext.sourceLanguage == .english, bitext.targetLanguage == .chinese, !pair.isUnaligned else { return [] }
        let source = pair.sourceProse
        let qualifiers = QualifierCounterparts.qualifiers(in: source)
        guard !qualifiers.isEmpty else { return [] }
        let target = pair.targetProse
        let sentences = Self.sentencePairs(source: source, target: target)
        let missing = qualifiers.filter { qualifier in
            let sentence = sentences.first { $0.source.contains(qualifier.range.lowerBound) }
            let targetPart = sentence.map { String(target[$0.target]) } ?? target
            return !QualifierCounterparts.hasCounterpart(of: qualifier, from: source, in: targetPart)
        }
        guard !missing.isEmpty else { return [] }
        let parts = QualifierCounterparts.Kind.allCases.compactMap { kind -> String? in
            let words = Array(Set(missing.filter { $0.kind == kind }.map { "“\(source[$0.range].lowercased())”" })).sorted()
            guard !words.isEmpty else { return nil }
            let listed = words.joined(separator: ", ")
            return switch kind {
            case .negation: "\(listed) (a negation) has no counterpart in the translation: the meaning may be reversed, or a clause left out"
            case .approximation: "\(listed) has no counterpart in the translation, which states more than the source does"
            }
        }
        return [finding(
            parts.joined(separator: "; "), pair: pair, in: bitext, context: context,
            sourceSpans: missing.map { Finding.Span($0.range, in: source) })]
    }

    /// The sentences of both sides paired in order when both sides have as many (a paragraph
    /// translated sentence by sentence): a negation kept in one sentence then does not stand
    /// for one dropped in another. Empty otherwise, and the whole target is read.
    static func sentencePairs(source: String, target: String) -> [(source: Range<String.Index>, target: Range<String.Index>)] {
        let sourceSentences = sentenceRanges(of: source, ends: EnglishSentenceBoundaries.ends(in: SentenceText(source)))
        guard sourceSentences.count > 1 else { return [] }
        let targetSentences = sentenceRanges(of: target, ends: ChineseSentenceBoundaries.ends(in: SentenceText(target)))
        guard targetSentences.count == sourceSentences.count else { return [] }
        return Array(zip(sourceSentences, targetSentences)).map { (source: $0.0, target: $0.1) }
    }

    /// Ranges between consecutive sentence ends (scalar offsets), blank ones left out.
    private static func sentenceRanges(of text: String, ends: [Int]) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start = text.startIndex
        var offset = 0
        for end in ends {
            let upper = text.unicodeScalars.index(start, offsetBy: end - offset)
            if text[start..<upper].contains(where: { !$0.isWhitespace }) { ranges.append(start..<upper) }
            (start, offset) = (upper, end)
        }
        return ranges
    }
}
