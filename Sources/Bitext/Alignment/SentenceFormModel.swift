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

    init(source: TokenizedSide, target: TokenizedSide) {
        sourceEndings = source.endings
        targetEndings = target.endings
        sourceClausePrefix = source.clauses.reduce(into: [0]) { $0.append($0.last! + $1) }
        targetClausePrefix = target.clauses.reduce(into: [0]) { $0.append($0.last! + $1) }
    }

    @inline(__always)
    func score(sources: Range<Int>, targets: Range<Int>) -> Double {
        let ending = Int(sourceEndings[sources.upperBound - 1]) * SentenceForm.endingClassCount
            + Int(targetEndings[targets.upperBound - 1])
        let sourceClauses = min(Self.clauseLimit - 1, Int(sourceClausePrefix[sources.upperBound] - sourceClausePrefix[sources.lowerBound]))
        let targetClauses = min(Self.clauseLimit - 1, Int(targetClausePrefix[targets.upperBound] - targetClausePrefix[targets.lowerBound]))
        return endingScores[ending] + clauseScores[sourceClauses * Self.clauseLimit + targetClauses]
    }

    /// Learns both tables from the one-to-one beads of an alignment.
    mutating func learn(from beads: [Bead]) {
        let pairs = beads.filter { $0.source.count == 1 && $0.target.count == 1 }.map { ($0.source[0], $0.target[0]) }
        guard pairs.count >= Self.minimumBeads else { return }
        learnEndings(pairs)
        learnClauses(pairs)
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
