/// A source document, its translation, and their alignment: what `bitext align` produces.
public struct AlignedDocumentPair: Sendable {
    public var source: SegmentedDocument
    public var target: SegmentedDocument
    public var alignment: Alignment

    public init(source: SegmentedDocument, target: SegmentedDocument, alignment: Alignment) {
        self.source = source
        self.target = target
        self.alignment = alignment
    }

    /// Loads, segments and aligns two files.
    /// - Parameter presegmented: the files hold one sentence per line (as alignment corpora do).
    /// - Throws: `InputError` naming the file that cannot be read or decoded.
    public static func load(
        sourcePath: String, targetPath: String, presegmented: Bool = false, encoding: TextEncoding? = nil,
        aligner: any DocumentAligning = DocumentAligner(), diagnostics: inout Diagnostics
    ) throws -> AlignedDocumentPair {
        let segmenter = Segmenter(presegmented: presegmented)
        let source = segmenter.segment(
            try DocumentLoader.load(path: sourcePath, encoding: encoding, diagnostics: &diagnostics))
        let target = segmenter.segment(
            try DocumentLoader.load(path: targetPath, encoding: encoding, diagnostics: &diagnostics))
        return AlignedDocumentPair(source: source, target: target, alignment: aligner.align(source: source, target: target))
    }

    public var bitext: Bitext { Bitext(source: source, target: target, alignment: alignment) }
}
