import Foundation

/// Log-likelihood ratios of sentence form (`SentenceForm`) for a bead, learnt from the
/// document's own first alignment: how often the last sentences of a bead end the same way
/// (a question stays a question, but one translator ends quoted speech where another runs
/// on), and how the clause counts of the two sides compare. They decide what length and
/// words leave open: a question split off as its own sentence (1-2 rather than 1-1 + 0-1),
/// two clauses merged into one sentence (2-1). Untrained, every score is 0.
struct SentenceFormModel: Sendable {
    private let sourceEndings: [UInt8]
    private let targetEndings: [UInt8]
    private let sourceClausePrefix: [Int32]
    private let targetClausePrefix: [Int32]
    private let sourceFinality: [UInt8]
    private let targetFinality: [UInt8]
    /// Per sentence: the finality score when it ends its bead, and prefix sums of the score
    /// when it does not.
    private var sourceFinalScore: [Double]
    private var targetFinalScore: [Double]
    private var sourceNonfinalPrefix: [Double]
    private var targetNonfinalPrefix: [Double]
    /// Score of a (source ending, target ending) pair, and of a (source clauses, target clauses) pair.
    private var endingScores = [Double](repeating: 0, count: SentenceForm.endingClassCount * SentenceForm.endingClassCount)
    private var clauseScores = [Double](repeating: 0, count: Self.clauseLimit * Self.clauseLimit)
    /// Clause counts are capped here (a bead of more clauses is rare and scored as this many).
    private static let clauseLimit = 32
    /// Too few one-to-one beads to learn from: the scores stay 0.
    private static let minimumBeads = 20
    /// Measured on mac-dev and the Lex #459 transcript: heavier ending and clause terms (2)
    /// gain mac-dev F1 (0.902) but split questions off the transcript's beads as additions.
    static let endingWeight = 1.0
    /// Pseudo-counts pulling the conditional ending distribution toward the marginal.
    static let endingSmoothing = 8.0
    static let clauseWeight = 1.0
    /// The clause term's bound either way: clause counts are coarse, and a bead's words and
    /// length must be able to overrule them.
    static let clauseCap = 1.5
    /// Finality (`finalityScores`): pseudo-counts pulling a class's rate of ending a bead
    /// toward the side's, and the bound of its scores either way.
    static let finalitySmoothing = 4.0
    static let finalityCap = 3.0
    /// Weight of the score of a sentence that does not end its bead: bead-shape priors
    /// already say how rare a bead of several sentences is, and at full weight a plain
    /// fragment ("There's.", "Yeah.") of the Lex #459 transcript, which can only go on into
    /// the next sentence, is left unaligned instead. Measured on mac-dev with three passes,
    /// strict F1 / 1-2 recall: 0: 0.915 / 0.922, 0.3: 0.916 / 0.926, 1: 0.914 / 0.922 with
    /// the transcript's fragments unaligned.
    static let nonfinalWeight = 0.3

    init(source: TokenizedSide, target: TokenizedSide) {
        sourceEndings = source.endings
        targetEndings = target.endings
        sourceClausePrefix = source.clauses.reduce(into: [0]) { $0.append($0.last! + $1) }
        targetClausePrefix = target.clauses.reduce(into: [0]) { $0.append($0.last! + $1) }
        sourceFinality = source.finality
        targetFinality = target.finality
        sourceFinalScore = Array(repeating: 0, count: source.sentenceCount)
        targetFinalScore = Array(repeating: 0, count: target.sentenceCount)
        sourceNonfinalPrefix = Array(repeating: 0, count: source.sentenceCount + 1)
        targetNonfinalPrefix = Array(repeating: 0, count: target.sentenceCount + 1)
    }

    @inline(__always)
    func score(sources: Range<Int>, targets: Range<Int>) -> Double {
        let ending = Int(sourceEndings[sources.upperBound - 1]) * SentenceForm.endingClassCount
            + Int(targetEndings[targets.upperBound - 1])
        let sourceClauses = min(Self.clauseLimit - 1, Int(sourceClausePrefix[sources.upperBound] - sourceClausePrefix[sources.lowerBound]))
        let targetClauses = min(Self.clauseLimit - 1, Int(targetClausePrefix[targets.upperBound] - targetClausePrefix[targets.lowerBound]))
        return endingScores[ending] + clauseScores[sourceClauses * Self.clauseLimit + targetClauses]
            + sourceFinalScore[sources.upperBound - 1] + sourceNonfinalPrefix[sources.upperBound - 1]
            - sourceNonfinalPrefix[sources.lowerBound]
            + targetFinalScore[targets.upperBound - 1] + targetNonfinalPrefix[targets.upperBound - 1]
            - targetNonfinalPrefix[targets.lowerBound]
    }

