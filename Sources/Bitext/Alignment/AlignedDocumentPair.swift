import Foundation

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

    public var bitext: AlignedBitext { AlignedBitext(source: source, target: target, alignment: alignment) }
}
