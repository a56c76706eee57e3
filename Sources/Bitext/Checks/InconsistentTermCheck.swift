/// Reports terms rendered several ways in one document, and renderings shared by several
/// terms. With a glossary, every rendering it lists (accepted, forbidden, or the English
/// form kept) is counted; one finding per term lists each rendering with its count and
/// target lines. Names and acronyms the glossary does not cover are also examined: where
/// the translation sometimes keeps the English form and sometimes does not, an info
/// suggestion proposes a glossary entry.
public struct InconsistentTermCheck: Check, DocumentCheck {
    public static let description = CheckDescription(
        id: "inconsistent-term", name: "Inconsistent term",
        summary: "A source term is rendered several ways in one document, or one rendering stands for several terms.",
        defaultSeverity: .warning,
        passingExamples: [
            CheckExample(
                "The mixture of experts layer is a mixture-of-experts design.", "混合专家层是一种混合专家设计。",
                glossary: examples),
        ],
        failingExamples: [
            CheckExample(
                "The mixture of experts layer is a mixture-of-experts design.", "混合专家层是一种专家混合设计。",
                glossary: examples),
        ])

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
        let matcher = TermMatcherCache.shared.matcher(for: context.glossary)
        var tally = Tally()
        for (position, pair) in chunk.pairs.enumerated() where !pair.isUnaligned && !skipping.contains(pair.index) {
            let chineseLine = chunk.targetLanguage == .chinese ? pair.targetLine : pair.sourceLine
            var ownersInPair: [String: Set<Int>] = [:]
            let matches = context.termMatches?.matches(of: pair, at: position) ?? matcher.matches(in: pair, of: chunk)
            for match in matches {
                tally.covered.formUnion(SourceTermIndex.tokenize(match.sourceText).map { $0.surface.lowercased() })
                let term = matcher.glossary.terms[match.term]
                for rendering in Set(match.targetMatches.map { representative($0.rendering, of: term) }) {
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
        let terms = context.glossary.terms
        var findings: [Finding] = []
        for term in tally.usages.keys.sorted() {
            guard let renderings = tally.usages[term], renderings.count > 1 else { continue }
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
        findings += tally.survey.suggestions(excluding: tally.covered, in: document).map { suggestion in
            finding(
                suggestion.message, example: suggestion.example, in: document, context: context, pair: nil, severity: .info,
                term: Finding.TermReference(source: suggestion.name))
        }
        return findings
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
