import Foundation

/// Per-document likelihood-ratio weights of tokens. A token that finds a translation in the
/// other side of a bead scores log(q/p), one that does not log((1−q)/(1−p)), where p is how
/// often the token finds a match in unrelated sentences of this document (grown with the number
/// of sentences on the other side) and q how often it does in a correct bead. Frequent,
/// many-sense words then weigh little, and merging sentences gains nothing by itself.
struct LexicalEvidence: Sendable {
    /// Starting guess of q, before the document's own rate is measured on a first alignment.
    static let defaultMatchRate = 0.5
    /// At most this many scored tokens per sentence (bit positions in a 64-bit mask).
    static let tokensPerSentence = 64

    /// Scored tokens (type indices) of sentence `s`: `scoredTypes[scoredStart[s]..<scoredStart[s+1]]`.
    private(set) var scoredStart: [Int] = [0]
    private(set) var scoredTypes: [Int32] = []
    /// Per bead size k on the other side (1...largest) and scored token: w+ − w−, all tokens
    /// of one size together, so that a sentence's gains for one size share a cache line or two.
    private(set) var matchGain: [Double] = []
    /// Per sentence and k: sum of w− over its scored tokens (the score if nothing matches).
    private(set) var noMatchScore: [Double] = []
    /// Per sentence boundary and k: the sum over earlier sentences of the score they would
    /// get if every scored token matched (prefix sums of an upper bound).
    private(set) var allMatchPrefix: [Double] = Array(repeating: 0, count: BeadShape.largest)
    /// Chance that a type matches a random sentence of the other side.
    private(set) var randomMatchRate: [Double] = []
    /// Per sentence, `positionBins + 1` masks: mask b holds the scored positions whose token
    /// sits before b/`positionBins` of the sentence (the last mask: every placed token).
    private(set) var positionPrefix: [UInt64] = []
    static let positionBins = 16

    /// - Parameters:
    ///   - side: the side whose tokens are weighted.
    ///   - otherKeyFrequency: per key, in how many sentences of the other side it occurs.
    ///   - otherSentences: number of sentences on the other side.
    ///   - matchRate: q for every token type, unless `typeMatchRates` gives one for the type.
    init(side: TokenizedSide, otherKeyFrequency: [Int32], otherSentences: Int, matchRate: Double, typeMatchRates: [Double] = []) {
        let k = BeadShape.largest
        let n = Double(max(otherSentences, 1))
        randomMatchRate = side.typeKeys.map { keys in
            var miss = 1.0
            for key in keys where Int(key) < otherKeyFrequency.count {
                miss *= 1 - Double(otherKeyFrequency[Int(key)]) / n
            }
            return 1 - miss
        }
        let weights = Self.tokenWeights(
            randomMatchRate: randomMatchRate, otherSentences: n, matchRate: matchRate, typeMatchRates: typeMatchRates)
        // The last sentence each type was scored in: a type counts once per sentence.
        var lastScored = [Int](repeating: -1, count: randomMatchRate.count)
        var gainsOfSize = [[Double]](repeating: [], count: k)
        // Per-sentence buffers, emptied for each sentence rather than allocated anew.
        var types: [Int32] = []
        var positions: [Float] = []
        var noMatch = [Double](repeating: 0, count: k)
        var allMatch = [Double](repeating: 0, count: k)
        for sentence in 0..<side.sentenceCount {
            types.removeAll(keepingCapacity: true)
            positions.removeAll(keepingCapacity: true)
            let first = side.sentenceStart[sentence]
            for (offset, type) in side.tokens(of: sentence).enumerated()
            where randomMatchRate[Int(type)] > 0 && lastScored[Int(type)] != sentence {
                lastScored[Int(type)] = sentence
                types.append(type)
                positions.append(first + offset < side.positions.count ? side.positions[first + offset] : -1)
            }
            if types.count > Self.tokensPerSentence {
                let kept = types.indices.sorted { randomMatchRate[Int(types[$0])] < randomMatchRate[Int(types[$1])] }
                    .prefix(Self.tokensPerSentence)
                types = kept.map { types[$0] }
                positions = kept.map { positions[$0] }
            }
            let bins = Self.positionBins
            let base = positionPrefix.count
            positionPrefix.append(contentsOf: repeatElement(0, count: bins + 1))
            for (bit, position) in positions.enumerated() where position >= 0 {
                positionPrefix[base + 1 + min(bins - 1, Int(position * Float(bins)))] |= 1 << UInt64(bit)
            }
            for bin in 1...bins { positionPrefix[base + bin] |= positionPrefix[base + bin - 1] }
            for size in 0..<k {
                noMatch[size] = 0
                allMatch[size] = 0
            }
            for type in types {
                for size in 1...k {
                    let plus = weights.plus[Int(type) * k + size - 1]
                    let minus = weights.minus[Int(type) * k + size - 1]
                    gainsOfSize[size - 1].append(plus - minus)
                    noMatch[size - 1] += minus
                    allMatch[size - 1] += plus
                }
            }
            noMatchScore.append(contentsOf: noMatch)
            let previous = allMatchPrefix.count - k
            for size in 0..<k { allMatchPrefix.append(allMatchPrefix[previous + size] + allMatch[size]) }
            scoredTypes.append(contentsOf: types)
            scoredStart.append(scoredTypes.count)
        }
        matchGain.reserveCapacity(gainsOfSize.reduce(0) { $0 + $1.count })
        for gains in gainsOfSize { matchGain.append(contentsOf: gains) }
    }

