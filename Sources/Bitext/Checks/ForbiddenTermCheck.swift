/// Reports a target that renders a glossary term with a rendering the glossary forbids,
/// where the source says the term. `困惑` is wrong for `Perplexity` but right for
/// `confused`, so the source decides whether a target string is an error.
public struct ForbiddenTermCheck: GlossaryPairCheck {
    public static let description = CheckDescription(
        id: "forbidden-term", name: "Forbidden rendering",
        summary: "The source contains a glossary term and the target renders it with a rendering the glossary forbids.",
        defaultSeverity: .error,
        passingExamples: [
            CheckExample("Llama 3 is an open-weights model.", "Llama 3 是一个开放权重模型。", glossary: examples),
            CheckExample("I was confused by the two model names.", "我对这两个模型名称感到困惑。", glossary: examples),
            CheckExample("A Tulu is a hybrid camel.", "Tulu 是一种杂交骆驼。", glossary: examples),
        ],
        failingExamples: [
            CheckExample("The Llama license is more restrictive.", "骆驼许可证更严格。", glossary: examples),
            CheckExample("It could also be Perplexity.", "也可能是困惑。", glossary: examples),
            CheckExample("Llama 3 is an open weights model.", "骆驼 3 是一个公开举重模型。", glossary: examples),
        ])

    static let examples = [
        GlossaryTerm(sourceForms: ["Llama"], accepted: ["Llama"], forbidden: ["骆驼", "羊驼"]),
        GlossaryTerm(sourceForms: ["Perplexity"], accepted: ["Perplexity"], forbidden: ["困惑"], caseSensitive: true),
        GlossaryTerm(sourceForms: ["open weights", "open-weight"], accepted: ["开放权重"], forbidden: ["公开举重", "开放式砝码"]),
    ]

    public init() {}

    public func findings(
        for pair: AlignedPair, matches: [PairTermMatch], in bitext: AlignedBitext, context: CheckContext, matcher: TermMatcher
    ) -> [Finding] {
        var result: [Finding] = []
        for match in matches {
            let term = matcher.glossary.terms[match.term]
            var reported: Set<String> = []
            for wrong in match.forbidden where reported.insert(wrong.found).inserted {
                let preferred = term.accepted.map { "'\($0)'" }.joined(separator: " or ")
                let elsewhere = matcher.regions(using: wrong.rendering, term: match.term)
                let message = if let region = matcher.region, !elsewhere.isEmpty {
                    // Another region's word, not a mistranslation: name both regions' words.
                    "'\(match.sourceText)' is rendered as '\(wrong.found)', the glossary's \(Self.names(elsewhere)) rendering of '\(term.name)'; \(region.rawValue) uses \(preferred)"
                } else {
                    "'\(match.sourceText)' is rendered as '\(wrong.found)', which the glossary forbids for '\(term.name)'\(preferred.isEmpty ? "" : "; use \(preferred)")"
                }
                let spans = spans(term: match.term, chinese: wrong.found, in: pair, of: bitext, matcher: matcher)
                result.append(finding(
                    message,
                    pair: pair, in: bitext, context: context,
                    term: Finding.TermReference(source: term.name, found: wrong.found),
                    sourceSpans: spans.source, targetSpans: spans.target))
            }
        }
        return result
    }

    /// `zh-CN`, `zh-CN and zh-HK`.
    private static func names(_ regions: [ChineseRegion]) -> String {
        regions.map(\.rawValue).joined(separator: " and ")
    }
}
