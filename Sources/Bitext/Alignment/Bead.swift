/// One unit of an alignment: contiguous source segments matched with contiguous target
/// segments. `[]:[5]` is a target segment with no source (an addition), `[3]:[]` an omission.
public struct Bead: Sendable, Hashable, Codable {
    public var source: [Int]
    public var target: [Int]
    /// Confidence in [0, 1]: the probability that this bead is right (these segments
    /// translate each other, and no more or fewer of them).
    public var score: Double
    /// For a doubtful bead, the likeliest rival bead; nil for a confident one.
    public var alternative: BeadAlternative?

    public init(source: [Int], target: [Int], score: Double, alternative: BeadAlternative? = nil) {
        self.source = source
        self.target = target
        self.score = score
        self.alternative = alternative
    }

    public var isUnaligned: Bool { source.isEmpty || target.isEmpty }
}

/// A complete alignment of two segment lists: beads in order, together covering every
/// segment of both sides exactly once.
public struct Alignment: Sendable, Hashable {
    public var beads: [Bead]

    public init(beads: [Bead]) {
        self.beads = beads
    }
}

/// Aligns two segmented documents. Implementations align structure first (sections,
/// turns, paragraphs), then sentences inside, and never force target-only blocks onto
/// source text.
public protocol DocumentAligning: Sendable {
    func align(source: SegmentedDocument, target: SegmentedDocument) -> Alignment
}

extension Alignment {
    /// Beads scored below this are worth a reviewer's look: the aligner was unsure the
    /// sentences translate each other (or, for 1-0/0-1 beads, that they have no counterpart).
    public static let lowConfidenceThreshold = 0.5
    /// Beads scored below this carry their likeliest rival (`Bead.alternative`).
    public static let alternativeThreshold = 0.8

    /// Indices (into `beads`) of the beads whose confidence is below `threshold`, in order.
    public func lowConfidenceBeads(threshold: Double = Alignment.lowConfidenceThreshold) -> [Int] {
        beads.indices.filter { beads[$0].score < threshold }
    }

    /// Whether the beads are in order and cover `0..<sourceCount` and `0..<targetCount`
    /// each exactly once, every bead taking at least one segment.
    public func isComplete(sourceCount: Int, targetCount: Int) -> Bool {
        var nextSource = 0
        var nextTarget = 0
        for bead in beads {
            guard !(bead.source.isEmpty && bead.target.isEmpty) else { return false }
            for index in bead.source {
                guard index == nextSource else { return false }
                nextSource += 1
            }
            for index in bead.target {
                guard index == nextTarget else { return false }
                nextTarget += 1
            }
        }
        return nextSource == sourceCount && nextTarget == targetCount
    }
}
