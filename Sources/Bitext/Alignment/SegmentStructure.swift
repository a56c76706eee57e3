/// Structural facts about the segments of one side that the sentence aligner weighs: where
/// speaker turns begin and which segments are headings. Empty arrays mean "not known".
public struct SegmentStructure: Sendable, Hashable {
    /// `turnStarts[s]`: segment `s` opens a speaker turn (or, without speakers, a paragraph).
    public let turnStarts: [Bool]
    /// `headings[s]`: segment `s` is a heading.
    public let headings: [Bool]

    /// Whether any segment starts a turn / is a heading (stored: the aligner asks per bead).
    let hasTurns: Bool
    let hasHeadings: Bool

    public init(turnStarts: [Bool] = [], headings: [Bool] = []) {
        self.turnStarts = turnStarts
        self.headings = headings
        hasTurns = turnStarts.contains(true)
        hasHeadings = headings.contains(true)
    }

    public static let unknown = SegmentStructure()

    func startsTurn(_ segment: Int) -> Bool { segment < turnStarts.count && turnStarts[segment] }
    func isHeading(_ segment: Int) -> Bool { segment < headings.count && headings[segment] }
}
