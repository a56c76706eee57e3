import Foundation

/// Everything the dynamic programme scores with, for one document pair.
struct AlignmentModel {
    private(set) var source: TokenizedSide
    private(set) var target: TokenizedSide
    let keyCount: Int
    let sourceStructure: SegmentStructure
    let targetStructure: SegmentStructure
    private let sourceStructureCounts: StructureCounts
    private let targetStructureCounts: StructureCounts
    private(set) var sourceEvidence: LexicalEvidence
    /// The model confidences are computed with: dictionary only, default match rate.
    private let reference: (sourceSide: TokenizedSide, targetSide: TokenizedSide, source: LexicalEvidence, target: LexicalEvidence)
    private(set) var targetEvidence: LexicalEvidence
    private(set) var logPriors: [Double]
    /// Share of a sentence's scored tokens that find a translation in a correct bead, per side.
    private var sourceMatchRate = MatchRates(overall: LexicalEvidence.defaultMatchRate, perType: [])
    private var targetMatchRate = MatchRates(overall: LexicalEvidence.defaultMatchRate, perType: [])
    /// Target characters per source character.
    private var lengthRatio: Double
    /// Spread of log length ratio of correct beads.
    private var lengthSpread: Double
    private let lengthSmoothing: Double
    private let lengthLogarithms = LogarithmTable(upTo: 4096)
    private let sourceLengthPrefix: [Double]
    private let targetLengthPrefix: [Double]
    /// Sentence endings and clause counts, learnt from the first alignment (0 before it).
    private var form: SentenceFormModel

    /// Token likelihood ratios count half: tokens of a sentence are not independent (a
    /// compound and its characters, a name and its title), so their sum overstates the
    /// evidence. Measured on mac-dev: weight 1 gives strict F1 0.83, 0.5 gives 0.88.
    let sourceWeight = 0.5
    let targetWeight = 0.5
    /// Floor of the estimated match rate: below it a "translation" is indistinguishable from
    /// unrelated text (unrelated chapters measure 0.2, the freest literary translation 0.35).
    static let minimumMatchRate = 0.3
    /// Tokens found in at most this many target sentences make anchors (a name, a number, a
    /// rare word; a text repeated four times still has anchors).
    static let anchorTokenOccurrences = 4.5
    /// The band stops widening here: a path that needs more is not worth quadratic time.
    static let maximumBandWidth = 256
    static let turnStraddlePenalty = 4.0
    static let turnMismatchPenalty = 1.5
    static let headingMismatchPenalty = 6.0

    init(source: TokenizedSide, target: TokenizedSide, keyCount: Int, sourceStructure: SegmentStructure, targetStructure: SegmentStructure) {
        self.source = source
        self.target = target
        self.keyCount = keyCount
        self.sourceStructure = sourceStructure
        self.targetStructure = targetStructure
        sourceStructureCounts = StructureCounts(sourceStructure, segmentCount: source.sentenceCount)
        targetStructureCounts = StructureCounts(targetStructure, segmentCount: target.sentenceCount)
        (sourceEvidence, targetEvidence) = Self.evidence(
            source: source, target: target, keyCount: keyCount, sourceMatchRate: sourceMatchRate,
            targetMatchRate: targetMatchRate)
        logPriors = BeadShape.all.map { log($0.defaultPrior) }
        reference = (source, target, sourceEvidence, targetEvidence)
        sourceLengthPrefix = source.lengths.reduce(into: [0.0]) { $0.append($0.last! + $1) }
        targetLengthPrefix = target.lengths.reduce(into: [0.0]) { $0.append($0.last! + $1) }
        let sourceTotal = max(sourceLengthPrefix.last!, 1)
        lengthRatio = max(targetLengthPrefix.last!, 1) / sourceTotal
        lengthSpread = 0.45
        lengthSmoothing = max(1, 0.15 * sourceTotal / Double(source.sentenceCount))
        form = SentenceFormModel(source: source, target: target)
    }

    mutating func updateEvidence(source newSource: TokenizedSide, target newTarget: TokenizedSide) {
        source = newSource
        target = newTarget
        (sourceEvidence, targetEvidence) = Self.evidence(
            source: source, target: target, keyCount: keyCount, sourceMatchRate: sourceMatchRate,
            targetMatchRate: targetMatchRate)
    }

