/// Learns word pairs from a first alignment of the document itself: names translated by
/// meaning, words missing from the dictionary, the document's own terminology. A Chinese
/// word and an English key that keep appearing in the same beads (Dice coefficient) become
/// a translation for the second pass.
struct WordPairLearner {
    static let minimumCooccurrence = 2
    static let minimumDice = 0.5
    /// Words in more beads than this are left to the dictionary: frequent words co-occur
    /// with everything, and counting them would cost quadratic time.
    static let maximumFrequency = 40

    /// The Chinese side with learnt English keys added to its word types.
    static func extend(chinese: TokenizedSide, english: TokenizedSide, beads: [Bead], chineseIsSource: Bool) -> TokenizedSide {
        var chineseFrequency = [Int](repeating: 0, count: chinese.typeKeys.count)
        var englishFrequency: [Int32: Int] = [:]
        var beadTypes: [[Int32]] = []
        var beadKeys: [[Int32]] = []
        for bead in beads where !bead.isUnaligned {
            let chineseSentences = chineseIsSource ? bead.source : bead.target
            let englishSentences = chineseIsSource ? bead.target : bead.source
            let types = Set(chineseSentences.flatMap { chinese.tokens(of: $0) })
            let keys = Set(englishSentences.flatMap { english.tokens(of: $0).flatMap { english.typeKeys[Int($0)] } })
            for type in types { chineseFrequency[Int(type)] += 1 }
            for key in keys { englishFrequency[key, default: 0] += 1 }
            beadTypes.append(Array(types))
            beadKeys.append(Array(keys))
        }
        var cooccurrence: [Int64: Int] = [:]
        for (types, keys) in zip(beadTypes, beadKeys) {
            let rareKeys = keys.filter { englishFrequency[$0, default: 0] <= maximumFrequency }
            for type in types where chineseFrequency[Int(type)] <= maximumFrequency {
                for key in rareKeys { cooccurrence[Int64(type) << 32 | Int64(key), default: 0] += 1 }
            }
        }
        var extended = chinese
        for (pair, count) in cooccurrence where count >= minimumCooccurrence {
            let type = Int(pair >> 32)
            let key = Int32(truncatingIfNeeded: pair)
            let dice = 2 * Double(count) / Double(chineseFrequency[type] + englishFrequency[key, default: 0])
            if dice >= minimumDice && !extended.typeKeys[type].contains(key) {
                extended.typeKeys[type].append(key)
            }
        }
        return extended
    }
}
