import Foundation

/// Every bead path through the band the final search explored, each weighted by the search's
/// own scores: a bead's probability is the weight of the paths through it over the weight of
/// all paths (forward–backward, in log space). A bead the search chose by a hair over a split,
/// a merge or a sentence moved to a neighbour shares the weight with them; a bead with no
/// rival keeps it all. Linear in the band, like the search.
struct AlignmentLattice: Sendable {
    private let model: AlignmentModel
    private let band: AlignmentBand
    private let masks: PairMasks
    private let rowStart: [Int]
    /// Log weight of all paths from the start to a cell, and from a cell to the end.
    private let forward: [Double]
    private let backward: [Double]
    private let logTotal: Double
    private let hasStructure: Bool

    /// Divides bead scores before they weigh paths. Scores sum token likelihood ratios that
    /// are not independent, so they overstate certainty. Fitted on mac-dev by the log loss of
    /// "the bead is exactly a gold bead": 0.7: 0.427, 1: 0.317, 1.3: 0.271, 1.45: 0.261,
    /// 1.6: 0.256, 1.75: 0.256, 2: 0.263, 2.5: 0.300.
    static let temperature = 1.7
    /// Terms this far below the running log sum change it by less than e^−12: skipped.
    private static let negligible = 12.0

    init(model: AlignmentModel, band: AlignmentBand) {
        self.model = model
        self.band = band
        let sourceCount = model.source.sentenceCount
        var rowStart = [0]
        for i in 0...sourceCount { rowStart.append(rowStart[i] + band.high[i] - band.low[i] + 1) }
        self.rowStart = rowStart
        masks = PairMasks(
            band: band, source: model.source, target: model.target, sourceEvidence: model.sourceEvidence,
            targetEvidence: model.targetEvidence, keyCount: model.keyCount)
        hasStructure = model.hasStructure
        let passes = concurrentMap(count: 2) { [model, band, masks, rowStart, hasStructure] pass in
            pass == 0
                ? Self.forwardWeights(model: model, band: band, masks: masks, rowStart: rowStart, hasStructure: hasStructure)
                : Self.backwardWeights(model: model, band: band, masks: masks, rowStart: rowStart, hasStructure: hasStructure)
        }
        forward = passes[0]
        backward = passes[1]
        logTotal = forward[rowStart[sourceCount + 1] - 1]
    }

    /// The beads with their probability as confidence, and the doubtful ones with their
    /// likeliest rival.
    func scored(_ beads: [Bead]) -> [Bead] {
        var starts: [(i: Int, j: Int)] = []
        var i = 0
        var j = 0
        for bead in beads {
            starts.append((i, j))
            i += bead.source.count
            j += bead.target.count
        }
        let lattice = self
        return concurrentMap(count: beads.count) { [starts] index in
            var bead = beads[index]
            let sources = starts[index].i..<(starts[index].i + bead.source.count)
            let targets = starts[index].j..<(starts[index].j + bead.target.count)
            bead.score = lattice.probability(sources: sources, targets: targets)
                * lattice.translationProbability(sources: sources, targets: targets)
            if bead.score < Alignment.alternativeThreshold, let rival = lattice.likeliestRival(sources: sources, targets: targets) {
                bead.alternative = BeadAlternative(source: Array(rival.sources), target: Array(rival.targets), probability: rival.probability)
            }
            return bead
        }
    }

    /// The probability that the sentences translate each other at all, against the rare
    /// sentence that is unrelated to its counterpart (another sentence's translation pasted
    /// in its place, a rewritten passage): paths only compare beads with each other, so a
    /// substitution with no better place would otherwise look certain. Bayes with the
    /// bead's log-likelihood ratio of translation against unrelated text, tempered like the
    /// paths; a short pair carries little evidence either way and keeps the prior's odds.
    func translationProbability(sources: Range<Int>, targets: Range<Int>) -> Double {
        guard !sources.isEmpty, !targets.isEmpty else { return 1 }
        // Structure (a bead across a speaker turn) says where sentences go, not whether they translate.
        let evidence = (model.referenceEvidence(sources: sources, targets: targets)
            - model.structureScore(sources: sources, targets: targets)) / Self.temperature
        return 1 / (1 + Self.unrelatedOdds * exp(-evidence))
    }

    /// Prior odds of an aligned pair being unrelated text: fitted, like `temperature`, by
    /// the log loss on mac-dev with one in twenty one-to-one pairs replaced by a sentence of
    /// another chapter (0.003: 0.302, 0.01: 0.298, 0.03: 0.296, 0.1: 0.302, 0.3: 0.328).
    static let unrelatedOdds = 0.03

    /// The probability that the bead of these sentences is part of the alignment; 0 outside the band.
    func probability(sources: Range<Int>, targets: Range<Int>) -> Double {
        guard let shapeIndex = BeadShape.all.firstIndex(where: { $0.source == sources.count && $0.target == targets.count }),
              let start = cell(sources.lowerBound, targets.lowerBound), let end = cell(sources.upperBound, targets.upperBound),
              forward[start] > -.infinity, backward[end] > -.infinity, logTotal > -.infinity
        else { return 0 }
        let score = model.beadScore(
            shapeIndex: shapeIndex, sources: sources, targets: targets, masks: masks, hasStructure: hasStructure, floor: -.infinity)
        return min(1, exp(forward[start] + score / Self.temperature + backward[end] - logTotal))
    }