    private static func evidence(
        source: TokenizedSide, target: TokenizedSide, keyCount: Int, sourceMatchRate: MatchRates, targetMatchRate: MatchRates
    ) -> (LexicalEvidence, LexicalEvidence) {
        (
            LexicalEvidence(
                side: source, otherKeyFrequency: LexicalEvidence.keyFrequency(of: target, keyCount: keyCount),
                otherSentences: target.sentenceCount, matchRate: sourceMatchRate.overall,
                typeMatchRates: sourceMatchRate.perType),
            LexicalEvidence(
                side: target, otherKeyFrequency: LexicalEvidence.keyFrequency(of: source, keyCount: keyCount),
                otherSentences: source.sentenceCount, matchRate: targetMatchRate.overall,
                typeMatchRates: targetMatchRate.perType)
        )
    }

    /// How often tokens find a translation in correct beads: over all tokens, and per token
    /// type (some words are translated literally, others rarely).
    struct MatchRates {
        var overall: Double
        var perType: [Double]
    }

    /// Share of scored tokens of one side that find a translation in the other side of their
    /// bead, over the non-null beads of an alignment; per type smoothed toward the overall share.
    private func matchRates(beads: [Bead], sourceSide: Bool) -> MatchRates? {
        let (side, other) = sourceSide ? (source, target) : (target, source)
        let evidence = sourceSide ? sourceEvidence : targetEvidence
        var seenOfType = [Int](repeating: 0, count: side.typeKeys.count)
        var matchedOfType = [Int](repeating: 0, count: side.typeKeys.count)
        // The bead whose other side last had each key: a mark per key instead of a set per bead.
        var beadOfKey = [Int](repeating: -1, count: keyCount)
        for (index, bead) in beads.enumerated() where !bead.isUnaligned {
            let (own, others) = sourceSide ? (bead.source, bead.target) : (bead.target, bead.source)
            for sentence in others {
                for type in other.tokens(of: sentence) {
                    for key in other.typeKeys[Int(type)] { beadOfKey[Int(key)] = index }
                }
            }
            for sentence in own {
                for type in evidence.scoredTypes(of: sentence) {
                    seenOfType[Int(type)] += 1
                    if side.typeKeys[Int(type)].contains(where: { beadOfKey[Int($0)] == index }) { matchedOfType[Int(type)] += 1 }
                }
            }
        }
        let scored = seenOfType.reduce(0, +)
        guard scored >= 50 else { return nil }
        let overall = min(0.9, max(Self.minimumMatchRate, Double(matchedOfType.reduce(0, +)) / Double(scored)))
        let smoothing = Self.typeMatchRateSmoothing
        let perType = seenOfType.indices.map { type in
            min(0.95, max(0.1, (Double(matchedOfType[type]) + smoothing * overall) / (Double(seenOfType[type]) + smoothing)))
        }
        return MatchRates(overall: overall, perType: perType)
    }

    /// Pseudo-count pulling a token type's own match rate toward the document's.
    static let typeMatchRateSmoothing = 2.0

    // MARK: Anchors

    /// Sentence pairs sharing tokens that are rare in this document, weighted by rarity.
    func anchors() -> [(source: Int, target: Int, weight: Double)] {
        let targetCount = target.sentenceCount
        var postingStart = [Int](repeating: 0, count: keyCount + 1)
        var postings: [Int32] = []
        do {
            var perKey = [[Int32]](repeating: [], count: keyCount)
            for j in 0..<targetCount {
                for type in targetEvidence.scoredTypes(of: j) {
                    for key in target.typeKeys[Int(type)] where perKey[Int(key)].last != Int32(j) {
                        perKey[Int(key)].append(Int32(j))
                    }
                }
            }
            for key in 0..<keyCount {
                postings.append(contentsOf: perKey[key])
                postingStart[key + 1] = postings.count
            }
        }
        let rareLimit = Self.anchorTokenOccurrences / Double(targetCount)
        let q = sourceMatchRate.overall
        var weights: [Int: Double] = [:]
        for i in 0..<source.sentenceCount {
            for type in sourceEvidence.scoredTypes(of: i) {
                let rate = sourceEvidence.randomMatchRate[Int(type)]
                guard rate <= rareLimit else { continue }
                let weight = log(q / rate)
                var seen: Set<Int32> = []
                for key in source.typeKeys[Int(type)] {
                    for j in postings[postingStart[Int(key)]..<postingStart[Int(key) + 1]] where seen.insert(j).inserted {
                        weights[i * targetCount + Int(j), default: 0] += weight
                    }
                }
            }
        }
        let threshold = max(3.0, 0.8 * log(q * Double(targetCount)))
        return weights.compactMap { pair, weight in
            weight >= threshold ? (pair / targetCount, pair % targetCount, weight) : nil
        }
    }

    // MARK: Search

    /// The best bead path in a band around `centre`, widening the band while the path
    /// runs along its edge.
    func search(centre: [Int], width: Int, widening: Bool = true, shapeCount: Int = BeadShape.all.count) -> [Bead] {
        searchCountingCells(centre: centre, width: width, widening: widening, shapeCount: shapeCount).beads
    }

