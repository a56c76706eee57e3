/// The promise that nothing the user gave is lost between reading and alignment, as checks
/// the fuzzers and property tests run: segmentation may only change whitespace (a soft line
/// break becomes a space or nothing), and an alignment must place every segment of both
/// sides in exactly one bead, in order. Each function returns a description of the first
/// violation, or nil when the promise holds.
enum TextConservation {
    /// The scalars of `text` that are not whitespace: what segmentation must keep, in order.
    static func significantScalars<S: StringProtocol>(_ text: S) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { !$0.isSpaceOrNewline }
    }

    /// Whether the segments of every translatable block hold exactly that block's
    /// non-whitespace text, in order, no segment is empty or untrimmed, and segment indices
    /// and block ranges are consecutive.
    static func segmentationViolation(in document: SegmentedDocument) -> String? {
        guard document.blockSegments.count == document.document.blocks.count else {
            return "\(document.blockSegments.count) segment ranges for \(document.document.blocks.count) blocks"
        }
        var nextSegment = 0
        for (blockIndex, block) in document.document.blocks.enumerated() {
            let range = document.blockSegments[blockIndex]
            guard range.lowerBound == nextSegment, range.upperBound <= document.segments.count else {
                return "block \(blockIndex) has segments \(range), expected to start at \(nextSegment)"
            }
            nextSegment = range.upperBound
            if !block.isTranslatable {
                if !range.isEmpty { return "structure block \(blockIndex) (\(block.kind)) has segments" }
                continue
            }
            var kept: [Unicode.Scalar] = []
            for segmentIndex in range {
                let segment = document.segments[segmentIndex]
                guard segment.index == segmentIndex, segment.block == blockIndex else {
                    return "segment \(segmentIndex) is numbered \(segment.index) in block \(segment.block), expected block \(blockIndex)"
                }
                guard let first = segment.text.unicodeScalars.first, let last = segment.text.unicodeScalars.last,
                    !first.isSpaceOrNewline, !last.isSpaceOrNewline
                else {
                    return "segment \(segmentIndex) is empty or not trimmed: \(segment.text.debugDescription)"
                }
                guard (block.line...max(block.line, block.endLine)).contains(segment.line) else {
                    return "segment \(segmentIndex) is on line \(segment.line), outside its block's lines \(block.line)-\(block.endLine)"
                }
                kept += significantScalars(segment.text)
            }
            if kept != significantScalars(block.text) {
                return "the segments of block \(blockIndex) (line \(block.line)) do not hold its text: "
                    + "\(String(String.UnicodeScalarView(kept)).debugDescription) for \(block.text.debugDescription)"
            }
        }
        guard nextSegment == document.segments.count else {
            return "\(document.segments.count - nextSegment) segments belong to no block"
        }
        return nil
    }

    /// Whether the beads cover both sides' segments exactly once and in order, and the
    /// pairs built from them carry every segment's text.
    static func alignmentViolation(_ alignment: Alignment, source: SegmentedDocument, target: SegmentedDocument) -> String? {
        guard alignment.isComplete(sourceCount: source.segments.count, targetCount: target.segments.count) else {
            return "the beads do not cover \(source.segments.count) source and \(target.segments.count) target segments once, in order"
        }
        for bead in alignment.beads where !(0...1).contains(bead.score) || bead.score.isNaN {
            return "bead \(bead.source):\(bead.target) has score \(bead.score), outside [0, 1]"
        }
        let bitext = AlignedBitext(source: source, target: target, alignment: alignment)
        let sourceTexts = bitext.pairs.flatMap { $0.source.map(\.text) }
        let targetTexts = bitext.pairs.flatMap { $0.target.map(\.text) }
        guard sourceTexts == source.segments.map(\.text), targetTexts == target.segments.map(\.text) else {
            return "the pairs do not carry the segments' text in order"
        }
        return nil
    }
}
