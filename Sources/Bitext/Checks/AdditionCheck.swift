/// Target text with no source: a translator's preface, a table of contents, comments
/// appended after an article, or a target far too long for its source.
public struct AdditionCheck: Check {
    public static let description = CheckDescription(
        id: "addition", name: "Addition",
        summary: "Target text has no source (a preface, a table of contents), or is far too long for it.",
        defaultSeverity: .warning,
        passingExamples: [
            CheckExample("And personally I'm just a fan of the two of them.", "就个人而言，我只是他们两个的粉丝。"),
        ],
        failingExamples: [
            CheckExample(
                "\nAnd personally I'm just a fan of the two of them.",
                "Lex Fridman 是麻省理工学院的人工智能研究员、播客主持人。\n就个人而言，我只是他们两个的粉丝。"),
        ]
    )

    public init() {}

    /// A target above this multiple of the expected length, for a target of at least
    /// `minimumTargetWeight` characters, is reported.
    static let longRatio = 3.0
    static let minimumTargetWeight = 60

    public func run(on bitext: Bitext, context: CheckContext) -> [Finding] {
        var findings = UnalignedSpan.spans(in: bitext, onlyOn: .target).map { span in
            let segments = span.segments(.target)
            let count = segments.count == 1 ? "1 target segment" : "\(segments.count) target segments"
            return finding(
                "\(count) (\(span.lineDescription(.target))) have no source text",
                source: .empty,
                target: Finding.Side(
                    text: bitext.targetLanguage.join(segments.map(\.text)), line: segments.first?.line, file: bitext.targetPath),
                pair: span.pairs.first?.index, context: context)
        }
        findings += targetOnlyContents(in: bitext, context: context)
        let expectation = LengthExpectation(bitext)
        for pair in bitext.pairs where !pair.isUnaligned {
            let actual = LengthExpectation.weight(pair.targetText)
            guard actual >= Self.minimumTargetWeight else { continue }
            let expected = expectation.expectedTargetWeight(forSource: pair.sourceText)
            if Double(actual) > max(expected, 1) * Self.longRatio {
                findings.append(finding(
                    "the translation is much longer than its source (\(actual) characters where about \(Int(expected.rounded())) are usual): text may have been added",
                    pair: pair, in: bitext, context: context))
            }
        }
        return findings
    }

    /// A table of contents is structure, not sentences, so it is in no pair; it is still
    /// text a reader of the source never saw.
    private func targetOnlyContents(in bitext: Bitext, context: CheckContext) -> [Finding] {
        guard let target = bitext.targetDocument else { return [] }
        let sourceHasContents = bitext.sourceDocument?.document.blocks.contains { $0.kind == .tableOfContents } ?? false
        guard !sourceHasContents else { return [] }
        return target.document.blocks.filter { $0.kind == .tableOfContents }.map { block in
            finding(
                "a table of contents (lines \(block.line)–\(block.endLine)) has no source",
                source: .empty, target: Finding.Side(text: block.text, line: block.line, file: bitext.targetPath),
                pair: nil, context: context)
        }
    }
}
