/// What a check is, declared once: the catalogue (`bitext checks`), the configuration and
/// the example test all read this.
public struct CheckDescription: Sendable {
    /// Stable id used in findings, configuration and suppression comments.
    public let id: String
    public let name: String
    /// One line: what the check reports.
    public let summary: String
    public let defaultSeverity: Severity
    /// Pairs the check must accept without a finding.
    public let passingExamples: [CheckExample]
    /// Pairs on which the check must report at least one finding.
    public let failingExamples: [CheckExample]
    /// Ids of checks whose finding on a pair makes this check skip that pair, so one
    /// problem (an untranslated segment) does not cascade into many findings.
    public let prerequisites: [String]
    /// The check's typed options (`CheckOptions`), which configuration is validated against.
    public let options: CheckOptionsDeclaration

    public init(
        id: String, name: String, summary: String, defaultSeverity: Severity,
        passingExamples: [CheckExample], failingExamples: [CheckExample], prerequisites: [String] = [],
        options: CheckOptionsDeclaration = .none
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.defaultSeverity = defaultSeverity
        self.passingExamples = passingExamples
        self.failingExamples = failingExamples
        self.prerequisites = prerequisites
        self.options = options
    }
}

/// A source/target pair that illustrates a check, with the glossary it needs. A check that
/// looks across a document takes several pairs: the n-th line of `source` is paired with the
/// n-th line of `target`.
public struct CheckExample: Sendable {
    public let source: String
    public let target: String
    public let glossary: [GlossaryTerm]
    /// Set for examples that are whole Markdown documents (speaker turns, headings), which
    /// go through the real reader, segmenter and aligner.
    public let isMarkdown: Bool
    /// Attributes of the unit each pair is read from, as a bilingual file has them
    /// (`translate="no"`); empty: the pairs have no unit.
    public let unitAttributes: [String: String]
    /// The target locale each pair's unit declares (`zh-TW`), as a bilingual file does.
    public let targetLanguageTag: String?

    public init(
        _ source: String, _ target: String, glossary: [GlossaryTerm] = [], unitAttributes: [String: String] = [:],
        targetLanguageTag: String? = nil
    ) {
        self.source = source
        self.target = target
        self.glossary = glossary
        self.isMarkdown = false
        self.unitAttributes = unitAttributes
        self.targetLanguageTag = targetLanguageTag
    }

    public init(markdownSource: String, markdownTarget: String, glossary: [GlossaryTerm] = []) {
        self.source = markdownSource
        self.target = markdownTarget
        self.glossary = glossary
        self.isMarkdown = true
        self.unitAttributes = [:]
        self.targetLanguageTag = nil
    }

    /// The example as a bitext, as the example test and the catalogue run it.
    /// Languages are detected from the text unless given.
    public func bitext(sourceLanguage: Language? = nil, targetLanguage: Language? = nil) -> AlignedBitext {
        let sourceLanguage = sourceLanguage ?? Language.detect(source) ?? .english
        let targetLanguage = targetLanguage ?? Language.detect(target) ?? sourceLanguage.other
        if isMarkdown, let aligned = try? alignedMarkdown(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage) {
            return aligned
        }
        let sources = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let targets = target.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let pairs = (0..<max(sources.count, targets.count)).map { index in
            let sourceText = index < sources.count ? sources[index] : ""
            let targetText = index < targets.count ? targets[index] : ""
            return AlignedPair(
                index: index,
                source: sourceText.isEmpty ? [] : [Segment(index: index, text: sourceText, line: index + 1, block: index)],
                target: targetText.isEmpty ? [] : [Segment(index: index, text: targetText, line: index + 1, block: index)],
                score: 1, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                unit: unitAttributes.isEmpty && targetLanguageTag == nil
                    ? nil : TranslationUnitInfo(id: "\(index + 1)", targetLanguageTag: targetLanguageTag, attributes: unitAttributes))
        }
        return AlignedBitext(
            sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
            sourcePath: "example.source", targetPath: "example.target", pairs: pairs)
    }

