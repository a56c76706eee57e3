/// Everything one run produced: the aligned bitext, the documents it came from (absent for
/// bilingual input such as TSV), findings about the translation and diagnostics about the input.
public struct AuditResult: Sendable {
    public var bitext: Bitext
    public var source: SegmentedDocument?
    public var target: SegmentedDocument?
    public var findings: [Finding]
    public var diagnostics: [Diagnostic]
    /// The glossary the pairs were checked against, so that reports can show how each term
    /// was rendered, rightly or wrongly; empty when none was given.
    public var glossary: Glossary

    public init(
        bitext: Bitext, source: SegmentedDocument?, target: SegmentedDocument?, findings: [Finding], diagnostics: [Diagnostic],
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
