/// Everything one run produced: the aligned bitext, the documents it came from (absent for
/// bilingual input such as TSV), findings about the translation and diagnostics about the input.
public struct AuditResult: Sendable {
    public var bitext: AlignedBitext
    public var source: SegmentedDocument?
    public var target: SegmentedDocument?
    public var findings: [Finding]
    public var diagnostics: [Diagnostic]
    /// The pair counts of a bilingual file checked in chunks (`Auditor.checkChunkSize`),
    /// whose pairs `bitext` no longer holds; nil when `bitext` has every pair.
    public var streamedCounts: StreamedPairCounts?
    /// The glossary the pairs were checked against, so that reports can show how each term
    /// was rendered, rightly or wrongly; empty when none was given.
    public var glossary: Glossary
    /// The glossary matches the checks worked out, one list per pair of `bitext`; nil when
    /// they were not kept (a report then matches the pairs itself).
    public var termMatches: [[PairTermMatch]]?
    /// Findings a `bitext-disable` comment of the target silenced, by check id.
    public var suppressedByCheck: [String: Int] = [:]

    public init(
        bitext: AlignedBitext, source: SegmentedDocument?, target: SegmentedDocument?, findings: [Finding], diagnostics: [Diagnostic],
        glossary: Glossary = .empty
    ) {
        self.bitext = bitext
        self.source = source
        self.target = target
        self.findings = findings
        self.diagnostics = diagnostics
        self.glossary = glossary
    }
}

/// What the summary counts of a bitext whose pairs were checked and dropped chunk by chunk.
public struct StreamedPairCounts: Sendable, Hashable {
    public var pairs = 0
    public var alignedPairs = 0
    public var unalignedSourceSegments = 0
    public var unalignedTargetSegments = 0
    public var sourceSegments = 0
    public var targetSegments = 0

    public init() {}

    mutating func add(_ pairs: [AlignedPair]) {
        for pair in pairs {
            self.pairs += 1
            if !pair.isUnaligned { alignedPairs += 1 }
            if pair.target.isEmpty { unalignedSourceSegments += pair.source.count }
            if pair.source.isEmpty { unalignedTargetSegments += pair.target.count }
            sourceSegments += pair.source.count
            targetSegments += pair.target.count
        }
    }
}
