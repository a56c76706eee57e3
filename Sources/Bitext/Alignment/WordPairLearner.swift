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
    /// `keyCount`: the number of keys of the run's tokenizer (every key is below it).
    static func extend(chinese: TokenizedSide, english: TokenizedSide, beads: [Bead], chineseIsSource: Bool, keyCount: Int) -> TokenizedSide {
        var chineseFrequency = [Int](repeating: 0, count: chinese.typeKeys.count)
        var englishFrequency = [Int](repeating: 0, count: keyCount)
        var beadTypes: [[Int32]] = []
        var beadKeys: [[Int32]] = []
        // The last bead each type and key was listed for: each counts once per bead.
        var typeListed = [Int](repeating: -1, count: chinese.typeKeys.count)
        var keyListed = [Int](repeating: -1, count: keyCount)
        for (index, bead) in beads.enumerated() where !bead.isUnaligned {
            let chineseSentences = chineseIsSource ? bead.source : bead.target
            let englishSentences = chineseIsSource ? bead.target : bead.source
            var types: [Int32] = []
            for sentence in chineseSentences {
                for type in chinese.tokens(of: sentence) where typeListed[Int(type)] != index {
                    typeListed[Int(type)] = index
                    types.append(type)
                }
            }
            var keys: [Int32] = []
            for sentence in englishSentences {
                for type in english.tokens(of: sentence) {
                    for key in english.typeKeys[Int(type)] where keyListed[Int(key)] != index {
                        keyListed[Int(key)] = index
                        keys.append(key)
                    }
                }
            }
            for type in types { chineseFrequency[Int(type)] += 1 }
            for key in keys { englishFrequency[Int(key)] += 1 }
            beadTypes.append(types)
            beadKeys.append(keys)
        }
        // Every co-occurrence of a rare type and a rare key as one number, type in the high
        // half; sorted, each pair's co-occurrences form a run to count. Most pairs occur once,
        // so this takes a fraction of the memory of a dictionary of counts (3 MB at its peak
        // on a chapter of 230 sentences), and learnt keys follow in key order, not hash order.
        let rareTypesAndKeys = zip(beadTypes, beadKeys).map { types, keys in
            (types.filter { chineseFrequency[Int($0)] <= maximumFrequency },
             keys.filter { englishFrequency[Int($0)] <= maximumFrequency })
        }
        var cooccurrences: [Int64] = []
        cooccurrences.reserveCapacity(rareTypesAndKeys.reduce(0) { $0 + $1.0.count * $1.1.count })
        for (types, keys) in rareTypesAndKeys {
            for type in types {
                for key in keys { cooccurrences.append(Int64(type) << 32 | Int64(key)) }
            }
        }
        cooccurrences.sort()
        var extended = chinese
        var runStart = 0
        while runStart < cooccurrences.count {
            let pair = cooccurrences[runStart]
            var runEnd = runStart + 1
            while runEnd < cooccurrences.count && cooccurrences[runEnd] == pair { runEnd += 1 }
            let count = runEnd - runStart
            runStart = runEnd
            guard count >= minimumCooccurrence else { continue }
            let type = Int(pair >> 32)
            let key = Int32(truncatingIfNeeded: pair)
            let dice = 2 * Double(count) / Double(chineseFrequency[type] + englishFrequency[Int(key)])
            if dice >= minimumDice && !extended.typeKeys[type].contains(key) {
                extended.typeKeys[type].append(key)
            }
        }
        return extended
    }
}
