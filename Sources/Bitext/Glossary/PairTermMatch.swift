/// What the glossary says about one aligned pair: each term found in the source, with the
/// renderings of that term found in the target.
public struct PairTermMatch: Sendable, Hashable {
    /// Index of the term in the glossary.
    public var term: Int
    /// The first occurrence in the source, as written.
    public var sourceText: String
    /// Every occurrence of the term in the English side's text, for reports that mark them.
    public var sourceRanges: [Range<String.Index>]
    public var targetMatches: [TargetTermMatch]

    public var forbidden: [TargetTermMatch] { targetMatches.filter { $0.kind == .forbidden } }
    /// Accepted renderings, or the source form kept untranslated.
    public var acceptable: [TargetTermMatch] { targetMatches.filter { $0.kind != .forbidden } }
}

extension TermMatcher {
    /// Terms in a pair, whichever side is English: a glossary is English→Chinese, but a
    /// bitext may run either way, and a wrong rendering is wrong in both directions. Terms are
    /// looked for in the prose (not in code, URLs or shortcodes); ranges are the same in the
    /// text, whose UTF-8 layout the prose keeps.
    public func matches(in pair: AlignedPair, of bitext: AlignedBitext) -> [PairTermMatch] {
        switch (bitext.sourceLanguage, bitext.targetLanguage) {
        case (.english, .chinese): matches(source: pair.sourceProse, target: pair.targetProse)
        case (.chinese, .english): matches(source: pair.targetProse, target: pair.sourceProse)
        case (.english, .english), (.chinese, .chinese): []
        }
    }

    /// Terms in `source` and their renderings in `target`. The target is searched only for
    /// terms the source contains: a rendering is judged only where the term was said.
    public func matches(source: String, target: String) -> [PairTermMatch] {
        let sourceMatches = sourceMatches(in: source)
        guard !sourceMatches.isEmpty else { return [] }
        var firstText: [Int: String] = [:]
        var ranges: [Int: [Range<String.Index>]] = [:]
        var order: [Int] = []
        for match in sourceMatches {
            if firstText[match.term] == nil {
                firstText[match.term] = match.text
                order.append(match.term)
            }
            ranges[match.term, default: []].append(match.range)
        }
        let targetMatches = target.isEmpty ? [] : targetMatches(forTerms: order, in: target)
        return order.map { term in
            PairTermMatch(
                term: term, sourceText: firstText[term]!, sourceRanges: ranges[term]!,
                targetMatches: targetMatches.filter { $0.term == term })
        }
    }
}
