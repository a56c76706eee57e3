/// Running counts of turn starts and headings over one side's segments, so the aligner asks
/// "how many in this range" in constant time for every bead hypothesis it scores.
struct StructureCounts: Sendable {
    /// `turnsBefore[s]`: segments among `0..<s` that start a turn; likewise for headings.
    private let turnsBefore: [Int]
    private let headingsBefore: [Int]

    init(_ structure: SegmentStructure, segmentCount: Int) {
        var turns = [0]
        var headings = [0]
        turns.reserveCapacity(segmentCount + 1)
        headings.reserveCapacity(segmentCount + 1)
        for segment in 0..<segmentCount {
            turns.append(turns[segment] + (structure.startsTurn(segment) ? 1 : 0))
            headings.append(headings[segment] + (structure.isHeading(segment) ? 1 : 0))
        }
        turnsBefore = turns
        headingsBefore = headings
    }

    /// Segments of `range` after its first that start a turn.
    @inline(__always)
    func turnStarts(after range: Range<Int>) -> Int {
        range.isEmpty ? 0 : turnsBefore[range.upperBound] - turnsBefore[range.lowerBound + 1]
    }

    @inline(__always)
    func containsHeading(_ range: Range<Int>) -> Bool {
        headingsBefore[range.upperBound] > headingsBefore[range.lowerBound]
    }
}