    /// w+ and w− of every type that can match (per type, one per bead size k on the other
    /// side): a type recurs in many sentences, and these logarithms are the costly part.
    private static func tokenWeights(
        randomMatchRate: [Double], otherSentences n: Double, matchRate: Double, typeMatchRates: [Double]
    ) -> (plus: [Double], minus: [Double]) {
        let k = BeadShape.largest
        var plus = [Double](repeating: 0, count: randomMatchRate.count * k)
        var minus = [Double](repeating: 0, count: randomMatchRate.count * k)
        for type in randomMatchRate.indices where randomMatchRate[type] > 0 {
            let q = type < typeMatchRates.count ? typeMatchRates[type] : matchRate
            let p1 = min(max(randomMatchRate[type], 0.2 / n), 0.98)
            for size in 1...k {
                // A token that matches unrelated text as often as translations carries no evidence.
                let p = min(1 - pow(1 - p1, Double(size)), q / 1.05)
                plus[type * k + size - 1] = log(q / p)
                minus[type * k + size - 1] = log((1 - q) / (1 - p))
            }
        }
        return (plus, minus)
    }

    func scoredTypes(of sentence: Int) -> ArraySlice<Int32> {
        scoredTypes[scoredStart[sentence]..<scoredStart[sentence + 1]]
    }

    /// Score of the sentence's tokens when the tokens in `matched` (bit = scored position)
    /// find a translation among `otherSize` sentences of the other side.
    @inline(__always)
    func score(sentence: Int, matched: UInt64, otherSize: Int) -> Double {
        let k = BeadShape.largest
        var total = noMatchScore[sentence * k + otherSize - 1]
        var bits = matched
        let base = scoredStart[sentence]
        while bits != 0 {
            let position = bits.trailingZeroBitCount
            total += matchGain[(otherSize - 1) * scoredTypes.count + base + position]
            bits &= bits - 1
        }
        return total
    }

    /// Matched scored tokens of the sentence that sit within `low`...`high` of it (fractions
    /// of its length), and the placed tokens there and in all.
    @inline(__always)
    func placement(sentence: Int, matched: UInt64, low: Double, high: Double) -> (inside: Int, outside: Int, segment: Int, placed: Int) {
        let bins = Self.positionBins
        let base = sentence * (bins + 1)
        let lowBin = min(bins, max(0, Int((low * Double(bins)).rounded(.down))))
        let highBin = min(bins, max(0, Int((high * Double(bins)).rounded(.up))))
        let placed = positionPrefix[base + bins]
        let segment = highBin > lowBin ? positionPrefix[base + highBin] & ~positionPrefix[base + lowBin] : 0
        let matchedPlaced = matched & placed
        let inside = (matchedPlaced & segment).nonzeroBitCount
        return (inside, matchedPlaced.nonzeroBitCount - inside, segment.nonzeroBitCount, placed.nonzeroBitCount)
    }

    /// Placed scored tokens of the sentence in its first half, and in its second half.
    @inline(__always)
    func earlyHalf(_ sentence: Int) -> UInt64 {
        positionPrefix[sentence * (Self.positionBins + 1) + Self.positionBins / 2]
    }

    @inline(__always)
    func lateHalf(_ sentence: Int) -> UInt64 {
        let base = sentence * (Self.positionBins + 1)
        return positionPrefix[base + Self.positionBins] & ~positionPrefix[base + Self.positionBins / 2]
    }

    /// The best score the sentences can reach together against `otherSize` sentences.
    @inline(__always)
    func bestScore(sentences: Range<Int>, otherSize: Int) -> Double {
        let k = BeadShape.largest
        return allMatchPrefix[sentences.upperBound * k + otherSize - 1] - allMatchPrefix[sentences.lowerBound * k + otherSize - 1]
    }

    /// In how many sentences of `side` each key occurs (a sentence counts once).
    static func keyFrequency(of side: TokenizedSide, keyCount: Int) -> [Int32] {
        var frequency = [Int32](repeating: 0, count: keyCount)
        var stamp = [Int32](repeating: -1, count: keyCount)
        for sentence in 0..<side.sentenceCount {
            for type in side.tokens(of: sentence) {
                for key in side.typeKeys[Int(type)] where stamp[Int(key)] != Int32(sentence) {
                    stamp[Int(key)] = Int32(sentence)
                    frequency[Int(key)] += 1
                }
            }
        }
        return frequency
    }
}
