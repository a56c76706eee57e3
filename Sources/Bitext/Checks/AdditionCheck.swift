/// Target text with no source: a translator's preface, comments appended after an article,
/// a section the source lacks, or a target far too long for its source. Navigation the
/// translator built over the same content — headings that divide a source that has none,
/// a table of contents listing them — is structure, not added text: a reviewer keeps it.
public struct AdditionCheck: Check, ReadsLengthExpectation {
    public static let description = CheckDescription(
        id: "addition", name: "Addition",
        summary: "Target text has no source (a preface, an extra section), or is far too long for it.",
        defaultSeverity: .warning,
        passingExamples: [
            CheckExample("time;timer;alarm;world clock;", "time;timer;alarm;world clock;时间;计时器;闹钟;世界时钟;"),
            CheckExample("And personally I'm just a fan of the two of them.", "就个人而言，我只是他们两个的粉丝。"),
        ],
        failingExamples: [
            CheckExample(
                "\nAnd personally I'm just a fan of the two of them.",
                "Lex Fridman 是麻省理工学院的人工智能研究员、播客主持人。\n就个人而言，我只是他们两个的粉丝。"),
        ],
        prerequisites: ["alignment"]
    )

    public init() {}

    /// A target above this multiple of the expected length, for a target of at least
    /// `minimumTargetWeight` characters, is reported.
    static let longRatio = 3.0
    static let minimumTargetWeight = 60

    public func run(on bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        let spans = UnalignedSpan.spans(in: bitext, onlyOn: .target)
        let headingSpans = spans.filter { isHeadingsOnly($0, in: bitext) }
        var findings = spans.filter { !isHeadingsOnly($0, in: bitext) }.map { span in
            let segments = span.segments(.target)
            let count = segments.count == 1 ? "1 target segment has" : "\(segments.count) target segments have"
            return finding(
                "\(count) no source text (\(span.lineDescription(.target)))",
                source: .empty,
                target: Finding.Side(
                    text: bitext.targetLanguage.join(segments.map(\.text)), line: segments.first?.line, file: bitext.targetPath),
                pair: span.pairs.first?.index, context: context)
        }
        if sourceHasHeadings(bitext) {
            findings += addedHeadings(headingSpans, in: bitext, context: context)
        }
        let expectation = context.lengthExpectation(of: bitext)
        for (position, weights) in expectation.weights.enumerated() where !bitext.pairs[position].isUnaligned {
            let actual = weights.target
            guard actual >= Self.minimumTargetWeight else { continue }
            let expected = expectation.expectedTargetWeight(forSourceWeight: weights.source)
            if Double(actual) > max(expected, 1) * Self.longRatio {
                let pair = bitext.pairs[position]
                if Self.isKeywordList(pair.sourceText) { continue }
                findings.append(finding(
                    "the translation is much longer than its source (\(actual) characters where about \(Int(expected.rounded())) are usual): text may have been added",
                    pair: pair, in: bitext, context: context))
            }
        }
        return findings
    }

    /// `time;timer;alarm;`: a desktop entry's search keywords, to which translators add their
    /// language's words and keep the English ones, as the freedesktop specification invites.
    static func isKeywordList(_ text: String) -> Bool {
        // Asked of every pair: the last byte settles nearly all of them.
        guard text.utf8.last(where: { $0 != 0x20 && $0 != 0x09 }) == UInt8(ascii: ";") else { return false }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix(";") else { return false }
        let words = trimmed.dropLast().split(separator: ";", omittingEmptySubsequences: false)
        return words.count >= 2 && words.allSatisfy { !$0.isEmpty && $0.count <= 40 }
    }

    /// Section headings a translator added are one finding for the document: they are
    /// reported, but twenty-five of them are one decision, not twenty-five problems.
    private func addedHeadings(_ spans: [UnalignedSpan], in bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        let segments = spans.flatMap { $0.segments(.target) }
        guard let first = segments.first else { return [] }
        let lines = segments.map { String($0.line) }.joined(separator: ", ")
        let count = segments.count == 1 ? "1 section heading has" : "\(segments.count) section headings have"
        return [finding(
            "\(count) no source text (line\(segments.count == 1 ? "" : "s") \(lines))",
            source: .empty,
            target: Finding.Side(text: segments.map(\.text).joined(separator: " / "), line: first.line, file: bitext.targetPath),
            pair: spans.first?.pairs.first?.index, context: context)]
    }

    private func isHeadingsOnly(_ span: UnalignedSpan, in bitext: AlignedBitext) -> Bool {
        guard let blocks = bitext.targetDocument?.document.blocks else { return false }
        return span.segments(.target).allSatisfy { blocks[$0.block].kind == .heading }
    }

    /// Whether the source is divided into sections at all: a heading added to a structured
    /// page opens a section the source lacks (an extra section of a docs page), while
    /// headings over a flat source (a transcript) only divide the same content. A source read
    /// from a bilingual file has no document and no headings to compare with.
    private func sourceHasHeadings(_ bitext: AlignedBitext) -> Bool {
        bitext.sourceDocument?.document.blocks.contains { $0.kind == .heading } ?? true
    }
}