    /// The cells one widening search may fill in all its rounds: `searchCellsPerRow` for
    /// each row of the matrix, and an allowance that lets a short document widen to
    /// `maximumBandWidth` wherever it needs to. Where scores are flat (one sentence
    /// repeated) the best path runs along the band's edge however wide the band is, and each
    /// round of widening searches most of the document again; the budget keeps the whole
    /// search linear in the document's length. Real documents use a small part of it; the
    /// transcript concatenated eight times, whose copies blur the anchors, needs more than
    /// 64 a row to align as it would without the budget.
    static let searchCellsPerRow = 256
    static let searchCellAllowance = 1 << 20

    /// `search`, with the number of band cells its rounds filled.
    func searchCountingCells(
        centre: [Int], width: Int, widening: Bool = true, shapeCount: Int = BeadShape.all.count
    ) -> (beads: [Bead], cells: Int) {
        var widths = [Int](repeating: width, count: centre.count)
        let limit = min(max(source.sentenceCount, target.sentenceCount), Self.maximumBandWidth)
        let budget = Self.searchCellsPerRow * centre.count + Self.searchCellAllowance
        var band = AlignmentBand(centre: centre, widths: widths, targetCount: target.sentenceCount)
        var cells = 0
        var previousTable: SearchTable?
        while true {
            let (beads, edgeRows, table) = search(band: band, shapeCount: shapeCount, reusing: previousTable)
            cells += band.cellCount
            previousTable = table
            if edgeRows.isEmpty || !widening { return (beads, cells) }
            var widened = false
            let previous = widths
            for row in edgeRows {
                let reach = 2 * previous[row]
                for i in max(0, row - reach)...min(widths.count - 1, row + reach) where widths[i] < min(limit, 2 * previous[row]) {
                    widths[i] = min(limit, 2 * previous[row])
                    widened = true
                }
            }
            if !widened { return (beads, cells) }
            band = AlignmentBand(centre: centre, widths: widths, targetCount: target.sentenceCount)
            if cells + band.cellCount > budget { return (beads, cells) }
        }
    }

    /// The dynamic programme's cells for one band: a widened band keeps every row before its
    /// first changed row, so those rows are copied instead of computed again.
    private struct SearchTable {
        let band: AlignmentBand
        let best: [Double]
        let choice: [Int8]
    }

