/// Reports terms rendered several ways in one document, and renderings shared by several
/// terms. With a glossary, every rendering it lists (accepted, forbidden, or the English
/// form kept) is counted; one finding per term lists each rendering with its count and
/// target lines. Names and acronyms the glossary does not cover are also examined: where
/// the translation sometimes keeps the English form and sometimes does not, an info
/// suggestion proposes a glossary entry.
public struct InconsistentTermCheck: Check {
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

    /// How many target lines a message lists per rendering before eliding.
    static let linesShown = 8

    public init() {}

    /// Where one rendering of one term was seen.
    private struct Usage {
        var pairs: [AlignedPair] = []
    }

    public func run(on bitext: Bitext, context: CheckContext) -> [Finding] {
        let matcher = TermMatcher(glossary: context.glossary)
        var usages: [Int: [String: Usage]] = [:]
        var termsByRendering: [String: [Int: Usage]] = [:]
        var covered: Set<String> = []
        for pair in bitext.pairs where !pair.isUnaligned {
            let matches = matcher.matches(in: pair, of: bitext)
            var ownersInPair: [String: Set<Int>] = [:]
            for match in matches {
                covered.formUnion(SourceTermIndex.tokenize(match.sourceText).map { $0.surface.lowercased() })
                let term = matcher.glossary.terms[match.term]
                for rendering in Set(match.targetMatches.map { representative($0.rendering, of: term) }) {
                    usages[match.term, default: [:]][rendering, default: Usage()].pairs.append(pair)
                    ownersInPair[rendering, default: []].insert(match.term)
                }
            }
            for (rendering, owners) in ownersInPair where owners.count == 1 && rendering.unicodeScalars.contains(where: \.isHan) {
                termsByRendering[rendering, default: [:]][owners.first!, default: Usage()].pairs.append(pair)
            }
        }
        var findings: [Finding] = []
        for term in usages.keys.sorted() {
            guard let renderings = usages[term], renderings.count > 1 else { continue }
            let name = matcher.glossary.terms[term].name
            let ordered = renderings.sorted { ($0.value.pairs.count, $1.key) > ($1.value.pairs.count, $0.key) }
            let listing = ordered.map { describe($0.key, $0.value, in: bitext) }.joined(separator: "; ")
            let first = ordered.flatMap(\.value.pairs).min { $0.index < $1.index }!
            findings.append(documentFinding(
                "'\(name)' is rendered \(renderings.count) ways: \(listing)", example: first, in: bitext,
                severity: context.severity, term: Finding.TermReference(source: name, found: ordered.map(\.key).joined(separator: " | "))))
        }
        for rendering in termsByRendering.keys.sorted() {
            guard let terms = termsByRendering[rendering], terms.count > 1 else { continue }
            let names = terms.sorted { $0.key < $1.key }.map { term, usage in
                describe(matcher.glossary.terms[term].name, usage, in: bitext)
            }
            let first = terms.values.flatMap(\.pairs).min { $0.index < $1.index }!
            findings.append(documentFinding(
                "'\(rendering)' renders \(terms.count) different source terms: \(names.joined(separator: "; "))",
                example: first, in: bitext, severity: context.severity,
                term: Finding.TermReference(source: terms.keys.sorted().map { matcher.glossary.terms[$0].name }.joined(separator: " | "), found: rendering)))
        }
        findings += NameRenderingSurvey(excluding: covered).suggestions(in: bitext).map { suggestion in
            documentFinding(suggestion.message, example: suggestion.example, in: bitext, severity: .info,
                            term: Finding.TermReference(source: suggestion.name))
        }
        return findings
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
    private func describe(_ label: String, _ usage: Usage, in bitext: Bitext) -> String {
        let lines = usage.pairs.compactMap { bitext.targetLanguage == .chinese ? $0.targetLine : $0.sourceLine }
        let shown = lines.prefix(Self.linesShown).map(String.init).joined(separator: ", ")
        let more = lines.count > Self.linesShown ? ", …" : ""
        return "\(label) ×\(usage.pairs.count) (line\(lines.count == 1 ? "" : "s") \(shown)\(more))"
    }

    private func documentFinding(
        _ message: String, example pair: AlignedPair, in bitext: Bitext, severity: Severity, term: Finding.TermReference
    ) -> Finding {
        Finding(
            check: Self.description.id, severity: severity, message: message,
            source: Finding.Side(text: pair.sourceText, line: pair.sourceLine, file: bitext.sourcePath),
            target: Finding.Side(text: pair.targetText, line: pair.targetLine, file: bitext.targetPath),
            term: term, pair: nil)
    }
}
