/// Precision, recall and F1 of one measure.
public struct PrecisionRecall: Sendable, Hashable {
    public var precision: Double
    public var recall: Double
    public var f1: Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    public init(precision: Double, recall: Double) {
        self.precision = precision
        self.recall = recall
    }
}

/// Counts behind strict and lax precision and recall. Counts of several files add up, and
/// the total score is computed from the sums (micro-average), as the literature reports it.
public struct AlignmentCounts: Sendable, Hashable {
    public var strictTruePositives = 0
    public var strictFalsePositives = 0
    public var laxTruePositives = 0
    public var laxFalsePositives = 0
    public var strictFound = 0
    public var strictMissed = 0
    public var laxFound = 0
    public var laxMissed = 0

    public init() {}

    public static func + (lhs: AlignmentCounts, rhs: AlignmentCounts) -> AlignmentCounts {
        var sum = lhs
        sum.strictTruePositives += rhs.strictTruePositives
        sum.strictFalsePositives += rhs.strictFalsePositives
        sum.laxTruePositives += rhs.laxTruePositives
        sum.laxFalsePositives += rhs.laxFalsePositives
        sum.strictFound += rhs.strictFound
        sum.strictMissed += rhs.strictMissed
        sum.laxFound += rhs.laxFound
        sum.laxMissed += rhs.laxMissed
        return sum
    }

    public var strict: PrecisionRecall {
        PrecisionRecall(
            precision: Self.ratio(strictTruePositives, strictTruePositives + strictFalsePositives),
            recall: Self.ratio(strictFound, strictFound + strictMissed))
    }

    public var lax: PrecisionRecall {
        PrecisionRecall(
            precision: Self.ratio(laxTruePositives, laxTruePositives + laxFalsePositives),
            recall: Self.ratio(laxFound, laxFound + laxMissed))
    }

    private static func ratio(_ part: Int, _ whole: Int) -> Double {
        whole == 0 ? 0 : Double(part) / Double(whole)
    }
}