    /// The best path in the band, the rows where it runs along an inner edge of the band, and
    /// the table for a later search in a wider band.
    private func search(band: AlignmentBand, shapeCount: Int, reusing previous: SearchTable?) -> ([Bead], [Int], SearchTable) {
        let sourceCount = source.sentenceCount
        let targetCount = target.sentenceCount
        var rowStart = [0]
        for i in 0...sourceCount { rowStart.append(rowStart[i] + band.high[i] - band.low[i] + 1) }
        var best = [Double](repeating: -.infinity, count: rowStart[sourceCount + 1])
        var choice = [Int8](repeating: -1, count: best.count)
        best[0] = 0
        // A cell depends only on the band and cells of earlier rows, so rows before the first
        // row whose bounds changed hold the same values as in the previous table.
        var firstRow = 0
        if let previous {
            while firstRow <= sourceCount && previous.band.low[firstRow] == band.low[firstRow]
                && previous.band.high[firstRow] == band.high[firstRow]
            {
                firstRow += 1
            }
            let kept = rowStart[firstRow]
            best.replaceSubrange(0..<kept, with: previous.best[0..<kept])
            choice.replaceSubrange(0..<kept, with: previous.choice[0..<kept])
        }
        // Row i's beads read the masks of source sentences i − largest..<i only.
        let masks = PairMasks(
            band: band, source: source, target: target, sourceEvidence: sourceEvidence,
            targetEvidence: targetEvidence, keyCount: keyCount, fromSentence: max(0, firstRow - BeadShape.largest))
        let shapes = BeadShape.all
        let searchedShapes = Array(shapes.prefix(shapeCount).enumerated())
        let hasStructure = sourceStructure.hasTurns || sourceStructure.hasHeadings || targetStructure.hasTurns
            || targetStructure.hasHeadings
        band.low.withUnsafeBufferPointer { low in
            band.high.withUnsafeBufferPointer { high in
                rowStart.withUnsafeBufferPointer { rowStart in
                    best.withUnsafeMutableBufferPointer { best in
                        choice.withUnsafeMutableBufferPointer { choice in
                            for i in firstRow..<(sourceCount + 1) {
                                for j in low[i]...high[i] where i > 0 || j > 0 {
                                    let boundary = boundaryScore(i, j, masks: masks)
                                    var bestScore = -Double.infinity
                                    var bestShape = -1
                                    for (index, shape) in searchedShapes {
                                        let previousI = i - shape.source
                                        let previousJ = j - shape.target
                                        guard previousI >= 0, previousJ >= low[previousI], previousJ <= high[previousI] else { continue }
                                        let previous = best[rowStart[previousI] + previousJ - low[previousI]]
                                        guard previous > -.infinity else { continue }
                                        let sources = previousI..<i
                                        let targets = previousJ..<j
                                        var total = previous + logPriors[index]
                                        if shape.isNull {
                                            if hasStructure { total += nullStructureScore(sources: sources, targets: targets) }
                                            total += emptySentenceScore(sources: sources, targets: targets)
                                        } else {
                                            total += lengthScore(sources: sources, targets: targets)
                                                + form.score(sources: sources, targets: targets) + boundary
                                            let bound = lexicalBound(sources: sources, targets: targets)
                                            guard total + bound > bestScore else { continue }
                                            if hasStructure {
                                                // Structure only subtracts, so the bound still holds.
                                                total += structureScore(sources: sources, targets: targets)
                                                guard total + bound > bestScore else { continue }
                                            }
                                            total += lexicalScore(sources: sources, targets: targets, masks: masks)
                                            if shape.source > 1 || shape.target > 1 {
                                                guard total + Self.placementAllowance > bestScore else { continue }
                                                total += placementScore(sources: sources, targets: targets, masks: masks)
                                            }
                                        }
                                        if total > bestScore {
                                            bestScore = total
                                            bestShape = index
                                        }
                                    }
                                    best[rowStart[i] + j - low[i]] = bestScore
                                    choice[rowStart[i] + j - low[i]] = Int8(bestShape)
                                }
                            }
                        }
                    }
                }
            }
        }
        var path: [(sources: Range<Int>, targets: Range<Int>)] = []
        var edgeRows: [Int] = []
        var i = sourceCount
        var j = targetCount
        while i > 0 || j > 0 {
            if band.touchesEdge(row: i, column: j, targetCount: targetCount) { edgeRows.append(i) }
            let shape = shapes[Int(choice[rowStart[i] + j - band.low[i]])]
            let sources = (i - shape.source)..<i
            let targets = (j - shape.target)..<j
            path.append((sources: sources, targets: targets))
            i -= shape.source
            j -= shape.target
        }
        let beads = path.reversed().map { sources, targets in Bead(source: Array(sources), target: Array(targets), score: 0) }
        return (beads, edgeRows, SearchTable(band: band, best: best, choice: choice))
    }

    // MARK: Scores

    /// The score the search gives a bead of shape `shapeIndex` (prior and evidence), or
    /// −∞ when it cannot reach `floor` (the lexical bound prunes as in the search).
    @inline(__always)
    func beadScore(shapeIndex: Int, sources: Range<Int>, targets: Range<Int>, masks: PairMasks, hasStructure: Bool, floor: Double) -> Double {
        var total = logPriors[shapeIndex]
        if sources.isEmpty || targets.isEmpty {
            if hasStructure { total += nullStructureScore(sources: sources, targets: targets) }
            return total + emptySentenceScore(sources: sources, targets: targets)
        }
        total += lengthScore(sources: sources, targets: targets) + form.score(sources: sources, targets: targets)
        let bound = lexicalBound(sources: sources, targets: targets)
        guard total + bound >= floor else { return -.infinity }
        if hasStructure {
            total += structureScore(sources: sources, targets: targets)
            guard total + bound >= floor else { return -.infinity }
        }
        total += lexicalScore(sources: sources, targets: targets, masks: masks)
        guard sources.count > 1 || targets.count > 1 else { return total }
        guard total + Self.placementAllowance >= floor else { return -.infinity }
        return total + placementScore(sources: sources, targets: targets, masks: masks)
    }

    /// Whether either side has turns or headings, which structure scores then read.
    var hasStructure: Bool {
        sourceStructure.hasTurns || sourceStructure.hasHeadings || targetStructure.hasTurns || targetStructure.hasHeadings
    }

    /// Log-likelihood ratio of the bead's sentences translating each other, without prior.
    func evidence(sources: Range<Int>, targets: Range<Int>, masks: PairMasks) -> Double {
        if sources.isEmpty || targets.isEmpty {
            return nullStructureScore(sources: sources, targets: targets) + emptySentenceScore(sources: sources, targets: targets)
        }
        return lengthScore(sources: sources, targets: targets) + form.score(sources: sources, targets: targets)
            + structureScore(sources: sources, targets: targets) + lexicalScore(sources: sources, targets: targets, masks: masks)
    }

