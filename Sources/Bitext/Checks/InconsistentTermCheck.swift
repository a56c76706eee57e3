import Foundation

/// Reports terms rendered several ways in one document, and renderings shared by several
/// terms. With a glossary, every rendering it lists (accepted, forbidden, or the English
/// form kept) is counted; one finding per term lists each rendering with its count and
/// target lines. Without a glossary, names and acronyms are examined: where the translation
/// sometimes keeps the English form and sometimes does not, an info suggestion proposes a
/// glossary entry.
public struct InconsistentTermCheck: Check, DocumentCheck {
    public static let description = CheckDescription(
        id: "inconsistent-term", name: "Inconsistent term",
        summary: "A source term is rendered several ways in one document, or one rendering stands for several terms.",
        defaultSeverity: .warning,
        passingExamples: [
            CheckExample(
                "The mixture of experts layer is a mixture-of-experts design.", "混合专家层是一种混合专家设计。",
                glossary: examples),
            // Both renderings are accepted: mixing them is allowed unless `accepted-variants: one`.
            CheckExample(
                "The mixture of experts layer is a mixture-of-experts design.", "混合专家层是一种专家混合设计。",
                glossary: examples),
            // The source's own abbreviation kept as written is not a second rendering.
            CheckExample("The mixture of experts layer is a MoE design.", "混合专家层是一种 MoE 设计。", glossary: examples),
        ],
        failingExamples: [
            CheckExample(
                "The mixture of experts layer is new.\nIt is a mixture of experts design.", "混合专家层是新的。\n它是一种 mixture of experts 设计。",
                glossary: examples),
        ],
        options: .declared(by: Options.self))

    /// Whether a document may mix a term's accepted renderings.
    public enum AcceptedVariants: String, Sendable, CaseIterable {
        /// Any accepted rendering is consistent with the others.
        case allow
        /// One rendering per document, even among accepted ones.
        case one
    }

    /// When names the glossary does not cover are surveyed for a suggested entry.
    public enum NameSuggestions: String, Sendable, CaseIterable {
        /// Only without a glossary: with one, the team has chosen its terms.
        case withoutGlossary = "without-glossary"
        case always
        case never
    }

    public struct Options: CheckOptions {
        public var acceptedVariants = AcceptedVariants.allow
        public var nameSuggestions = NameSuggestions.withoutGlossary

        public init() {}

        public static let elements: [CheckOptionElement<Options>] = [
            .choice("accepted-variants", \.acceptedVariants, summary: "allow mixing a term's accepted renderings, or ask for one per document"),
            .choice("name-suggestions", \.nameSuggestions, summary: "suggest glossary entries for names kept in Latin only sometimes: without a glossary, always, or never"),
        ]
    }

    static let examples = [
        GlossaryTerm(sourceForms: ["mixture of experts", "MoE"], accepted: ["混合专家", "专家混合"], forbidden: ["专家的混合"]),
    ]

    public init() {}

    /// Where one rendering of one term was seen.
    struct Usage: Sendable {
        var lines = LineSample()
        /// The earliest pair with this rendering.
        var example: PairSnapshot?

        mutating func add(_ pair: AlignedPair, chineseLine: Int?) {
            lines.add(line: chineseLine)
            if example == nil { example = PairSnapshot(pair) }
        }

        mutating func append(_ next: Usage) {
            lines.append(next.lines)
            if example == nil { example = next.example }
        }
    }

    struct Tally: DocumentTally {
        /// Term index → rendering → usage.
        var usages: [Int: [String: Usage]] = [:]
        /// Han rendering → the terms it stood for, each alone in its pair.
        var termsByRendering: [String: [Int: Usage]] = [:]
        /// Lower-cased source words glossary matches covered, which the survey leaves out.
        var covered: Set<String> = []
        var survey = NameRenderingSurvey.Tally()

        mutating func append(_ next: Tally) {
            for (term, renderings) in next.usages {
                for (rendering, usage) in renderings { usages[term, default: [:]][rendering, default: Usage()].append(usage) }
            }
            for (rendering, terms) in next.termsByRendering {
                for (term, usage) in terms { termsByRendering[rendering, default: [:]][term, default: Usage()].append(usage) }
            }
            covered.formUnion(next.covered)
            survey.append(next.survey)
        }
    }

