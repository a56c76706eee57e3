/// One side of one pair read through the aligner's lexical model: its content word types and
/// whether each has a translation on the other side. The adequacy ranking weighs the misses;
/// `partial-omission` reads the document's mean to tell a free translation from a close one.
struct TranslatedWords {
    var types: [Int32] = []
    var matched: [Bool] = []

    init(side: TokenizedSide, sentence: Int, other: TokenizedSide) {
        let otherKeys = Set(other.tokens(of: sentence).flatMap { other.typeKeys[Int($0)] })
        var seen = Set<Int32>()
        for type in side.tokens(of: sentence) where seen.insert(type).inserted {
            types.append(type)
            // Types without keys are words the dictionary does not know: they count as unmatched.
            matched.append(side.typeKeys[Int(type)].contains(where: otherKeys.contains))
        }
    }

    /// The fewest source content words a pair needs to count in `meanCoverage`: a short pair's
    /// share swings on one word.
    static let coverageMinimumWords = 4

    /// The mean over pairs of both sides' matched words over all of them, counting pairs with
    /// at least `coverageMinimumWords` source content words; nil when none has.
    static func meanCoverage(
        sources: [String], targets: [String], sourceLanguage: Language, targetLanguage: Language,
        lexicon: BilingualLexicon = .bundled
    ) -> Double? {
        var tokenizer = AlignmentTokenizer(lexicon: lexicon)
        let sourceSide = tokenizer.tokenize(sources, language: sourceLanguage)
        let targetSide = tokenizer.tokenize(targets, language: targetLanguage)
        var total = 0.0
        var counted = 0
        for index in sources.indices {
            let source = TranslatedWords(side: sourceSide, sentence: index, other: targetSide)
            let target = TranslatedWords(side: targetSide, sentence: index, other: sourceSide)
            guard source.types.count >= coverageMinimumWords else { continue }
            let matched = source.matched.filter { $0 }.count + target.matched.filter { $0 }.count
            total += Double(matched) / Double(source.types.count + target.types.count)
            counted += 1
        }
        return counted == 0 ? nil : total / Double(counted)
    }
}
