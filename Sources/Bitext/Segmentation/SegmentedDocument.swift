/// One sentence (or one given line, when presegmented) of a document.
public struct Segment: Sendable, Hashable, Codable {
    /// Position in the document's segment list; bead indices refer to it.
    public var index: Int
    public var text: String
    /// 1-based line in the input file where the segment starts.
    public var line: Int
    /// Index of the block it comes from in `Document.blocks`.
    public var block: Int

    public init(index: Int, text: String, line: Int, block: Int) {
        self.index = index
        self.text = text
        self.line = line
        self.block = block
    }
}

/// A document with its translatable blocks split into segments.
public struct SegmentedDocument: Sendable {
    public var document: Document
    public var segments: [Segment]
    /// For each block, the range of its segments in `segments` (empty for structure-only blocks).
    public var blockSegments: [Range<Int>]

    public init(document: Document, segments: [Segment], blockSegments: [Range<Int>]) {
        self.document = document
        self.segments = segments
        self.blockSegments = blockSegments
    }

    public var language: Language { document.language }
    public var path: String { document.path }
}
