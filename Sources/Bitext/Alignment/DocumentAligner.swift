/// Aligns two segmented documents: the sentences of the whole document in one banded
/// dynamic programme, with the documents' structure as evidence. A bead should not cross a
/// speaker turn on one side only, and a heading with no counterpart stays unaligned; speaker
/// names themselves are not trusted (translations misattribute and misspell them).
/// Non-translatable blocks (images, links, tables of contents, code) have no segments and so
/// never take part; target text without lexical support (a translator's preface) ends up in
/// 0-1 beads rather than being forced onto source text.
public struct DocumentAligner: DocumentAligning {
    public var sentenceAligner: SentenceAligner

    public init(sentenceAligner: SentenceAligner = SentenceAligner()) {
        self.sentenceAligner = sentenceAligner
    }

    public func align(source: SegmentedDocument, target: SegmentedDocument) -> Alignment {
        sentenceAligner.align(
            source: source.segments.map(\.text), sourceLanguage: source.language,
            target: target.segments.map(\.text), targetLanguage: target.language,
            sourceStructure: Self.structure(of: source), targetStructure: Self.structure(of: target))
    }

    /// Turn starts and headings of a document's segments. Without speakers, paragraph starts
    /// stand in for turns, but only when paragraphs hold several sentences: when every segment
    /// is its own block (one sentence a line), block starts say nothing.
    public static func structure(of document: SegmentedDocument) -> SegmentStructure {
        let blocks = document.document.blocks
        let segments = document.segments
        let hasSpeakers = blocks.contains { $0.speaker != nil && $0.startsTurn }
        let translatableBlocks = document.blockSegments.filter { !$0.isEmpty }.count
        let paragraphsAreInformative = translatableBlocks > 0 && Double(segments.count) / Double(translatableBlocks) >= 1.5
        var turnStarts = [Bool](repeating: false, count: segments.count)
        var headings = [Bool](repeating: false, count: segments.count)
        for (blockIndex, range) in document.blockSegments.enumerated() where !range.isEmpty {
            let block = blocks[blockIndex]
            if hasSpeakers ? block.startsTurn : paragraphsAreInformative {
                turnStarts[range.lowerBound] = true
            }
            // A page title in front matter delimits like a heading.
            if block.kind == .heading || block.kind == .metadata {
                for segment in range { headings[segment] = true }
            }
        }
        return SegmentStructure(turnStarts: hasSpeakers || paragraphsAreInformative ? turnStarts : [], headings: headings)
    }
}
