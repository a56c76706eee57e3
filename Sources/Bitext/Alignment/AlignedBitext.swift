/// A pair of aligned texts: what checks read and writers write, whether it came from
/// aligning two documents or from a bilingual file (TSV, TMX, XLIFF).
public struct AlignedBitext: Sendable {
    public var sourceLanguage: Language
    public var targetLanguage: Language
    /// Input paths, for messages and for the `file` of findings.
    public var sourcePath: String
    public var targetPath: String
    /// Every pair in order, including unaligned (1-0 and 0-1) ones.
    public var pairs: [AlignedPair]
    /// The documents the pairs were aligned from; nil for bilingual input (TSV, TMX, XLIFF).
    /// Structure checks (speakers, target-only blocks) read them.
    public var sourceDocument: SegmentedDocument?
    public var targetDocument: SegmentedDocument?
    /// The header of the bilingual file it was read from (TMX, XLIFF); nil otherwise.
    public var fileInfo: BilingualFileInfo?

    public init(sourceLanguage: Language, targetLanguage: Language, sourcePath: String, targetPath: String, pairs: [AlignedPair]) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.sourcePath = sourcePath
        self.targetPath = targetPath
        self.pairs = pairs
    }

    /// Builds the pairs of an alignment of two segmented documents.
    public init(source: SegmentedDocument, target: SegmentedDocument, alignment: Alignment) {
        let pairs = alignment.beads.enumerated().map { index, bead in
            AlignedPair(
                index: index,
                source: bead.source.map { source.segments[$0] },
                target: bead.target.map { target.segments[$0] },
                score: bead.score,
                sourceLanguage: source.language,
                targetLanguage: target.language
            )
        }
        self.init(
            sourceLanguage: source.language, targetLanguage: target.language,
            sourcePath: source.path, targetPath: target.path, pairs: pairs)
        let (sourceIsMarkdown, targetIsMarkdown) = (source.document.format == .markdown, target.document.format == .markdown)
        if sourceIsMarkdown || targetIsMarkdown {
            for index in self.pairs.indices {
                self.pairs[index].readAsMarkdown(source: sourceIsMarkdown, target: targetIsMarkdown)
            }
        }
        sourceDocument = source
        targetDocument = target
    }
}

/// One aligned unit: zero or more source segments and zero or more target segments.
public struct AlignedPair: Sendable, Hashable {
    public var index: Int
    public var source: [Segment]
    public var target: [Segment]
    public var score: Double
    /// The source segments joined the way the language joins sentences.
    public var sourceText: String
    public var targetText: String
    /// The text as a reader of the rendered page reads it (see `MarkdownProse`): what checks
    /// of words, numbers, spacing and punctuation read. The text itself except for Markdown.
    public var sourceProse: String { sourceMaskedProse ?? sourceText }
    public var targetProse: String { targetMaskedProse ?? targetText }
    private var sourceMaskedProse: String?
    private var targetMaskedProse: String?
    /// The unit of the bilingual file the pair was read from (TMX, XLIFF); nil otherwise.
    public var unit: TranslationUnitInfo? {
        get { unitBox?.unit }
        set { unitBox = newValue.map(UnitBox.init) }
    }
    /// The unit behind one reference: every check is handed its own copy of each pair, and
    /// a unit's strings, notes and attributes would otherwise be retained one by one.
    private var unitBox: UnitBox?

    /// One attribute of the pair's unit, read in place rather than through a copy of `unit`.
    public func unitAttribute(_ name: String) -> String? {
        unitBox?.unit.attributes[name]
    }

    public init(
        index: Int, source: [Segment], target: [Segment], score: Double, sourceLanguage: Language, targetLanguage: Language,
        unit: TranslationUnitInfo? = nil
    ) {
        self.unitBox = unit.map(UnitBox.init)
        self.index = index
        self.source = source
        self.target = target
        self.score = score
        self.sourceText = sourceLanguage.join(source.map(\.text))
        self.targetText = targetLanguage.join(target.map(\.text))
    }

    /// Masks the Markdown syntax of the sides read from Markdown documents.
    mutating func readAsMarkdown(source: Bool, target: Bool) {
        if source { sourceMaskedProse = MarkdownProse.masked(sourceText) }
        if target { targetMaskedProse = MarkdownProse.masked(targetText) }
    }

    /// Blanks byte ranges of each side's prose (placeholders of software strings), the way
    /// Markdown syntax is blanked, so offsets stay those of the text.
    mutating func maskProse(source sourceBytes: [Range<Int>], target targetBytes: [Range<Int>]) {
        func masked(_ text: String, _ ranges: [Range<Int>]) -> String {
            var bytes = Array(text.utf8)
            for range in ranges where range.upperBound <= bytes.count { MarkdownProse.blank(&bytes, range) }
            return String(decoding: bytes, as: UTF8.self)
        }
        if !sourceBytes.isEmpty { sourceMaskedProse = masked(sourceProse, sourceBytes) }
        if !targetBytes.isEmpty { targetMaskedProse = masked(targetProse, targetBytes) }
    }

    public var sourceLine: Int? { source.first?.line }
    public var targetLine: Int? { target.first?.line }
    public var isUnaligned: Bool { source.isEmpty || target.isEmpty }
    /// The inline codes of `sourceText`, in marker order.
    public var sourceCodes: [InlineCode] { source.flatMap(\.codes) }
    public var targetCodes: [InlineCode] { target.flatMap(\.codes) }
}

/// An immutable `TranslationUnitInfo` shared by the copies of a pair; compared and hashed by value.
private final class UnitBox: Sendable, Hashable {
    let unit: TranslationUnitInfo

    init(_ unit: TranslationUnitInfo) {
        self.unit = unit
    }

    static func == (lhs: UnitBox, rhs: UnitBox) -> Bool { lhs.unit == rhs.unit }

    func hash(into hasher: inout Hasher) { hasher.combine(unit) }
}
