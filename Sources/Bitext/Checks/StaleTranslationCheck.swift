/// Translations that keep the text they were translated from, in HTML comments (a common
/// convention of Chinese docs teams: `<!-- English paragraph -->` above its translation),
/// checked against the current source: a kept original the source no longer has means the
/// source changed after the translation was made, so the paragraph below it is out of date.
/// Comments that are not source-language prose, that the source itself holds (an editorial
/// note copied to both), or that resemble no current source paragraph (a note the source
/// dropped) say nothing about staleness.
public struct StaleTranslationCheck: Check {
    public static let description = CheckDescription(
        id: "stale-translation", name: "Stale translation",
        summary: "The source text the translation keeps in a comment no longer matches the source: the translation is out of date.",
        defaultSeverity: .warning,
        passingExamples: [
            CheckExample(
                markdownSource: "Istio extends Kubernetes to establish a programmable, application-aware network.\n",
                markdownTarget: "<!-- Istio extends Kubernetes to establish a programmable, application-aware network. -->\nIstio 扩展了 Kubernetes，建立了一个可编程的、能感知应用程序的网络，让服务之间的通信更加安全可靠。\n"),
        ],
        failingExamples: [
            CheckExample(
                markdownSource: "Istio extends Kubernetes to establish a programmable, application-aware network.\n",
                markdownTarget: "<!-- Istio extends Kubernetes to establish a programmable network of services. -->\nIstio 扩展了 Kubernetes，建立了一个可编程的、能感知应用程序的网络，让服务之间的通信更加安全可靠。\n"),
        ])

    public init() {}

    public func run(on bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        guard let source = bitext.sourceDocument, let target = bitext.targetDocument,
              target.document.format == .markdown else { return [] }
        let sourceText = Self.normalized(source.document.blocks.map(\.text).joined(separator: "\n"))
        let blocks = target.document.blocks
        var findings: [Finding] = []
        for (index, block) in blocks.enumerated() where block.kind == .verbatim && block.text.hasPrefix("<!--") {
            for kept in Self.keptParagraphs(in: block.text)
            where Language.detect(kept) == bitext.sourceLanguage && UntranslatedCheck.isProse(kept, language: bitext.sourceLanguage)
                && !sourceText.contains(Self.normalized(kept))
            {
                // Only an original the source still has a version of: a note the source no
                // longer carries (an editor's remark, a link) says nothing about the translation.
                guard let closest = Self.closestBlock(to: kept, in: source.document.blocks) else { continue }
                let translation = blocks[(index + 1)...].first(where: \.isTranslatable)
                findings.append(finding(
                    "the source text kept in this comment has changed in the source (line \(closest.line)): the translation after it is out of date",
                    source: Finding.Side(text: closest.text, line: closest.line, file: bitext.sourcePath),
                    target: Finding.Side(text: kept + (translation.map { "\n" + $0.text } ?? ""), line: block.line, file: bitext.targetPath),
                    pair: nil, context: context))
            }
        }
        return findings
    }

    /// The paragraphs of the comments in a verbatim block, without the comment markers.
    static func keptParagraphs(in text: String) -> [String] {
        var paragraphs: [String] = []
        var rest = text[...]
        while let open = rest.range(of: "<!--") {
            let body = rest[open.upperBound...]
            let close = body.range(of: "-->")
            let inside = close.map { body[..<$0.lowerBound] } ?? body
            paragraphs += inside.components(separatedBy: "\n\n").map { String(Substring($0).trimmingWhitespace) }.filter { !$0.isEmpty }
            guard let close else { break }
            rest = body[close.upperBound...]
        }
        return paragraphs
    }

    /// Whitespace runs (line wrapping) made one space, case ignored.
    static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The translatable source block sharing most words with `kept`, if it shares at least half.
    private static func closestBlock(to kept: String, in blocks: [Block]) -> Block? {
        let words = Set(normalized(kept).split(separator: " "))
        guard !words.isEmpty else { return nil }
        let scored = blocks.filter(\.isTranslatable).map { block in
            (block, Set(normalized(block.text).split(separator: " ")).intersection(words).count)
        }
        guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 * 2 >= words.count else { return nil }
        return best.0
    }
}
