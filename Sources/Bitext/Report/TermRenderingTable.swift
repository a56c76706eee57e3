/// How each glossary term was rendered across a bitext: for every term the source says,
/// each target rendering found and in how many pairs, which of them the glossary accepts or
/// forbids, and how many pairs have no rendering at all. It is the report's inconsistency
/// table, and it also says where terms stand in every pair so the report can mark them.
///
/// Counts are pairs, not occurrences, so they add up the way the checks count:
/// `forbidden-term` reports each wrong rendering once per pair, `term-missing` each
/// aligned pair with none.
public struct TermRenderingTable: Sendable {
    public struct Rendering: Sendable, Hashable {
        /// The rendering as written in the target.
        public var text: String
        public var kind: TargetTermMatch.Kind
        /// Pairs in which the rendering appears for this term.
        public var pairs: Int
    }

    public struct Row: Sendable, Hashable {
        /// Index of the term in the glossary.
        public var term: Int
        public var name: String
        /// Pairs whose English side has the term.
        public var pairs: Int
        /// Most frequent first within accepted, kept-as-source, then forbidden renderings.
        public var renderings: [Rendering]
        /// Aligned pairs with the term and none of its renderings, for terms that have
        /// accepted renderings.
        public var missing: Int

        public var forbiddenPairs: Int { renderings.filter { $0.kind == .forbidden }.reduce(0) { $0 + $1.pairs } }
        /// More than one distinct rendering: the document is inconsistent about the term.
        public var isInconsistent: Bool { renderings.count > 1 }
    }

    /// A term found on one side of a pair.
    public struct Occurrence: Sendable, Hashable {
        public var term: Int
        public var span: Finding.Span
        /// The kind of rendering on the Chinese side; nil on the English side.
        public var kind: TargetTermMatch.Kind?
    }

    public struct PairOccurrences: Sendable, Hashable {
        public var source: [Occurrence] = []
        public var target: [Occurrence] = []

        /// The terms in the pair, each once, in glossary order.
        public var terms: [Int] { Array(Set(source.map(\.term) + target.map(\.term))).sorted() }
    }

    /// Terms the bitext contains, most forbidden renderings first, then most missing, then
    /// most frequent.
    public var rows: [Row]
    /// Indexed like `AlignedBitext.pairs`.
    public var occurrences: [PairOccurrences]

    /// `matches` are the ones the checks worked out (`AuditResult.termMatches`), one list per
    /// pair; without them the pairs are matched here, with the run's cached matcher.
    public init(bitext: AlignedBitext, glossary: Glossary, matches: [[PairTermMatch]]? = nil) {
        guard !glossary.isEmpty, bitext.sourceLanguage != bitext.targetLanguage else {
            rows = []
            occurrences = Array(repeating: PairOccurrences(), count: bitext.pairs.count)
            return
        }
        // Terms as they apply to the target's region, as the checks judged them.
        let glossary = glossary.hasRegionalRenderings ? TermMatcherCache.shared.matcher(for: glossary, in: bitext).glossary : glossary
        let matches = matches.flatMap { $0.count == bitext.pairs.count ? $0 : nil } ?? {
            let matcher = TermMatcherCache.shared.matcher(for: glossary, in: bitext)
            return bitext.pairs.map { matcher.matches(in: $0, of: bitext) }
        }()
        let englishIsSource = bitext.sourceLanguage == .english
        var pairCounts: [Int: Int] = [:]
        var renderingCounts: [Int: [String: (kind: TargetTermMatch.Kind, pairs: Int)]] = [:]
        var missing: [Int: Int] = [:]
        var occurrences: [PairOccurrences] = []
        occurrences.reserveCapacity(bitext.pairs.count)

        for (pair, pairMatches) in zip(bitext.pairs, matches) {
            guard !pairMatches.isEmpty else {
                occurrences.append(PairOccurrences())
                continue
            }
            // Renderings are found in the prose, as the checks find them: a term inside a link
            // target or inline code is not a rendering. Prose offsets are the text's.
            let (english, chinese) = englishIsSource ? (pair.sourceProse, pair.targetProse) : (pair.targetProse, pair.sourceProse)
            var englishSide: [Occurrence] = []
            var chineseSide: [Occurrence] = []
            var seenSpans: Set<Finding.Span> = []
            for match in pairMatches {
                englishSide += match.sourceRanges.map { Occurrence(term: match.term, span: Finding.Span($0, in: english), kind: nil) }
                for target in match.targetMatches {
                    for span in Finding.Span.occurrences(of: target.found, in: chinese) where seenSpans.insert(span).inserted {
                        chineseSide.append(Occurrence(term: match.term, span: span, kind: target.kind))
                    }
                }
                pairCounts[match.term, default: 0] += 1
                for rendering in Set(match.targetMatches.map { TermFound(text: $0.found, kind: $0.kind) }) {
                    let previous = renderingCounts[match.term, default: [:]][rendering.text]
                    renderingCounts[match.term, default: [:]][rendering.text] = (previous?.kind ?? rendering.kind, (previous?.pairs ?? 0) + 1)
                }
                // As `term-missing` counts: a particle inside a rendering (上下文的长度) is the rendering.
                if match.targetMatches.isEmpty, !pair.isUnaligned, !glossary.terms[match.term].accepted.isEmpty,
                   !TermMissingCheck.isKeptEverydayWord(match.sourceText, term: glossary.terms[match.term]),
                   !TermMissingCheck.rendersWithParticle(glossary.terms[match.term], sourceText: match.sourceText, chinese: chinese) {
                    missing[match.term, default: 0] += 1
                }
            }
            englishSide.sort { ($0.span.start, $0.span.end, $0.term) < ($1.span.start, $1.span.end, $1.term) }
            chineseSide.sort { ($0.span.start, $0.span.end, $0.term) < ($1.span.start, $1.span.end, $1.term) }
            occurrences.append(englishIsSource
                ? PairOccurrences(source: englishSide, target: chineseSide)
                : PairOccurrences(source: chineseSide, target: englishSide))
        }
        self.occurrences = occurrences
        rows = pairCounts.map { term, pairs in
            let renderings = (renderingCounts[term] ?? [:]).map { Rendering(text: $0.key, kind: $0.value.kind, pairs: $0.value.pairs) }
                .sorted { lhs, rhs in
                    if lhs.kind.rank != rhs.kind.rank { return lhs.kind.rank < rhs.kind.rank }
                    if lhs.pairs != rhs.pairs { return lhs.pairs > rhs.pairs }
                    return lhs.text < rhs.text
                }
            return Row(term: term, name: glossary.terms[term].name, pairs: pairs, renderings: renderings, missing: missing[term] ?? 0)
        }.sorted { lhs, rhs in
            if lhs.forbiddenPairs != rhs.forbiddenPairs { return lhs.forbiddenPairs > rhs.forbiddenPairs }
            if lhs.missing != rhs.missing { return lhs.missing > rhs.missing }
            if lhs.pairs != rhs.pairs { return lhs.pairs > rhs.pairs }
            return lhs.name < rhs.name
        }
    }

    private struct TermFound: Hashable {
        var text: String
        var kind: TargetTermMatch.Kind
    }
}
