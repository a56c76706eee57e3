import Foundation

/// Bootstraps a glossary from an aligned English→Chinese bitext: names, acronyms and
/// capitalised phrases of the source, each with the rendering its aligned targets share.
///
/// The rendering is either the English form kept in the target, or the Chinese string
/// (2–8 Han characters) most strongly associated with the term by the Dice coefficient
/// over pairs. The result is a draft for a person to review; each entry's note says how
/// much evidence it rests on.
public struct GlossaryExtractor: Sendable {
    /// Pairs a term must occur in before it is proposed.
    public var minimumOccurrences: Int
    /// Association below which a Chinese string is not proposed.
    public var minimumDice: Double

    public init(minimumOccurrences: Int = 3, minimumDice: Double = 0.4) {
        self.minimumOccurrences = minimumOccurrences
        self.minimumDice = minimumDice
    }

    static let ngramLengths = 2...8

    public func extract(from bitext: AlignedBitext) -> Glossary {
        guard bitext.sourceLanguage == .english, bitext.targetLanguage == .chinese else { return .empty }
        let pairs = bitext.pairs.filter { !$0.sourceText.isEmpty && !$0.targetText.isEmpty }
        var candidatePairs: [String: Set<Int>] = [:]
        var spellings: [String: [String: Int]] = [:]
        for (position, pair) in pairs.enumerated() {
            for phrase in Self.candidatePhrases(in: pair.sourceText) {
                // Inflected and possessive forms (`Google's`, `H20s`) are one candidate.
                let key = SourceTermIndex.tokenize(phrase).map { SourceTermIndex.matchKey($0.lowercased) }.joined(separator: " ")
                candidatePairs[key, default: []].insert(position)
                spellings[key, default: [:]][phrase, default: 0] += 1
            }
        }
        let targetNgrams = pairs.map { Self.hanNgrams(in: $0.targetText) }
        var ngramPairs: [String: Int] = [:]
        for ngrams in targetNgrams { for ngram in ngrams { ngramPairs[ngram, default: 0] += 1 } }
        var terms: [GlossaryTerm] = []
        for key in candidatePairs.keys.sorted() {
            let positions = candidatePairs[key]!
            guard positions.count >= minimumOccurrences else { continue }
            let name = spellings[key]!.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
            let shortest = spellings[key]!.keys.min { ($0.count, $0) < ($1.count, $1) }!
            let needle = ChineseText.normalized(shortest.replacingOccurrences(of: "'s", with: ""))
            let kept = positions.filter { !ChineseText.occurrences(of: needle, in: ChineseText.normalized(pairs[$0].targetText)).isEmpty }.count
            var accepted: [String] = []
            if kept * 2 >= positions.count { accepted.append(name) }
            var together: [String: Int] = [:]
            for position in positions { for ngram in targetNgrams[position] { together[ngram, default: 0] += 1 } }
            // A rendering must recur: in at least two pairs and a third of the term's pairs.
            let needed = max(2, positions.count / 3)
            let scored = together.filter { $0.value >= needed }.map { ngram, count in
                (ngram, 2 * Double(count) / Double(positions.count + ngramPairs[ngram]!))
            }
            // Among equally associated strings prefer the longest: `混合专家` over `混合专`.
            if let best = scored.max(by: { ($0.1, $0.0.count, $1.0) < ($1.1, $1.0.count, $0.0) }), best.1 >= minimumDice {
                accepted.append(best.0)
            }
            guard !accepted.isEmpty else { continue }
            terms.append(GlossaryTerm(
                sourceForms: [name], accepted: accepted,
                note: "extracted from \(positions.count) pairs; English form kept in \(kept)"))
        }
        return Glossary(terms: terms)
    }

    /// Words with two or more capitals, capitalised words inside a sentence, and runs of
    /// such words (`Hugging Face`), up to three words. A word inside a run counts only as
    /// part of the run, so `Hugging` alone is not proposed.
    static func candidatePhrases(in text: String) -> [String] {
        let tokens = SourceTermIndex.tokenize(text)
        var phrases: [String] = []
        var run: [SourceTermIndex.Token] = []
        func flush() {
            if run.count == 1 || run.count > 3 {
                phrases.append(contentsOf: run.map(\.surface))
            } else if run.count > 1 {
                phrases.append(String(text[run.first!.range.lowerBound..<run.last!.range.upperBound]))
            }
            run = []
        }
        for (index, token) in tokens.enumerated() {
            let word = token.surface
            let capitals = word.filter(\.isUppercase).count
            let sentenceStart = index == 0 || text[tokens[index - 1].range.upperBound..<token.range.lowerBound].contains { ".!?:\"“*".contains($0) }
            // `I'll`, `I've`: contractions of the pronoun, not names.
            let isContraction = word.hasPrefix("I'")
            let isName = word.count >= 2 && !isContraction && word.first?.isUppercase == true && (capitals >= 2 || !sentenceStart)
            if isName {
                if let last = run.last, text[last.range.upperBound..<token.range.lowerBound] != " " { flush() }
                run.append(token)
            } else {
                flush()
            }
        }
        flush()
        return phrases
    }

    static func hanNgrams(in text: String) -> Set<String> {
        var result: Set<String> = []
        var run: [Unicode.Scalar] = []
        func flush() {
            for length in ngramLengths where length <= run.count {
                for start in 0...(run.count - length) {
                    result.insert(String(String.UnicodeScalarView(run[start..<start + length])))
                }
            }
            run = []
        }
        for scalar in text.unicodeScalars {
            if scalar.isHan { run.append(scalar) } else { flush() }
        }
        flush()
        return result
    }
}