    private func alignedMarkdown(sourceLanguage: Language, targetLanguage: Language) throws -> AlignedBitext {
        var diagnostics = Diagnostics()
        let reader = DocumentFormat.markdown.reader
        let segmenter = Segmenter()
        let source = segmenter.segment(try reader.read(self.source, path: "example.source.md", language: sourceLanguage, diagnostics: &diagnostics))
        let target = segmenter.segment(try reader.read(self.target, path: "example.target.md", language: targetLanguage, diagnostics: &diagnostics))
        return AlignedBitext(source: source, target: target, alignment: DocumentAligner().align(source: source, target: target))
    }
}

/// What every check may consult besides the bitext itself.
public struct CheckContext: Sendable {
    public var glossary: Glossary
    /// The severity findings get: the check's default unless configuration overrides it.
    public var severity: Severity
    /// The check's options as configured (nil: every option at its default).
    public var configuredOptions: (any CheckOptions)?
    /// The glossary matches of the chunk being checked, shared by the checks that read them.
    var termMatches: ChunkTermMatches?
    /// The chunk's exempt pairs, for tallies that record them (`DocumentTally.recordsExemptions`).
    var exemptPairs: CheckExemptions.ExemptPairs?
    /// The chunk's text weights and length ratio, worked out once for the checks that read
    /// them (`ReadsLengthExpectation`).
    var lengthExpectation: LengthExpectation?

    public init(glossary: Glossary = .empty, severity: Severity, options: (any CheckOptions)? = nil) {
        self.glossary = glossary
        self.severity = severity
        self.configuredOptions = options
    }

    /// The running check's options, e.g. `context.options(CJKSpacingCheck.Options.self).convention`.
    public func options<Options: CheckOptions>(_ type: Options.Type) -> Options {
        configuredOptions as? Options ?? Options()
    }
}

/// A check reads a whole bitext and returns findings about the translation.
public protocol Check: Sendable {
    static var description: CheckDescription { get }
    init()
    func run(on bitext: AlignedBitext, context: CheckContext) -> [Finding]
    /// The pairs a finding is about, which the checks naming this one as a prerequisite
    /// skip: the finding's own pair, unless one finding stands for a run of pairs.
    func pairsFlagged(by finding: Finding, in bitext: AlignedBitext, context: CheckContext) -> [Int]
}

/// A check that looks at one pair at a time.
public protocol PairCheck: Check {
    func check(_ pair: AlignedPair, in bitext: AlignedBitext, context: CheckContext) -> [Finding]
}

extension PairCheck {
    public func run(on bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        // Pairs are passed by position rather than through an iterator, which would copy
        // (retain and release) every pair's strings and arrays.
        var findings: [Finding] = []
        for position in bitext.pairs.indices {
            findings += check(bitext.pairs[position], in: bitext, context: context)
        }
        return findings
    }
}

extension Check {
    public var id: String { Self.description.id }

    public func pairsFlagged(by finding: Finding, in bitext: AlignedBitext, context: CheckContext) -> [Int] {
        finding.pair.map { [$0] } ?? []
    }

    /// A finding about one pair, with the check's id and configured severity filled in.
    /// `sourceSpans` and `targetSpans` say where in each side's text the problem is; empty
    /// means the check does not know (the finding is about the whole side).
    public func finding(
        _ message: String, pair: AlignedPair, in bitext: AlignedBitext, context: CheckContext,
        term: Finding.TermReference? = nil, sourceSpans: [Finding.Span] = [], targetSpans: [Finding.Span] = []
    ) -> Finding {
        Finding(
            check: Self.description.id,
            severity: context.severity,
            message: message,
            source: Finding.Side(
                text: pair.sourceText, line: pair.sourceLine, file: bitext.sourcePath, spans: sourceSpans.isEmpty ? nil : sourceSpans),
            target: Finding.Side(
                text: pair.targetText, line: pair.targetLine, file: bitext.targetPath, spans: targetSpans.isEmpty ? nil : targetSpans),
            term: term,
            pair: pair.index
        )
    }

    /// A finding whose sides are given explicitly: for spans of several pairs, or structure.
    /// `subject` is what its fingerprint keys on when the sides' extent is not the finding's
    /// own (see `Finding.subject`).
    public func finding(
        _ message: String, source: Finding.Side, target: Finding.Side, pair: Int?, context: CheckContext,
        term: Finding.TermReference? = nil, subject: String? = nil
    ) -> Finding {
        Finding(
            check: Self.description.id, severity: context.severity, message: message,
            source: source, target: target, term: term, pair: pair, subject: subject)
    }
}
