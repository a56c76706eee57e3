/// Everything one run produced: the aligned bitext, the documents it came from (absent for
/// bilingual input such as TSV), findings about the translation and diagnostics about the input.
public struct AuditResult: Sendable {
    public var bitext: Bitext
    public var source: SegmentedDocument?
    public var target: SegmentedDocument?
    public var findings: [Finding]
    public var diagnostics: [Diagnostic]

    public init(bitext: Bitext, source: SegmentedDocument?, target: SegmentedDocument?, findings: [Finding], diagnostics: [Diagnostic]) {
        self.bitext = bitext
        self.source = source
        self.target = target
        self.findings = findings
        self.diagnostics = diagnostics
    }
}
