/// Reports a glossary term in the source whose target has none of its accepted renderings.
///
/// A target with a forbidden rendering is left to `forbidden-term`, so one wrong rendering
/// gives one finding, not two. A target that keeps the English form (`Llama`) has the term.
/// Pairs with no target are omissions, reported by the alignment checks, not here. A
/// multi-word term's rendering with a particle between its words (上下文的长度 for the
/// accepted 上下文长度, "context length") is the rendering, as Chinese grammar allows.
public struct TermMissingCheck: GlossaryPairCheck {
    public static let description = CheckDescription(
        id: "term-missing", name: "Missing glossary term",
        summary: "The source contains a glossary term but the target has none of its accepted renderings.",
        defaultSeverity: .warning,
        passingExamples: [
            CheckExample("DeepSeek V3 is a mixture of experts model.", "DeepSeek V3 是一个混合专家模型。", glossary: examples),
            CheckExample("Mixtures of experts route tokens.", "混合专家模型对词元进行路由。", glossary: examples),
            CheckExample("The experts agree.", "专家们同意。", glossary: examples),
            CheckExample("Want on them, especially at the context length increase.", "想要他们，尤其是在上下文的长度增加的时候。", glossary: examples),
        ],
        failingExamples: [
            CheckExample("DeepSeek V3 is a mixture of experts model.", "DeepSeek V3 是一个由许多专家组成的模型。", glossary: examples),
            CheckExample("Everyone uses NCCL for communication.", "每个人都用它来通信。", glossary: examples),
            CheckExample("Especially at the context length increase.", "尤其是在上下文的时间长度增加的时候。", glossary: examples),
        ],
        prerequisites: ["alignment", "redaction"])

    static let examples = [
        GlossaryTerm(sourceForms: ["mixture of experts", "MoE"], accepted: ["混合专家", "专家混合"], forbidden: ["专家的混合"]),
        GlossaryTerm(sourceForms: ["DeepSeek", "Deep Seq"], accepted: ["DeepSeek", "深度求索"], forbidden: ["深海", "深度探索"]),
        GlossaryTerm(sourceForms: ["NCCL"], accepted: ["NCCL"], forbidden: ["镍币"], caseSensitive: true),
        GlossaryTerm(sourceForms: ["context length"], accepted: ["上下文长度"]),
    ]

    public init() {}

    public func findings(
        for pair: AlignedPair, matches: [PairTermMatch], in bitext: AlignedBitext, context: CheckContext, matcher: TermMatcher
    ) -> [Finding] {
        guard !pair.isUnaligned else { return [] }
        return matches.compactMap { match in
            let term = matcher.glossary.terms[match.term]
            guard !term.accepted.isEmpty, match.targetMatches.isEmpty, !Self.isKeptEverydayWord(match.sourceText, term: term),
                  !rendersInCode(match.term, pair: pair, bitext: bitext, matcher: matcher),
                  !Self.rendersWithParticle(term, sourceText: match.sourceText, chinese: bitext.targetLanguage == .chinese ? pair.targetProse : pair.sourceProse)
            else { return nil }
            let regional = matcher.region.flatMap { region in term.regional[region]?.accepted.isEmpty == false ? " (\(region.rawValue))" : nil } ?? ""
            let expected = term.accepted.map { "'\($0)'" }.joined(separator: " or ") + regional
            let spans = spans(term: match.term, chinese: nil, in: pair, of: bitext, matcher: matcher)
            return finding(
                "'\(match.sourceText)' (glossary term '\(term.name)') has no rendering in the Chinese text; expected \(expected)",
                pair: pair, in: bitext, context: context, term: Finding.TermReference(source: term.name),
                sourceSpans: spans.source, targetSpans: spans.target)
        }
    }

    /// Whether the source says an everyday English word (`if`, `and`, `is`) that the term
    /// keeps as written: a code keyword such as Python's, which prose uses as English. The
    /// keyword itself stands in code, which is not matched; in prose there is nothing to keep.
    /// Any inflection or capital counts (`Raised`, `If`): none of them is the keyword.
    /// Only a term all of whose forms are such words: `NCCL` kept, said as "nickel", is missing.
    static func isKeptEverydayWord(_ sourceText: String, term: GlossaryTerm) -> Bool {
        term.sourceForms.allSatisfy { kept in
            term.accepted.contains(kept) && DictionaryEnglishWords.translates(kept.lowercased())
                && (kept == kept.lowercased() || sourceText != kept)
        }
    }

    /// Particles Chinese puts between the words of a noun phrase: 上下文的长度, 专家之混合.
    private static let particles: [Unicode.Scalar] = ["的", "之"]

    /// Whether the Chinese text has an accepted rendering of a multi-word term with a particle
    /// between two of its parts, each part at least two characters long. A form the glossary
    /// forbids is never one (`专家的混合` may be listed as wrong for 专家混合). Text and
    /// glossary are compared in Simplified script, as term matching compares them
    /// (上下文的長度 in a Traditional translation renders 上下文长度).
    static func rendersWithParticle(_ term: GlossaryTerm, sourceText: String, chinese: String) -> Bool {
        guard sourceText.contains(where: { $0 == " " || $0 == "-" }), chinese.unicodeScalars.contains(where: { particles.contains($0) }) else { return false }
        let converter = ChineseScriptConverter.toSimplified
        func normalized(_ text: String) -> [Unicode.Scalar] { ChineseText.normalized(converter?.convert(text) ?? text) }
        let text = String(String.UnicodeScalarView(normalized(chinese)))
        let forbidden = Set(term.forbidden.map(normalized))
        for rendering in term.accepted {
            let scalars = normalized(rendering)
            guard scalars.count >= 4, scalars.allSatisfy(\.isHan) else { continue }
            for split in 2...(scalars.count - 2) {
                for particle in particles {
                    let variant = Array(scalars[..<split]) + [particle] + Array(scalars[split...])
                    if !forbidden.contains(variant), text.contains(String(String.UnicodeScalarView(variant))) { return true }
                }
            }
        }
        return false
    }

    /// Whether the Chinese side has the term where prose matching does not look: in inline
    /// code (`` `DestinationRule` `` for "destination rule"), as a docs translator writes
    /// resource kinds.
    private func rendersInCode(_ term: Int, pair: AlignedPair, bitext: AlignedBitext, matcher: TermMatcher) -> Bool {
        let (prose, text) = bitext.targetLanguage == .chinese ? (pair.targetProse, pair.targetText) : (pair.sourceProse, pair.sourceText)
        guard prose != text else { return false }
        return matcher.targetMatches(forTerms: [term], in: text).contains { $0.kind != .forbidden }
    }
}
