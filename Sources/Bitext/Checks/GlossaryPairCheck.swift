/// A check that matches glossary terms pair by pair. The matcher is compiled once per
/// glossary (`TermMatcherCache`), not once per pair or chunk, and nothing runs without a glossary.
public protocol GlossaryPairCheck: PairCheck {
    /// `matches` are the pair's glossary matches (`TermMatcher.matches(in:of:)`).
    func findings(for pair: AlignedPair, matches: [PairTermMatch], in bitext: AlignedBitext, context: CheckContext, matcher: TermMatcher)
        -> [Finding]
}

extension GlossaryPairCheck {
    public func run(on bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        guard !context.glossary.isEmpty else { return [] }
        let matcher = TermMatcherCache.shared.matcher(for: context.glossary, in: bitext)
        var result: [Finding] = []
        for position in bitext.pairs.indices {
            let pair = bitext.pairs[position]
            let matches = context.termMatches?.matches(of: pair, at: position) ?? matcher.matches(in: pair, of: bitext)
            result += findings(for: pair, matches: matches, in: bitext, context: context, matcher: matcher)
        }
        return result
    }

    public func check(_ pair: AlignedPair, in bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        guard !context.glossary.isEmpty else { return [] }
        let matcher = TermMatcherCache.shared.matcher(for: context.glossary, in: bitext)
        return findings(for: pair, matches: matcher.matches(in: pair, of: bitext), in: bitext, context: context, matcher: matcher)
    }

    /// Where a term stands in the English side (every occurrence, in any of its forms) and
    /// a Chinese rendering of it in the other; the glossary runs English→Chinese but the
    /// bitext may run either way.
    func spans(term: Int, chinese: String?, in pair: AlignedPair, of bitext: AlignedBitext, matcher: TermMatcher)
        -> (source: [Finding.Span], target: [Finding.Span])
    {
        let (englishText, chineseText) = bitext.sourceLanguage == .english
            ? (pair.sourceProse, pair.targetProse) : (pair.targetProse, pair.sourceProse)
        let englishSpans = matcher.sourceMatches(in: englishText).filter { $0.term == term }
            .map { Finding.Span($0.range, in: englishText) }
        let chineseSpans = chinese.map { Finding.Span.occurrences(of: $0, in: chineseText) } ?? []
        return bitext.sourceLanguage == .english ? (englishSpans, chineseSpans) : (chineseSpans, englishSpans)
    }
}
