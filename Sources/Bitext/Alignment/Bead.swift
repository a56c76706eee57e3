/// One unit of an alignment: contiguous source segments matched with contiguous target
/// segments. `[]:[5]` is a target segment with no source (an addition), `[3]:[]` an omission.
public struct Bead: Sendable, Hashable, Codable {
    public var source: [Int]
    public var target: [Int]
    /// Confidence in [0, 1]: how sure the aligner is that these segments translate each other.
    public var score: Double

    public init(source: [Int], target: [Int], score: Double) {
        self.source = source
        self.target = target
        self.score = score
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
