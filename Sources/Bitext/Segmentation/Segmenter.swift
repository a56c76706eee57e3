// PLACEHOLDER until the segmentation work lands: one segment per block.
public struct Segmenter: Sendable {
    public var presegmented: Bool
    public init(presegmented: Bool = false) { self.presegmented = presegmented }
    public func segment(_ document: Document) -> SegmentedDocument {
        var segments: [Segment] = []
        var ranges: [Range<Int>] = []
        for (index, block) in document.blocks.enumerated() {
            let start = segments.count
            if block.isTranslatable {
                segments.append(Segment(index: segments.count, text: block.text, line: block.line, block: index))
            }
            ranges.append(start..<segments.count)
        }
        return SegmentedDocument(document: document, segments: segments, blockSegments: ranges)
    }
}
