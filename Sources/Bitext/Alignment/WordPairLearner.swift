/// Learns word pairs from a first alignment of the document itself: names translated by
/// meaning, words missing from the dictionary, the document's own terminology. A Chinese
/// word and an English key that keep appearing in the same beads (Dice coefficient) become
/// a translation for the next pass.
struct WordPairLearner {
    static let minimumCooccurrence = 2
    /// Measured on mac-dev with three passes (strict F1, 1-2 recall): 0.5: 0.916, 0.911;
    /// 0.55: 0.916, 0.926; 0.6: 0.920, 0.929, but the Lex #459 transcript then leaves
    /// 什么机器人技术？ unaligned beside "What robotics let's do a tam analysis.".
    static let minimumDice = 0.55
    /// Words in more beads than this are left to the dictionary: frequent words co-occur
    /// with everything. A novel's hero (韦小宝 / Trinket) is in a hundred beads of a chapter;
    /// 40 left him out (mac-dev with three passes, strict F1 0.909, 1-2 recall 0.897; 100:
    /// 0.916, 0.926).
    static let maximumFrequency = 100

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
        // Per Chinese type, the beads it is in; its co-occurrences are then counted in one
        // dense array of keys, reset after each type: faster than hashing every pair, and no
        // larger than the key count however many pairs co-occur. Learnt keys are listed in
        // the order the type's beads first show them, so runs are reproducible.
        var beadsOfType = [[Int32]](repeating: [], count: chinese.typeKeys.count)
        for (index, types) in beadTypes.enumerated() {
            for type in types where chineseFrequency[Int(type)] <= maximumFrequency { beadsOfType[Int(type)].append(Int32(index)) }
        }
        let rareKeys = beadKeys.map { keys in keys.filter { englishFrequency[Int($0)] <= maximumFrequency } }
        var cooccurrence = [Int32](repeating: 0, count: keyCount)
        var touched: [Int32] = []
        var extended = chinese
        for type in beadsOfType.indices where beadsOfType[type].count >= minimumCooccurrence {
            for bead in beadsOfType[type] {
                for key in rareKeys[Int(bead)] {
                    if cooccurrence[Int(key)] == 0 { touched.append(key) }
                    cooccurrence[Int(key)] += 1
                }
            }
            for key in touched {
                let count = Int(cooccurrence[Int(key)])
                cooccurrence[Int(key)] = 0
                guard count >= minimumCooccurrence else { continue }
                let dice = 2 * Double(count) / Double(chineseFrequency[type] + englishFrequency[Int(key)])
                if dice >= minimumDice && !extended.typeKeys[type].contains(key) {
                    extended.typeKeys[type].append(key)
                }
            }
            touched.removeAll(keepingCapacity: true)
        }
        return extended
    }
}
