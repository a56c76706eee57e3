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
            var pair = AlignedPair(
                index: index,
                source: bead.source.map { source.segments[$0] },
                target: bead.target.map { target.segments[$0] },
                score: bead.score,
                sourceLanguage: source.language,
                targetLanguage: target.language
            )
            pair.alternative = bead.alternative
            return pair
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
///
/// Its fields live in one copy-on-write box: every check is handed each pair of a chunk,
/// and a pair held field by field costs a retain and a release for each of its strings and
/// arrays on every hand-over, a box one.
public struct AlignedPair: Sendable, Hashable {
    public var index: Int {
        get { storage.fields.index }
        set { unique().fields.index = newValue }
    }
    public var source: [Segment] {
        get { storage.fields.source }
        set { unique().fields.source = newValue }
    }
    public var target: [Segment] {
        get { storage.fields.target }
        set { unique().fields.target = newValue }
    }
    public var score: Double {
        get { storage.fields.score }
        set { unique().fields.score = newValue }
    }
    /// For a pair the aligner doubts, the likeliest other bead for some of its sentences
    /// (segment indices); nil otherwise and for bilingual input.
    public var alternative: BeadAlternative? {
        get { storage.fields.alternative }
        set { unique().fields.alternative = newValue }
    }
    /// The source segments joined the way the language joins sentences.
    public var sourceText: String {
        get { storage.fields.sourceText }
        set { unique().fields.sourceText = newValue }
    }
    public var targetText: String {
        get { storage.fields.targetText }
        set { unique().fields.targetText = newValue }
    }
    /// The text as a reader of the rendered page reads it (see `MarkdownProse`): what checks
    /// of words, numbers, spacing and punctuation read. The text itself except for Markdown.
    public var sourceProse: String { storage.fields.sourceMaskedProse ?? storage.fields.sourceText }
    public var targetProse: String { storage.fields.targetMaskedProse ?? storage.fields.targetText }
    /// The unit of the bilingual file the pair was read from (TMX, XLIFF); nil otherwise.
    public var unit: TranslationUnitInfo? {
        get { storage.fields.unit }
        set { unique().fields.unit = newValue }
    }

    private var storage: Storage

    /// One attribute of the pair's unit, read in place rather than through a copy of `unit`.
    public func unitAttribute(_ name: String) -> String? {
        storage.fields.unit?.attributes[name]
    }

    public init(
        index: Int, source: [Segment], target: [Segment], score: Double, sourceLanguage: Language, targetLanguage: Language,
        unit: TranslationUnitInfo? = nil
    ) {
        storage = Storage(Storage.Fields(
            index: index, source: source, target: target, score: score,
            sourceText: sourceLanguage.join(source.map(\.text)), targetText: targetLanguage.join(target.map(\.text)), unit: unit))
    }

    /// The box, copied first if another pair shares it.
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        return storage
    }

    public static func == (lhs: AlignedPair, rhs: AlignedPair) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
    }

    /// Masks the Markdown syntax of the sides read from Markdown documents.
    mutating func readAsMarkdown(source: Bool, target: Bool) {
        if source { unique().fields.sourceMaskedProse = MarkdownProse.masked(sourceText) }
        if target { unique().fields.targetMaskedProse = MarkdownProse.masked(targetText) }
    }

    /// Blanks byte ranges of each side's prose (placeholders of software strings), the way
    /// Markdown syntax is blanked, so offsets stay those of the text.
    mutating func maskProse(source sourceBytes: [Range<Int>], target targetBytes: [Range<Int>]) {
        func masked(_ text: String, _ ranges: [Range<Int>]) -> String {
            var bytes = Array(text.utf8)
            for range in ranges where range.upperBound <= bytes.count { MarkdownProse.blank(&bytes, range) }
            return String(decoding: bytes, as: UTF8.self)
        }
        if !sourceBytes.isEmpty { unique().fields.sourceMaskedProse = masked(sourceProse, sourceBytes) }
        if !targetBytes.isEmpty { unique().fields.targetMaskedProse = masked(targetProse, targetBytes) }
    }

    public var sourceLine: Int? { source.first?.line }
    public var targetLine: Int? { target.first?.line }
    public var isUnaligned: Bool { source.isEmpty || target.isEmpty }
    /// The inline codes of `sourceText`, in marker order.
    public var sourceCodes: [InlineCode] { source.flatMap(\.codes) }
    public var targetCodes: [InlineCode] { target.flatMap(\.codes) }
}

/// The fields of an `AlignedPair`, boxed. Mutated only through `AlignedPair.unique()`, on a
/// box no other pair holds, which is what makes sharing boxes between threads safe.
private final class Storage: @unchecked Sendable {
    var fields: Fields

    init(_ fields: Fields) {
        self.fields = fields
    }

    struct Fields: Hashable {
        var index: Int
        var source: [Segment]
        var target: [Segment]
        var score: Double
        var sourceText: String
        var targetText: String
        var sourceMaskedProse: String?
        var targetMaskedProse: String?
        var unit: TranslationUnitInfo?
        var alternative: BeadAlternative?
    }
}
