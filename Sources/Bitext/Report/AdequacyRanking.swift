import Foundation

/// How completely the two sides of each pair translate each other, read through the
/// aligner's lexical model (CC-CEDICT glosses, English stems, numbers, Latin names, and word
/// pairs the document itself teaches): the share of each side's content words with a
/// translation on the other side.
///
/// The share alone ranks badly: unknown words, idioms and short pairs miss matches in every
/// document. So each word is judged by how it fares in the rest of the document: "model" that
/// finds 模型 in nearly every other pair but nothing here is telling, "bangers" that never
/// matches anywhere is not. A word's miss costs −log(1 − r), where r is how often the word
/// finds its translation in the other pairs (the pair itself left out, pulled toward the
/// document's rate), less what a miss costs on average (1 − r of it); a match earns that
/// average back. Words that match unrelated sentences as often (the chance a random sentence
/// of the other side has one of their keys) count for nothing. A pair's surprise is the sum
/// over both sides. The report lists the worst `listedShare` first: the pairs a reviewer
/// reads before the rest.
public struct AdequacyRanking: Sendable {
    public struct Score: Sendable, Hashable {
        /// Matched content words of both sides over all of them, 0…1.
        public var coverage: Double
        /// Cost of the pair's misses beyond what its words usually miss; higher is less adequate.
        public var surprise: Double
    }

    /// Per pair index: nil for a pair with a side missing or without content words.
    public let scores: [Score?]
    /// Every scored pair, least adequate first.
    public let ranked: [Int]
    /// The least adequate pairs, worst first: the first `listedShare` of `ranked`.
    public let leastAdequate: [Int]

    /// The share of scored pairs listed as least adequate.
    public static let listedShare = 0.05
    /// Weight of the document's overall rate in a word's own rate (pseudo-observations).
    static let priorWeight = 2.0

    public init(bitext: AlignedBitext, lexicon: BilingualLexicon = .bundled) {
        let pairs = bitext.pairs
        var tokenizer = AlignmentTokenizer(lexicon: lexicon)
        var sourceSide = tokenizer.tokenize(pairs.map { $0.isUnaligned ? "" : $0.sourceProse }, language: bitext.sourceLanguage)
        var targetSide = tokenizer.tokenize(pairs.map { $0.isUnaligned ? "" : $0.targetProse }, language: bitext.targetLanguage)
        // The document's own renderings count as translations (TSMC and 台积电, CapEx and
        // 资本支出, which the dictionary lacks): a pair using them is not the less adequate.
        let beads = pairs.indices.map { Bead(source: [$0], target: [$0], score: 1) }
        if bitext.sourceLanguage == .chinese, bitext.targetLanguage == .english {
            sourceSide = WordPairLearner.extend(chinese: sourceSide, english: targetSide, beads: beads, chineseIsSource: true, keyCount: tokenizer.keyCount)
        } else if bitext.sourceLanguage == .english, bitext.targetLanguage == .chinese {
            targetSide = WordPairLearner.extend(chinese: targetSide, english: sourceSide, beads: beads, chineseIsSource: false, keyCount: tokenizer.keyCount)
        }
        let observations = pairs.indices.map { index in
            (source: TranslatedWords(side: sourceSide, sentence: index, other: targetSide),
             target: TranslatedWords(side: targetSide, sentence: index, other: sourceSide))
        }
        let sentences = max(observations.filter { !$0.source.types.isEmpty && !$0.target.types.isEmpty }.count, 1)
        let sourceRates = WordRates(
            observations.map(\.source), side: sourceSide, sentences: sentences,
            otherKeyFrequency: LexicalEvidence.keyFrequency(of: targetSide, keyCount: tokenizer.keyCount))
        let targetRates = WordRates(
            observations.map(\.target), side: targetSide, sentences: sentences,
            otherKeyFrequency: LexicalEvidence.keyFrequency(of: sourceSide, keyCount: tokenizer.keyCount))
        scores = observations.map { source, target in
            guard !source.types.isEmpty, !target.types.isEmpty else { return nil }
            let matched = source.matched.filter { $0 }.count + target.matched.filter { $0 }.count
            return Score(
                coverage: Double(matched) / Double(source.types.count + target.types.count),
                surprise: sourceRates.surprise(of: source) + targetRates.surprise(of: target))
        }
        let scores = scores
        ranked = scores.indices.filter { scores[$0] != nil }.sorted { lhs, rhs in
            let (left, right) = (scores[lhs]!, scores[rhs]!)
            if left.surprise != right.surprise { return left.surprise > right.surprise }
            return left.coverage != right.coverage ? left.coverage < right.coverage : lhs < rhs
        }
        let listed = Int((Double(ranked.count) * Self.listedShare).rounded(.up))
        leastAdequate = Array(ranked.prefix(listed))
    }

    /// How often each word type of one side finds a translation across the document, and how
    /// often it would against a random sentence of the other side.
    struct WordRates {
        private var seen: [Double]
        private var hits: [Double]
        private let documentRate: Double
        private let randomRate: [Double]

        init(_ observations: [TranslatedWords], side: TokenizedSide, sentences: Int, otherKeyFrequency: [Int32]) {
            let typeCount = side.typeKeys.count
            randomRate = side.typeKeys.map { keys in
                var miss = 1.0
                for key in keys where Int(key) < otherKeyFrequency.count {
                    miss *= 1 - min(Double(otherKeyFrequency[Int(key)]) / Double(sentences), 1)
                }
                return min(max(1 - miss, 0.005), 0.9)
            }
            seen = Array(repeating: 0, count: typeCount)
            hits = Array(repeating: 0, count: typeCount)
            for observation in observations {
                for (type, matched) in zip(observation.types, observation.matched) {
                    seen[Int(type)] += 1
                    if matched { hits[Int(type)] += 1 }
                }
            }
            let total = seen.reduce(0, +)
            documentRate = total == 0 ? 0.5 : hits.reduce(0, +) / total
        }

        /// Σ over the pair's words of (missed − expected miss rate) × the cost of a miss, each
        /// word's rate taken from the other pairs. A word that matches unrelated text as often
        /// as translations says nothing.
        func surprise(of observation: TranslatedWords) -> Double {
            var total = 0.0
            for (type, matched) in zip(observation.types, observation.matched) {
                let others = seen[Int(type)] - 1
                let otherHits = hits[Int(type)] - (matched ? 1 : 0)
                let rate = min(max((otherHits + AdequacyRanking.priorWeight * documentRate) / (others + AdequacyRanking.priorWeight), 0.02), 0.98)
                let random = randomRate[Int(type)]
                guard rate > random else { continue }
                // The cost of a miss, counted for a miss and discounted by its expectation.
                total += ((matched ? 0 : 1) - (1 - rate)) * -log(1 - rate)
            }
            return total
        }
    }
}