    /// The tokens' likelihood ratios, each side's tokens looking for translations in the other side.
    @inline(__always)
    func lexicalScore(sources: Range<Int>, targets: Range<Int>, masks: PairMasks) -> Double {
        var total = 0.0
        for i in sources {
            var matched: UInt64 = 0
            for j in targets { matched |= masks.source(i, j) }
            total += sourceWeight * sourceEvidence.score(sentence: i, matched: matched, otherSize: targets.count)
        }
        for j in targets {
            var matched: UInt64 = 0
            for i in sources { matched |= masks.target(i, j) }
            total += targetWeight * targetEvidence.score(sentence: j, matched: matched, otherSize: sources.count)
        }
        return total
    }

    /// An upper bound of `lexicalScore`: every token matched.
    @inline(__always)
    func lexicalBound(sources: Range<Int>, targets: Range<Int>) -> Double {
        sourceWeight * sourceEvidence.bestScore(sentences: sources, otherSize: targets.count)
            + targetWeight * targetEvidence.bestScore(sentences: targets, otherSize: sources.count)
            + (sources.count > 1 || targets.count > 1 ? Self.placementAllowance : 0)
    }

    /// The most `placementScore` can add.
    static let placementAllowance = placementWeight * placementCap

    /// Where in a sentence the words sit that each sentence of the other side of the bead
    /// matches (bitext issue 17). Sentences of a bead follow each other on both sides, so
    /// words of the other side's k-th sentence lie in the k-th stretch of this side, sized
    /// by length; words a sentence matches only at the wrong end of its neighbour's part
    /// say it was attached to the wrong bead. Only words one sentence matches alone count:
    /// a word every sentence of the bead matches says nothing about order. Likelihood ratio
    /// against the chance that a word lands in that stretch anyway.
    @inline(__always)
    func placementScore(sources: Range<Int>, targets: Range<Int>, masks: PairMasks) -> Double {
        guard sources.count > 1 || targets.count > 1 else { return 0 }
        var total = 0.0
        if targets.count > 1 {
            total += Self.placement(
                of: sources, lengths: sourceLengthPrefix, evidence: sourceEvidence,
                against: targets, otherLengths: targetLengthPrefix) { i, j in masks.source(i, j) }
        }
        if sources.count > 1 {
            total += Self.placement(
                of: targets, lengths: targetLengthPrefix, evidence: targetEvidence,
                against: sources, otherLengths: sourceLengthPrefix) { j, i in masks.target(i, j) }
        }
        return Self.placementWeight * min(Self.placementCap, total)
    }

    /// `placementScore` for the sentences of one side: `matched(sentence, other)` is the
    /// mask of the sentence's words that the other side's sentence matches.
    @inline(__always)
    private static func placement(
        of sentences: Range<Int>, lengths: [Double], evidence: LexicalEvidence,
        against others: Range<Int>, otherLengths: [Double], matched: (Int, Int) -> UInt64
    ) -> Double {
        let start = lengths[sentences.lowerBound]
        let total = max(lengths[sentences.upperBound] - start, 1)
        let otherStart = otherLengths[others.lowerBound]
        let otherTotal = max(otherLengths[others.upperBound] - otherStart, 1)
        var score = 0.0
        for sentence in sentences {
            let offset = (lengths[sentence] - start) / total
            let width = max((lengths[sentence + 1] - lengths[sentence]) / total, 1e-6)
            var seen: UInt64 = 0
            var shared: UInt64 = 0
            for other in others {
                let words = matched(sentence, other)
                shared |= seen & words
                seen |= words
            }
            for other in others {
                let exclusive = matched(sentence, other) & ~shared
                guard exclusive != 0 else { continue }
                let low = ((otherLengths[other] - otherStart) / otherTotal - placementSlack - offset) / width
                let high = ((otherLengths[other + 1] - otherStart) / otherTotal + placementSlack - offset) / width
                score += placementRatio(evidence.placement(sentence: sentence, matched: exclusive, low: low, high: high))
            }
        }
        return score
    }

