/// A check that matches glossary terms pair by pair. The matcher is compiled once per
/// glossary (`TermMatcherCache`), not once per pair or chunk, and nothing runs without a glossary.
public protocol GlossaryPairCheck: PairCheck {
    func findings(for pair: AlignedPair, in bitext: Bitext, context: CheckContext, matcher: TermMatcher) -> [Finding]
}

extension GlossaryPairCheck {
    public func run(on bitext: Bitext, context: CheckContext) -> [Finding] {
        guard !context.glossary.isEmpty else { return [] }
        let matcher = TermMatcherCache.shared.matcher(for: context.glossary)
        var result: [Finding] = []
        for position in bitext.pairs.indices {
            result += findings(for: bitext.pairs[position], in: bitext, context: context, matcher: matcher)
        }
        return result
    }

    public func check(_ pair: AlignedPair, in bitext: Bitext, context: CheckContext) -> [Finding] {
        guard !context.glossary.isEmpty else { return [] }
        return findings(for: pair, in: bitext, context: context, matcher: TermMatcherCache.shared.matcher(for: context.glossary))
    }

    /// Where a term stands in the English side (every occurrence, in any of its forms) and
    /// a Chinese rendering of it in the other; the glossary runs English→Chinese but the
    /// bitext may run either way.
    func spans(term: Int, chinese: String?, in pair: AlignedPair, of bitext: Bitext, matcher: TermMatcher)
        -> (source: [Finding.Span], target: [Finding.Span])
    {
        let (englishText, chineseText) = bitext.sourceLanguage == .english
            ? (pair.sourceText, pair.targetText) : (pair.targetText, pair.sourceText)
        let englishSpans = matcher.sourceMatches(in: englishText).filter { $0.term == term }
            .map { Finding.Span($0.range, in: englishText) }
        let chineseSpans = chinese.map { Finding.Span.occurrences(of: $0, in: chineseText) } ?? []
        return bitext.sourceLanguage == .english ? (englishSpans, chineseSpans) : (chineseSpans, englishSpans)
    }
}