    /// Learns both tables from the one-to-one beads of an alignment, and the finality of
    /// each side from all its aligned beads.
    mutating func learn(from beads: [Bead]) {
        let pairs = beads.filter { $0.source.count == 1 && $0.target.count == 1 }.map { ($0.source[0], $0.target[0]) }
        guard pairs.count >= Self.minimumBeads else { return }
        learnEndings(pairs)
        learnClauses(pairs)
        let aligned = beads.filter { !$0.isUnaligned }
        (sourceFinalScore, sourceNonfinalPrefix) = Self.finalityScores(classes: sourceFinality, beads: aligned.map(\.source))
        (targetFinalScore, targetNonfinalPrefix) = Self.finalityScores(classes: targetFinality, beads: aligned.map(\.target))
    }

    /// How far a sentence's finality class makes it likelier to end its bead than sentences
    /// of one side do in general (a sentence ending in a comma or inside an open quotation
    /// rarely ends a bead): log P(ends | class) / P(ends) for the sentence that ends a bead,
    /// and log P(goes on | class) / P(goes on) for the others; the class rate smoothed toward
    /// the side's own.
    private static func finalityScores(classes: [UInt8], beads: [[Int]]) -> (final: [Double], nonfinalPrefix: [Double]) {
        let classCount = SentenceForm.finalityClassCount
        var ends = [Double](repeating: 0, count: classCount)
        var seen = [Double](repeating: 0, count: classCount)
        for bead in beads {
            for (offset, sentence) in bead.enumerated() {
                let type = Int(classes[sentence])
                seen[type] += 1
                if offset == bead.count - 1 { ends[type] += 1 }
            }
        }
        let total = seen.reduce(0, +)
        let overall = min(0.98, max(0.02, ends.reduce(0, +) / max(total, 1)))
        let cap = finalityCap
        var finalOfClass = [Double](repeating: 0, count: classCount)
        var nonfinalOfClass = [Double](repeating: 0, count: classCount)
        for type in 0..<classCount {
            let rate = (ends[type] + finalitySmoothing * overall) / (seen[type] + finalitySmoothing)
            finalOfClass[type] = min(cap, max(-cap, log(rate / overall)))
            nonfinalOfClass[type] = nonfinalWeight * min(cap, max(-cap, log((1 - rate) / (1 - overall))))
        }
        let final = classes.map { finalOfClass[Int($0)] }
        let nonfinalPrefix = classes.reduce(into: [0.0]) { $0.append($0.last! + nonfinalOfClass[Int($1)]) }
        return (final, nonfinalPrefix)
    }

    /// log P(target ending | source ending) / P(target ending), the conditional smoothed
    /// toward the marginal so that a rare ending class says little.
    private mutating func learnEndings(_ pairs: [(Int, Int)]) {
        let classes = SentenceForm.endingClassCount
        var joint = [Double](repeating: 0, count: classes * classes)
        var sourceTotals = [Double](repeating: 0, count: classes)
        var targetTotals = [Double](repeating: 0.5, count: classes)
        for (i, j) in pairs {
            let s = Int(sourceEndings[i])
            let t = Int(targetEndings[j])
            joint[s * classes + t] += 1
            sourceTotals[s] += 1
            targetTotals[t] += 1
        }
        let targetSum = targetTotals.reduce(0, +)
        let smoothing = Self.endingSmoothing
        let weight = Self.endingWeight
        for s in 0..<classes {
            for t in 0..<classes {
                let marginal = targetTotals[t] / targetSum
                let conditional = (joint[s * classes + t] + smoothing * marginal) / (sourceTotals[s] + smoothing)
                endingScores[s * classes + t] = weight * log(conditional / marginal)
            }
        }
    }

    /// Gaussian log-likelihood ratio of log((target clauses + 1) / (source clauses + 1)):
    /// the beads' own spread against that of a source sentence paired with the target of a
    /// bead a few places on (what a misplaced boundary looks like).
    private mutating func learnClauses(_ pairs: [(Int, Int)]) {
        func ratio(_ i: Int, _ j: Int) -> Double {
            let source = Double(sourceClausePrefix[i + 1] - sourceClausePrefix[i])
            let target = Double(targetClausePrefix[j + 1] - targetClausePrefix[j])
            return log((target + 1) / (source + 1))
        }
        let right = pairs.map { ratio($0.0, $0.1) }
        let offset = 3
        let wrong = pairs.indices.map { ratio(pairs[$0].0, pairs[($0 + offset) % pairs.count].1) }
        let (rightMean, rightSpread) = Self.meanAndSpread(right)
        let (wrongMean, wrongSpread) = Self.meanAndSpread(wrong)
        let weight = Self.clauseWeight
        let cap = Self.clauseCap
        for source in 0..<Self.clauseLimit {
            for target in 0..<Self.clauseLimit {
                let r = log(Double(target + 1) / Double(source + 1))
                let z = (r - rightMean) / rightSpread
                let zWrong = (r - wrongMean) / wrongSpread
                let llr = log(wrongSpread / rightSpread) - z * z / 2 + zWrong * zWrong / 2
                clauseScores[source * Self.clauseLimit + target] = weight * min(cap, max(-cap, llr))
            }
        }
    }

    /// Mean and standard deviation, the deviation floored so that one value cannot dominate.
    private static func meanAndSpread(_ values: [Double]) -> (Double, Double) {
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        return (mean, max(0.15, variance.squareRoot()))
    }
}
