/// For every sentence pair near the band: which scored tokens of the source sentence find a
/// translation in the target sentence, and the other way round, as bit masks. Bead scores
/// are then ORs of masks, computed once per pair instead of once per bead hypothesis.
/// Source sentences before `fromSentence` get no masks (a search that keeps earlier rows).
struct PairMasks: Sendable {
    private var columnLow: [Int]
    private var rowStart: [Int]
    private var sourceMatched: [UInt64]
    private var targetMatched: [UInt64]

    init(
        band: AlignmentBand, source: TokenizedSide, target: TokenizedSide, sourceEvidence: LexicalEvidence,
        targetEvidence: LexicalEvidence, keyCount: Int, fromSentence: Int = 0
    ) {
        let sourceCount = source.sentenceCount
        let targetCount = target.sentenceCount
        columnLow = []
        rowStart = [0]
        var ranges: [Range<Int>] = []
        for i in 0..<sourceCount {
            let low = band.low[max(0, i - BeadShape.largest)]
            let high = min(targetCount, band.high[min(sourceCount, i + BeadShape.largest)])
            let range = i < fromSentence ? low..<low : low..<max(low, high)
            ranges.append(range)
            columnLow.append(low)
            rowStart.append(rowStart[i] + range.count)
        }
        sourceMatched = [UInt64](repeating: 0, count: rowStart[sourceCount])
        targetMatched = [UInt64](repeating: 0, count: rowStart[sourceCount])
        let sourceKeys = ScoredKeys(side: source, evidence: sourceEvidence)
        let targetKeys = ScoredKeys(side: target, evidence: targetEvidence)
        var scratch = [UInt64](repeating: 0, count: keyCount)
        // A pair costs a look-up per key of one sentence, in the keys marked for the other: scan
        // the side with fewer keys per sentence (a Chinese word brings every stem of its glosses),
        // marking each sentence of the other side once, row by row or column by column.
        if targetKeys.count * sourceCount <= sourceKeys.count * targetCount {
            for i in fromSentence..<max(fromSentence, sourceCount) {
                sourceKeys.mark(i, in: &scratch)
                var cell = rowStart[i]
                for j in ranges[i] {
                    (sourceMatched[cell], targetMatched[cell]) = targetKeys.match(j, against: scratch)
                    cell += 1
                }
                sourceKeys.unmark(i, in: &scratch)
            }
        } else {
            // Both ends of the rows' ranges never decrease, so the rows holding column j are
            // consecutive, from the first whose range ends after j.
            var firstRow = fromSentence
            for j in 0..<targetCount {
                while firstRow < sourceCount && ranges[firstRow].upperBound <= j { firstRow += 1 }
                guard firstRow < sourceCount, ranges[firstRow].lowerBound <= j else { continue }
                targetKeys.mark(j, in: &scratch)
                var i = firstRow
                while i < sourceCount && ranges[i].lowerBound <= j {
                    let cell = rowStart[i] + j - columnLow[i]
                    (targetMatched[cell], sourceMatched[cell]) = sourceKeys.match(i, against: scratch)
                    i += 1
                }
                targetKeys.unmark(j, in: &scratch)
            }
        }
    }

    /// Each sentence's scored tokens as entries (key, bit of the token's position), flat: a
    /// sentence is compared with up to twice the band's width of sentences of the other side.
    private struct ScoredKeys {
        private var start = [0]
        private var keys: [Int32] = []
        private var bits: [UInt64] = []

        init(side: TokenizedSide, evidence: LexicalEvidence) {
            for sentence in 0..<side.sentenceCount {
                for (position, type) in evidence.scoredTypes(of: sentence).enumerated() {
                    for key in side.typeKeys[Int(type)] {
                        keys.append(key)
                        bits.append(1 << UInt64(position))
                    }
                }
                start.append(keys.count)
            }
        }

        var count: Int { keys.count }

        /// Sets the bits of the sentence's tokens at their keys.
        func mark(_ sentence: Int, in scratch: inout [UInt64]) {
            for index in start[sentence]..<start[sentence + 1] { scratch[Int(keys[index])] |= bits[index] }
        }

        func unmark(_ sentence: Int, in scratch: inout [UInt64]) {
            for index in start[sentence]..<start[sentence + 1] { scratch[Int(keys[index])] = 0 }
        }

        /// The marked bits found at the sentence's keys, and the bits of its tokens whose key
        /// is marked.
        @inline(__always)
        func match(_ sentence: Int, against scratch: [UInt64]) -> (marked: UInt64, own: UInt64) {
            var marked: UInt64 = 0
            var own: UInt64 = 0
            for index in start[sentence]..<start[sentence + 1] {
                let found = scratch[Int(keys[index])]
                if found != 0 {
                    marked |= found
                    own |= bits[index]
                }
            }
            return (marked, own)
        }
    }

    /// Source tokens of sentence `i` matched by target sentence `j` (0 outside the band).
    @inline(__always)
    func source(_ i: Int, _ j: Int) -> UInt64 {
        let offset = j - columnLow[i]
        guard offset >= 0, offset < rowStart[i + 1] - rowStart[i] else { return 0 }
        return sourceMatched[rowStart[i] + offset]
    }

    /// Target tokens of sentence `j` matched by source sentence `i` (0 outside the band).
    @inline(__always)
    func target(_ i: Int, _ j: Int) -> UInt64 {
        let offset = j - columnLow[i]
        guard offset >= 0, offset < rowStart[i + 1] - rowStart[i] else { return 0 }
        return targetMatched[rowStart[i] + offset]
    }
}
