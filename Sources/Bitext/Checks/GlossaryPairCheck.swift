/// A check that matches glossary terms pair by pair. The matcher is compiled once per run,
/// not once per pair, and nothing runs without a glossary.
public protocol GlossaryPairCheck: PairCheck {
    func findings(for pair: AlignedPair, in bitext: Bitext, context: CheckContext, matcher: TermMatcher) -> [Finding]
}

extension GlossaryPairCheck {
    public func run(on bitext: Bitext, context: CheckContext) -> [Finding] {
        guard !context.glossary.isEmpty else { return [] }
        let matcher = TermMatcher(glossary: context.glossary)
        return bitext.pairs.flatMap { findings(for: $0, in: bitext, context: context, matcher: matcher) }
    }

    public func check(_ pair: AlignedPair, in bitext: Bitext, context: CheckContext) -> [Finding] {
        guard !context.glossary.isEmpty else { return [] }
        return findings(for: pair, in: bitext, context: context, matcher: TermMatcher(glossary: context.glossary))
    }
}