    public func run(on bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        runWhole(on: bitext, context: context)
    }

    func tally(_ chunk: AlignedBitext, skipping: Set<Int>, context: CheckContext) -> Tally {
        let matcher = TermMatcherCache.shared.matcher(for: context.glossary, in: chunk)
        var tally = Tally()
        for (position, pair) in chunk.pairs.enumerated() where !pair.isUnaligned && !skipping.contains(pair.index) {
            let chineseLine = chunk.targetLanguage == .chinese ? pair.targetLine : pair.sourceLine
            var ownersInPair: [String: Set<Int>] = [:]
            let englishProse = chunk.sourceLanguage == .english ? pair.sourceProse : pair.targetProse
            let chineseText = chunk.sourceLanguage == .english ? pair.targetText : pair.sourceText
            let matches = context.termMatches?.matches(of: pair, at: position) ?? matcher.matches(in: pair, of: chunk)
            for match in matches {
                tally.covered.formUnion(SourceTermIndex.tokenize(match.sourceText).map { $0.surface.lowercased() })
                let term = matcher.glossary.terms[match.term]
                let renderings = match.targetMatches.filter { found in
                    !Self.keepsEnglishOnPurpose(found, in: match, pair: pair, english: englishProse, chinese: chineseText)
                        && !Self.followsSourceAbbreviation(found, in: match, term: term)
                        && !Self.isGloss(found, among: match.targetMatches, in: chineseText)
                }
                for rendering in Set(renderings.map { representative($0.rendering, of: term) }) {
                    tally.usages[match.term, default: [:]][rendering, default: Usage()].add(pair, chineseLine: chineseLine)
                    ownersInPair[rendering, default: []].insert(match.term)
                }
            }
            for (rendering, owners) in ownersInPair where owners.count == 1 && rendering.unicodeScalars.contains(where: \.isHan) {
                tally.termsByRendering[rendering, default: [:]][owners.first!, default: Usage()].add(pair, chineseLine: chineseLine)
            }
        }
        tally.survey = NameRenderingSurvey.Tally(chunk, skipping: skipping)
        return tally
    }

    func findings(from tally: Tally, in document: AlignedBitext, context: CheckContext) -> [Finding] {
        let terms = context.glossary.hasRegionalRenderings
            ? TermMatcherCache.shared.matcher(for: context.glossary, in: document).glossary.terms : context.glossary.terms
        var findings: [Finding] = []
        for term in tally.usages.keys.sorted() {
            guard let renderings = tally.usages[term], renderings.count > 1 else { continue }
            if context.options(Options.self).acceptedVariants == .allow {
                let accepted = Set(terms[term].accepted)
                guard Set(renderings.keys.map { accepted.contains($0) ? "" : $0 }).count > 1 else { continue }
            }
            let name = terms[term].name
            let ordered = renderings.sorted { ($0.value.lines.pairs, $1.key) > ($1.value.lines.pairs, $0.key) }
            let listing = ordered.map { describe($0.key, $0.value) }.joined(separator: "; ")
            findings.append(finding(
                "'\(name)' is rendered \(renderings.count) ways: \(listing)", example: earliest(ordered.map(\.value)),
                in: document, context: context, pair: nil,
                term: Finding.TermReference(source: name, found: ordered.map(\.key).joined(separator: " | "))))
        }
        for rendering in tally.termsByRendering.keys.sorted() {
            guard let owners = tally.termsByRendering[rendering], owners.count > 1 else { continue }
            let sorted = owners.sorted { $0.key < $1.key }
            let names = sorted.map { describe(terms[$0.key].name, $0.value) }
            findings.append(finding(
                "'\(rendering)' renders \(owners.count) different source terms: \(names.joined(separator: "; "))",
                example: earliest(sorted.map(\.value)), in: document, context: context, pair: nil,
                term: Finding.TermReference(source: sorted.map { terms[$0.key].name }.joined(separator: " | "), found: rendering)))
        }
        switch context.options(Options.self).nameSuggestions {
        case .withoutGlossary: guard terms.isEmpty else { return findings }
        case .always: break
        case .never: return findings
        }
        findings += tally.survey.suggestions(excluding: tally.covered, in: document).map { suggestion in
            finding(
                suggestion.message, example: suggestion.example, in: document, context: context, pair: nil, severity: .info,
                term: Finding.TermReference(source: suggestion.name))
        }
        return findings
    }

