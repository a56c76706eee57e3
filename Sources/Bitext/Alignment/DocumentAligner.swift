// PLACEHOLDER until the aligner work lands: pairs segments in order.
public struct DocumentAligner: DocumentAligning {
    public init() {}
    public func align(source: SegmentedDocument, target: SegmentedDocument) -> Alignment {
        let n = max(source.segments.count, target.segments.count)
        let beads = (0..<n).map { i in
            Bead(source: i < source.segments.count ? [i] : [], target: i < target.segments.count ? [i] : [], score: 0)
        }
        return Alignment(beads: beads)
    }
}
