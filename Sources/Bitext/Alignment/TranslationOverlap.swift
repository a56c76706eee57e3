/// How much of one text another translates, read through the aligner's keys (English
/// stems, the dictionary glosses of Chinese words, numbers and Latin names). The checks use
/// it where the aligner's order does not help: a paragraph the translator moved elsewhere
/// in the page is unaligned on both sides, yet each side translates the other.
struct TranslationOverlap {
    /// Content tokens (distinct types) of each text.
    let sourceTypes: Int
    let targetTypes: Int
    /// Of those, the ones with a key on the other side.
    let sourceMatched: Int
    let targetMatched: Int

    init(source: String, sourceLanguage: Language, target: String, targetLanguage: Language, lexicon: BilingualLexicon = .bundled) {
        var tokenizer = AlignmentTokenizer(lexicon: lexicon)
        let sourceSide = tokenizer.tokenize([source], language: sourceLanguage)
        let targetSide = tokenizer.tokenize([target], language: targetLanguage)
        func keys(_ side: TokenizedSide) -> Set<Int32> {
            Set(side.tokens.flatMap { side.typeKeys[Int($0)] })
        }
        func matched(_ side: TokenizedSide, against keys: Set<Int32>) -> (types: Int, matched: Int) {
            // Types without keys are words the dictionary does not know: they count as unmatched.
            let types = Set(side.tokens)
            return (types.count, types.filter { side.typeKeys[Int($0)].contains(where: keys.contains) }.count)
        }
        let sourceCounts = matched(sourceSide, against: keys(targetSide))
        let targetCounts = matched(targetSide, against: keys(sourceSide))
        sourceTypes = sourceCounts.types
        sourceMatched = sourceCounts.matched
        targetTypes = targetCounts.types
        targetMatched = targetCounts.matched
    }

    /// Share of the source's content the target has.
    var sourceCoverage: Double { sourceTypes == 0 ? 0 : Double(sourceMatched) / Double(sourceTypes) }
    /// Share of the target's content the source has.
    var targetCoverage: Double { targetTypes == 0 ? 0 : Double(targetMatched) / Double(targetTypes) }
}