    /// A bead boundary between source sentences i − 1 | i and target sentences j − 1 | j is
    /// doubtful when a sentence matches words at the near end of the sentence across it that
    /// its own neighbour does not: the second half of source i − 1 found only by target j
    /// (j belongs before the boundary), the first half of source i found only by target j − 1
    /// (j − 1 belongs after it), and the same for target halves. The search charges it to the
    /// bead that ends at the boundary, unless that bead leaves a sentence unaligned: charged
    /// at every cell a path crosses, it also pulled runs of unaligned sentences (content a
    /// translator moved) out of place. It steers the search and is no likelihood, so the
    /// confidence lattice leaves it out; with it, a true doubt (two English sentences, one
    /// Chinese translation: `AlignmentConfidenceCheck`'s example) rose over the threshold.
    @inline(__always)
    func boundaryScore(_ i: Int, _ j: Int, masks: PairMasks) -> Double {
        guard i > 0, j > 0, i < source.sentenceCount, j < target.sentenceCount else { return 0 }
        let a = sourceEvidence.lateHalf(i - 1) & masks.source(i - 1, j) & ~masks.source(i - 1, j - 1)
        let b = sourceEvidence.earlyHalf(i) & masks.source(i, j - 1) & ~masks.source(i, j)
        let c = targetEvidence.lateHalf(j - 1) & masks.target(i, j - 1) & ~masks.target(i - 1, j - 1)
        let d = targetEvidence.earlyHalf(j) & masks.target(i - 1, j) & ~masks.target(i, j)
        let crossing = a.nonzeroBitCount + b.nonzeroBitCount + c.nonzeroBitCount + d.nonzeroBitCount
        return -Self.boundaryWeight * Double(crossing)
    }

    /// Per crossing word. Measured on mac-dev, strict F1 with `placementWeight` 0.3 / 0.4 /
    /// 0.5: boundary 0.3: 0.898 / 0.897 / 0.899, 0.4: 0.902 / 0.900 / 0.898, 0.45: 0.900 /
    /// 0.900 / 0.899. Below 0.4 the transcript's "Yeah." (line 1186) turns into an omission
    /// at some placement weights, and at 0.3 / 0.4 most beads under one half confidence are
    /// right (35 of 67). Counting words by their match gain instead of one each gave at most
    /// 0.904 (charged per cell); charged per cell, 0.5 / 0.5 reached 0.909 (1-2 recall 0.883)
    /// but most beads under one half were right, and 0.3 / 0.4 misplaced moved docs content.
    static let boundaryWeight = 0.45

    /// Log-likelihood ratio of matched words falling inside or outside their stretch.
    @inline(__always)
    private static func placementRatio(_ placement: (inside: Int, outside: Int, segment: Int, placed: Int)) -> Double {
        guard placement.segment < placement.placed else { return 0 }
        let cell = 2 * (placement.placed * (LexicalEvidence.tokensPerSentence + 1) + placement.segment)
        return Double(placement.inside) * placementRatios[cell] + Double(placement.outside) * placementRatios[cell + 1]
    }

    /// Per count of placed tokens and of those in the stretch: the ratio of a matched word
    /// inside the stretch, and outside it.
    private static let placementRatios: [Double] = {
        let limit = LexicalEvidence.tokensPerSentence
        var ratios: [Double] = []
        let q = placementRate
        for placed in 0...limit {
            for segment in 0...limit {
                let chance = min((Double(segment) + 0.5) / Double(placed + 1), q / 1.05)
                ratios.append(log(q / chance))
                ratios.append(log((1 - q) / (1 - chance)))
            }
        }
        return ratios
    }()

    /// Measured on mac-dev: see `boundaryWeight`. Alone (no boundary term) it splits too
    /// readily: 0.3: 0.897, 0.5: 0.900, with sentences left unaligned to escape it, and the
    /// transcript's "Yeah." becomes an omission at 0.3. The cap limits what order alone can
    /// add to a bead (at 0.5 / 0.5 per cell: 0: 0.902, 1: 0.904, 3: 0.909, 5: 0.909), and the
    /// search's pruning must allow for it: 3 cost the transcript 9% more time, 1.5 nothing
    /// measurable for the same F1 (0.905 with the stemmer that meets `employees`/`employee`);
    /// no floor, as bounding the penalty cost most of the gain.
    static let placementWeight = 0.4
    static let placementCap = 1.5
    /// How far, as a share of the bead, a word may sit outside its sentence's stretch
    /// (0.15 and 0.2 measure alike, 0.25 loses 0.008).
    static let placementSlack = 0.2
    /// Share of words that sit in their stretch in a correct bead (without the boundary term:
    /// 0.7: 0.898, 0.8: 0.900, 0.9: 0.896).
    static let placementRate = 0.8

    /// Log-likelihood ratio of the length pair under correct beads against unrelated text,
    /// with the mean and spread of the bead's shape (`ShapeLength`).
    @inline(__always)
    func lengthScore(sources: Range<Int>, targets: Range<Int>) -> Double {
        let ratio = logLengthRatio(sources: sources, targets: targets)
        let shape = shapeLengths[sources.count * ShapeLength.stride + targets.count]
        let deviation = ratio - shape.mean
        return shape.normaliser - deviation * deviation * shape.precision + 0.5 * ratio * ratio
    }