    /// The likeliest other bead taking some of these sentences: what the alignment would
    /// most probably have been instead (a split, a merge, a sentence moved to a neighbour).
    func likeliestRival(sources: Range<Int>, targets: Range<Int>) -> (sources: Range<Int>, targets: Range<Int>, probability: Double)? {
        let sourceCount = model.source.sentenceCount
        let targetCount = model.target.sentenceCount
        let reach = BeadShape.largest
        var best: (sources: Range<Int>, targets: Range<Int>, probability: Double)?
        for startI in max(0, sources.lowerBound - reach)...min(sourceCount, sources.upperBound) {
            let lowJ = max(band.low[startI], targets.lowerBound - reach)
            let highJ = min(band.high[startI], targets.upperBound)
            guard lowJ <= highJ else { continue }
            for startJ in lowJ...highJ {
                for shape in BeadShape.all {
                    let rivalSources = startI..<(startI + shape.source)
                    let rivalTargets = startJ..<(startJ + shape.target)
                    guard rivalSources.upperBound <= sourceCount, rivalTargets.upperBound <= targetCount,
                          rivalSources != sources || rivalTargets != targets,
                          rivalSources.overlaps(sources) || rivalTargets.overlaps(targets)
                    else { continue }
                    let probability = probability(sources: rivalSources, targets: rivalTargets)
                    if probability > (best?.probability ?? 0) { best = (rivalSources, rivalTargets, probability) }
                }
            }
        }
        return best
    }

    private func cell(_ i: Int, _ j: Int) -> Int? {
        guard i >= 0, i < rowStart.count - 1, j >= band.low[i], j <= band.high[i] else { return nil }
        return rowStart[i] + j - band.low[i]
    }

    /// Adds `term` to a log sum kept as its largest term and the sum of exp(term − largest).
    @inline(__always)
    private static func accumulate(_ term: Double, largest: inout Double, scaledSum: inout Double) {
        if term > largest {
            scaledSum = scaledSum * exp(largest - term) + 1
            largest = term
        } else {
            scaledSum += exp(term - largest)
        }
    }

    /// Log weights of every cell: the log sum over all paths from the start (forward) or to
    /// the end (backward), each bead's score divided by the temperature.
    private static func forwardWeights(
        model: AlignmentModel, band: AlignmentBand, masks: PairMasks, rowStart: [Int], hasStructure: Bool
    ) -> [Double] {
        let lattice = Sweep(model: model, band: band, masks: masks, rowStart: rowStart, hasStructure: hasStructure, forward: true)
        var weights = [Double](repeating: -.infinity, count: rowStart[rowStart.count - 1])
        weights[0] = 0
        for i in 0...lattice.lastRow {
            for j in band.low[i]...band.high[i] where i > 0 || j > 0 {
                weights[rowStart[i] + j - band.low[i]] = lattice.weight(at: i, j, from: weights)
            }
        }
        return weights
    }

    private static func backwardWeights(
        model: AlignmentModel, band: AlignmentBand, masks: PairMasks, rowStart: [Int], hasStructure: Bool
    ) -> [Double] {
        let lattice = Sweep(model: model, band: band, masks: masks, rowStart: rowStart, hasStructure: hasStructure, forward: false)
        var weights = [Double](repeating: -.infinity, count: rowStart[rowStart.count - 1])
        weights[weights.count - 1] = 0
        for i in stride(from: lattice.lastRow, through: 0, by: -1) {
            for j in stride(from: band.high[i], through: band.low[i], by: -1) where i < lattice.lastRow || j < band.high[i] {
                weights[rowStart[i] + j - band.low[i]] = lattice.weight(at: i, j, from: weights)
            }
        }
        return weights
    }

    /// One direction of the forward–backward pass: a cell's weight from the cells already
    /// weighed one bead before it (forward) or after it (backward).
    private struct Sweep {
        let model: AlignmentModel
        let band: AlignmentBand
        let masks: PairMasks
        let rowStart: [Int]
        let hasStructure: Bool
        let forward: Bool
        let shapes = Array(BeadShape.all.enumerated())
        var lastRow: Int { rowStart.count - 2 }

        /// Inlined into the sweeps: called as a function, it copied the whole model (700
        /// bytes) for every cell.
        @inline(__always)
        func weight(at i: Int, _ j: Int, from weights: [Double]) -> Double {
            var largest = -Double.infinity
            var scaledSum = 0.0
            for (index, shape) in shapes {
                let (otherI, otherJ) = forward ? (i - shape.source, j - shape.target) : (i + shape.source, j + shape.target)
                guard otherI >= 0, otherI <= lastRow, otherJ >= band.low[otherI], otherJ <= band.high[otherI] else { continue }
                let other = weights[rowStart[otherI] + otherJ - band.low[otherI]]
                guard other > -.infinity else { continue }
                let floor = (largest - negligible - other) * temperature
                let score = model.beadScore(
                    shapeIndex: index, sources: forward ? otherI..<i : i..<otherI, targets: forward ? otherJ..<j : j..<otherJ,
                    masks: masks, hasStructure: hasStructure, floor: floor)
                guard score > -.infinity else { continue }
                accumulate(other + score / temperature, largest: &largest, scaledSum: &scaledSum)
            }
            return largest > -.infinity ? largest + log(scaledSum) : -.infinity
        }
    }
}
