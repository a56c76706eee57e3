/// How well bead confidences tell right beads from wrong ones: the ROC AUC (the chance that
/// a right bead scores above a wrong one, ties counting half) and a calibration table (per
/// tenth of the score range, how many beads and what share of them are right). A confidence
/// is worth reporting only if both say it means what it claims.
public struct ConfidenceSeparation: Sendable, Hashable {
    /// One test bead's confidence and whether the identical bead is in the gold.
    public struct Outcome: Sendable, Hashable {
        public var score: Double
        public var isCorrect: Bool

        public init(score: Double, isCorrect: Bool) {
            self.score = score
            self.isCorrect = isCorrect
        }
    }

    /// Beads whose score falls in `lower..<upper` (the last bin includes 1).
    public struct Bin: Sendable, Hashable {
        public var lower: Double
        public var upper: Double
        public var beads: Int
        public var correct: Int

        public var correctShare: Double? { beads == 0 ? nil : Double(correct) / Double(beads) }
    }

    public var outcomes: [Outcome]

    public init(_ outcomes: [Outcome]) {
        self.outcomes = outcomes
    }

    /// Outcomes of the test beads against the gold: right means exactly a gold bead.
    public init(gold: [Bead], test: [Bead]) {
        let goldBeads = Set(gold.map { [$0.source, $0.target] })
        self.init(test.map { Outcome(score: $0.score, isCorrect: goldBeads.contains([$0.source, $0.target])) })
    }

    /// Mann–Whitney estimate of the ROC AUC; nil when one class is empty.
    public var auc: Double? {
        let positives = outcomes.filter(\.isCorrect).count
        let negatives = outcomes.count - positives
        guard positives > 0, negatives > 0 else { return nil }
        let sorted = outcomes.sorted { $0.score < $1.score }
        var positiveRankSum = 0.0
        var start = 0
        while start < sorted.count {
            var end = start
            while end < sorted.count && sorted[end].score == sorted[start].score { end += 1 }
            // Tied scores share the mean of their 1-based ranks.
            let rank = Double(start + 1 + end) / 2
            positiveRankSum += rank * Double(sorted[start..<end].filter(\.isCorrect).count)
            start = end
        }
        let positiveCount = Double(positives)
        return (positiveRankSum - positiveCount * (positiveCount + 1) / 2) / (positiveCount * Double(negatives))
    }

    /// Ten bins of width 0.1 from 0 to 1.
    public var calibration: [Bin] {
        var bins = (0..<10).map { Bin(lower: Double($0) / 10, upper: Double($0 + 1) / 10, beads: 0, correct: 0) }
        for outcome in outcomes {
            let index = min(9, max(0, Int(outcome.score * 10)))
            bins[index].beads += 1
            if outcome.isCorrect { bins[index].correct += 1 }
        }
        return bins
    }

    public static func + (lhs: ConfidenceSeparation, rhs: ConfidenceSeparation) -> ConfidenceSeparation {
        ConfidenceSeparation(lhs.outcomes + rhs.outcomes)
    }
}