    /// Log of the bead's target length over its source length times the document's ratio,
    /// both smoothed so that short sentences vary more.
    @inline(__always)
    private func logLengthRatio(sources: Range<Int>, targets: Range<Int>) -> Double {
        let sourceLength = sourceLengthPrefix[sources.upperBound] - sourceLengthPrefix[sources.lowerBound]
        let targetLength = targetLengthPrefix[targets.upperBound] - targetLengthPrefix[targets.lowerBound]
        return lengthLogarithms.log(targetLength + lengthRatio * lengthSmoothing)
            - lengthLogarithms.log(lengthRatio * (sourceLength + lengthSmoothing))
    }

    /// Gaussian parameters of the log length ratio for one bead shape: translators who merge
    /// or split sentences do not keep the one-to-one ratio and spread, so each common shape
    /// gets its own mean and variance (a Gale–Church length model per bead type).
    /// −log σ, 1/(2σ²) and the mean.
    struct ShapeLength {
        var normaliser: Double
        var precision: Double
        var mean: Double
        static let stride = BeadShape.largest + 1

        init(mean: Double, spread: Double) {
            self.mean = mean
            normaliser = -log(spread)
            precision = 1 / (2 * spread * spread)
        }
    }

    /// Per source count × `ShapeLength.stride` + target count.
    private var shapeLengths = [ShapeLength](
        repeating: ShapeLength(mean: 0, spread: 0.45), count: ShapeLength.stride * ShapeLength.stride)

    /// Pseudo-count pulling a shape's length mean and spread toward those of one-to-one beads
    /// (mean toward 0). Measured on mac-dev with three passes (strict F1, 2-1 recall, AUC,
    /// beads under one half wrong): one-to-one parameters for every shape 0.920, 0.925, 0.883, 21 of 47 (most of
    /// the doubtful beads right: confidence no longer flags errors); 5: 0.916, 0.940, 0.902,
    /// 29 of 53; 10: 0.916, 0.925, 0.902, 32 of 58.
    static let shapeLengthSmoothing = 5.0
    /// A shape needs this many beads in the alignment to get its own parameters. With fewer,
    /// a rewritten stretch of a docs page whose unmatched sentences a first pass merged into
    /// one large bead made that shape look normal, and the next pass merged more (Istio
    /// config-profiles: 29 aligned lines changed at 1, none at 5; mac-dev F1 the same).
    static let shapeLengthMinimumBeads = 5

    /// Per-shape length parameters from an alignment: the one-to-one spread for every shape,
    /// then each shape's own mean and spread smoothed toward it.
    private mutating func estimateShapeLengths(from beads: [Bead]) {
        let base = ShapeLength(mean: 0, spread: lengthSpread)
        shapeLengths = Array(repeating: base, count: shapeLengths.count)
        let smoothing = Self.shapeLengthSmoothing
        var ratios = [[Double]](repeating: [], count: shapeLengths.count)
        var start = (source: 0, target: 0)
        for bead in beads {
            let sources = start.source..<(start.source + bead.source.count)
            let targets = start.target..<(start.target + bead.target.count)
            start = (sources.upperBound, targets.upperBound)
            guard !sources.isEmpty, !targets.isEmpty, sources.count > 1 || targets.count > 1,
                  sources.count < ShapeLength.stride, targets.count < ShapeLength.stride
            else { continue }
            ratios[sources.count * ShapeLength.stride + targets.count].append(logLengthRatio(sources: sources, targets: targets))
        }
        let baseVariance = lengthSpread * lengthSpread
        for (index, values) in ratios.enumerated() where values.count >= Self.shapeLengthMinimumBeads {
            let count = Double(values.count)
            let mean = values.reduce(0, +) / (count + smoothing)
            let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            let variance = (squares + smoothing * baseVariance) / (count + smoothing)
            shapeLengths[index] = ShapeLength(mean: mean, spread: min(0.8, max(0.15, variance.squareRoot())))
        }
    }

    /// A bead should not cross a speaker turn on one side only, nor pair a heading with body text.
    @inline(__always)
    func structureScore(sources: Range<Int>, targets: Range<Int>) -> Double {
        var total = 0.0
        if sourceStructure.hasTurns && targetStructure.hasTurns {
            // Penalties are small multiples of 1/2, so one product equals the repeated subtraction.
            let straddles = sourceStructureCounts.turnStarts(after: sources) + targetStructureCounts.turnStarts(after: targets)
            total -= Self.turnStraddlePenalty * Double(straddles)
            if sourceStructure.startsTurn(sources.lowerBound) != targetStructure.startsTurn(targets.lowerBound) {
                total -= Self.turnMismatchPenalty
            }
        }
        if (sourceStructure.hasHeadings || targetStructure.hasHeadings)
            && sourceStructureCounts.containsHeading(sources) != targetStructureCounts.containsHeading(targets)
        {
            total -= Self.headingMismatchPenalty
        }
        return total
    }

