/// One sentence (or one given line, when presegmented) of a document.
public struct Segment: Sendable, Hashable, Codable {
    /// Position in the document's segment list; bead indices refer to it.
    public var index: Int
    public var text: String
    /// 1-based line in the input file where the segment starts.
    public var line: Int
    /// Index of the block it comes from in `Document.blocks`.
    public var block: Int
    /// The inline codes of an exchange-format segment, one per `InlineCode.marker` in
    /// `text`, in order; empty for documents.
    public var codes: [InlineCode]

    public init(index: Int, text: String, line: Int, block: Int, codes: [InlineCode] = []) {
        self.index = index
        self.text = text
        self.line = line
        self.block = block
        self.codes = codes
    }

    private enum CodingKeys: String, CodingKey {
        case index, text, line, block, codes
    }

    /// Segments encoded before codes existed have no `codes` key.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        index = try container.decode(Int.self, forKey: .index)
        text = try container.decode(String.self, forKey: .text)
        line = try container.decode(Int.self, forKey: .line)
        block = try container.decode(Int.self, forKey: .block)
        codes = try container.decodeIfPresent([InlineCode].self, forKey: .codes) ?? []
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