    /// Whether an English form kept in the Chinese is kept on purpose rather than as a
    /// second rendering of the term: the source's own abbreviation (`mTLS` for "mutual
    /// TLS"), an identifier (`LoadBalancer`), a UI label in bold (`**Workload**`), a gloss
    /// next to an accepted rendering (`工作负载（workload）`), or a segment left as written
    /// (which the untranslated check judges).
    static func keepsEnglishOnPurpose(_ found: TargetTermMatch, in match: PairTermMatch, pair: AlignedPair, english: String, chinese: String) -> Bool {
        guard found.kind == .keptSource else { return false }
        let text = found.found
        let isAbbreviation = text.count <= 8 && !text.contains(" ") && text.filter(\.isUppercase).count >= 2 && english.contains(text)
        let isIdentifier = !text.contains(" ") && text.dropFirst().contains(where: \.isUppercase) && match.sourceText.contains(" ")
        let hasAcceptedRendering = match.targetMatches.contains { $0.kind == .accepted }
        return isAbbreviation || isIdentifier || hasAcceptedRendering || pair.sourceText == pair.targetText || isInsideBold(text, in: chinese)
    }

    /// Whether a Latin rendering repeats the abbreviation the source uses in this pair (`Ai2`
    /// where the source says AI2, `LLM` where it says LLM, for "Allen Institute for AI" and
    /// "large language model"): the translation follows the source, which spells the term out
    /// elsewhere, so the two are not two renderings of one choice.
    static func followsSourceAbbreviation(_ found: TargetTermMatch, in match: PairTermMatch, term: GlossaryTerm) -> Bool {
        let said = match.sourceText
        let spelledOut = term.name.lowercased().filter { $0 != " " && $0 != "-" }
        guard !found.found.unicodeScalars.contains(where: \.isHan), !said.contains(" "), spelledOut.count < term.name.count,
              said.filter(\.isUppercase).count >= 2, said.lowercased() != spelledOut else { return false }
        return found.found.lowercased() == said.lowercased()
    }

    /// Whether `found` is a gloss in brackets right after another rendering of the same term
    /// (`台积电（TSMC）`, `英伟达 (Nvidia)`): one rendering with its original, not two.
    static func isGloss(_ found: TargetTermMatch, among matches: [TargetTermMatch], in chinese: String) -> Bool {
        guard chinese.contains("（" + found.found) || chinese.contains("(" + found.found) else { return false }
        let text = chinese.replacingOccurrences(of: " ", with: "")
        let gloss = found.found.replacingOccurrences(of: " ", with: "")
        return matches.contains { other in
            guard other.found != found.found else { return false }
            let main = other.found.replacingOccurrences(of: " ", with: "")
            return text.contains(main + "（" + gloss + "）") || text.contains(main + "(" + gloss + ")")
        }
    }

    /// Whether the first occurrence of `text` lies inside `**…**`.
    static func isInsideBold(_ text: String, in chinese: String) -> Bool {
        guard chinese.contains("**"), let range = chinese.range(of: text) else { return false }
        return chinese[..<range.lowerBound].components(separatedBy: "**").count % 2 == 0
    }

    private func earliest(_ usages: [Usage]) -> PairSnapshot {
        usages.compactMap(\.example).min { $0.index < $1.index }!
    }

    /// Renderings that contain a shorter rendering of the same term (`混合专家模型` and
    /// `混合专家`) are one choice, counted under the shorter.
    private func representative(_ rendering: String, of term: GlossaryTerm) -> String {
        let all = term.accepted + term.forbidden
        let normalized = ChineseText.normalized(rendering)
        return all.filter { candidate in
            let scalars = ChineseText.normalized(candidate)
            return scalars.count < normalized.count && String(String.UnicodeScalarView(normalized)).contains(String(String.UnicodeScalarView(scalars)))
        }.min { $0.count < $1.count } ?? rendering
    }

    /// Lines are those of the Chinese side, where the renderings are.
    private func describe(_ label: String, _ usage: Usage) -> String {
        "\(label) ×\(usage.lines.pairs) (\(usage.lines.description))"
    }
}
