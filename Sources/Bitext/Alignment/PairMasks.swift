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
        var scratch = [UInt64](repeating: 0, count: keyCount)
        for i in fromSentence..<max(fromSentence, sourceCount) {
            let sourceTypes = sourceEvidence.scoredTypes(of: i)
            for (position, type) in sourceTypes.enumerated() {
                for key in source.typeKeys[Int(type)] { scratch[Int(key)] |= 1 << UInt64(position) }
            }
            var cell = rowStart[i]
            for j in ranges[i] {
                var sourceBits: UInt64 = 0
                var targetBits: UInt64 = 0
                for (position, type) in targetEvidence.scoredTypes(of: j).enumerated() {
                    for key in target.typeKeys[Int(type)] {
                        let bits = scratch[Int(key)]
                        if bits != 0 {
                            sourceBits |= bits
                            targetBits |= 1 << UInt64(position)
                        }
                    }
                }
                sourceMatched[cell] = sourceBits
                targetMatched[cell] = targetBits
                cell += 1
            }
            for type in sourceTypes {
                for key in source.typeKeys[Int(type)] { scratch[Int(key)] = 0 }
            }
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