    /// A sentence with nothing to translate ("Yeah.", "So that's.": no token that could find a
    /// counterpart) is no omission or addition when left out: it joins a neighbour's bead,
    /// which its length barely changes, instead of standing alone.
    @inline(__always)
    func emptySentenceScore(sources: Range<Int>, targets: Range<Int>) -> Double {
        if let i = sources.first, sourceEvidence.scoredTypes(of: i).isEmpty { return -Self.emptySentencePenalty }
        if let j = targets.first, targetEvidence.scoredTypes(of: j).isEmpty { return -Self.emptySentencePenalty }
        return 0
    }

    /// Measured on the Lex #459 transcript: without it "Yeah." and "So that's." end up as
    /// omissions once sentence form is scored; with sentence finality, 2 leaves "There's."
    /// and "Yeah." unaligned again, and 4 also joins "But there's." to the sentence it starts
    /// (mac-dev beads the same at 2 and 4).
    static let emptySentencePenalty = 4.0

    /// A heading with no heading on the other side is expected to stay unaligned.
    @inline(__always)
    func nullStructureScore(sources: Range<Int>, targets: Range<Int>) -> Double {
        if let i = sources.first, sourceStructure.isHeading(i), !targetStructure.hasHeadings { return Self.headingMismatchPenalty }
        if let j = targets.first, targetStructure.isHeading(j), !sourceStructure.hasHeadings { return Self.headingMismatchPenalty }
        return 0
    }

    /// Evidence for any bead, computed directly with the reference model: the dictionary
    /// alone and the default match rate, so that whether a pair is a translation at all is
    /// not judged with word pairs learnt from a possibly poor alignment of this very text.
    func referenceEvidence(sources: Range<Int>, targets: Range<Int>) -> Double {
        let sourceKeys = Set(targets.flatMap { reference.targetSide.tokens(of: $0).flatMap { reference.targetSide.typeKeys[Int($0)] } })
        let targetKeys = Set(sources.flatMap { reference.sourceSide.tokens(of: $0).flatMap { reference.sourceSide.typeKeys[Int($0)] } })
        var total = lengthScore(sources: sources, targets: targets) + structureScore(sources: sources, targets: targets)
        for i in sources {
            var matched: UInt64 = 0
            for (position, type) in reference.source.scoredTypes(of: i).enumerated()
            where reference.sourceSide.typeKeys[Int(type)].contains(where: sourceKeys.contains) {
                matched |= 1 << UInt64(position)
            }
            total += sourceWeight * reference.source.score(sentence: i, matched: matched, otherSize: targets.count)
        }
        for j in targets {
            var matched: UInt64 = 0
            for (position, type) in reference.target.scoredTypes(of: j).enumerated()
            where reference.targetSide.typeKeys[Int(type)].contains(where: targetKeys.contains) {
                matched |= 1 << UInt64(position)
            }
            total += targetWeight * reference.target.score(sentence: j, matched: matched, otherSize: sources.count)
        }
        return total
    }

    // MARK: Re-estimation

    /// Bead-shape priors and the length model from a first alignment of this very document,
    /// smoothed toward the defaults.
    mutating func reestimate(from beads: [Bead]) {
        form.learn(from: beads)
        sourceMatchRate = matchRates(beads: beads, sourceSide: true) ?? sourceMatchRate
        targetMatchRate = matchRates(beads: beads, sourceSide: false) ?? targetMatchRate
        let shapes = BeadShape.all
        var counts = [Double](repeating: 0, count: shapes.count)
        for bead in beads {
            if let index = shapes.firstIndex(where: { $0.source == bead.source.count && $0.target == bead.target.count }) {
                counts[index] += 1
            }
        }
        let smoothing = 30.0
        let total = counts.reduce(0, +)
        logPriors = shapes.indices.map { index in
            log((counts[index] + smoothing * shapes[index].defaultPrior) / (total + smoothing))
        }
        var ratios: [Double] = []
        for bead in beads where bead.source.count == 1 && bead.target.count == 1 {
            let sourceLength = source.lengths[bead.source[0]]
            let targetLength = target.lengths[bead.target[0]]
            ratios.append(log((targetLength + lengthRatio * lengthSmoothing) / (sourceLength + lengthSmoothing)))
        }
        guard ratios.count >= 10 else { return }
        ratios.sort()
        let median = ratios[ratios.count / 2]
        lengthRatio = exp(median)
        let deviations = ratios.map { abs($0 - median) }.sorted()
        lengthSpread = min(0.8, max(0.15, 1.4826 * deviations[deviations.count / 2]))
        estimateShapeLengths(from: beads)
    }
}
