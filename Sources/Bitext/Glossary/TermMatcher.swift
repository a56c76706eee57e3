/// A glossary compiled for matching English source text and Chinese target text.
///
/// Source side: see `SourceTermIndex` (case, inflection, spacing variants, word boundaries,
/// longest match). Target side: Chinese has no word boundaries, so renderings are found as
/// substrings of normalised text (`ChineseText`), in the script written and, through OpenCC,
/// in Simplified script. Forbidden strings are also looked for as written, so a wrongly
/// converted form such as `出口管製` is caught even though it simplifies to an accepted one.
public struct TermMatcher: Sendable {
    public let glossary: Glossary
    private let sourceIndex: SourceTermIndex
    private let renderings: [[Rendering]]
    private let converter: ChineseScriptConverter?

    /// A rendering the target may contain for a term, prepared for comparison.
    struct Rendering: Sendable {
        var text: String
        var kind: TargetTermMatch.Kind
        var raw: [Unicode.Scalar]
        /// Compared against the Simplified form of the target; nil when only the raw form counts.
        var simplified: [Unicode.Scalar]?
    }

    public init(glossary: Glossary) {
        self.init(glossary: glossary, converter: ChineseScriptConverter.toSimplified)
    }

    /// With `converter` nil, as when OpenCC's data is missing: scripts are matched as written.
    init(glossary: Glossary, converter: ChineseScriptConverter?) {
        self.glossary = glossary
        self.converter = converter
        sourceIndex = SourceTermIndex(glossary: glossary)
        renderings = glossary.terms.map { Self.renderings(of: $0, converter: converter) }
    }

    /// Whether Traditional and Simplified Chinese are matched against each other here.
    public var convertsScripts: Bool { converter != nil }

    /// The diagnostic to show when script conversion is unavailable, or nil when it works.
    public var scriptConversionDiagnostic: Diagnostic? {
        guard converter == nil, !glossary.isEmpty else { return nil }
        return Diagnostic(.warning, ChineseScriptConverter.unavailableReason, file: "opencc")
    }

    /// Glossary terms in English source text, longest match first, in text order.
    public func sourceMatches(in text: String) -> [SourceTermMatch] {
        sourceIndex.matches(in: text)
    }

    /// Which renderings of the given terms a Chinese target contains. Where occurrences
    /// overlap the longer one wins and, at equal length, an accepted rendering beats a
    /// forbidden one: a forbidden `专家` inside an accepted `混合专家` is not a finding.
    public func targetMatches(forTerms terms: [Int], in target: String) -> [TargetTermMatch] {
        let text = ChineseText(target, converter: converter)
        var candidates: [(range: Range<Int>, term: Int, rendering: Rendering, inSimplified: Bool)] = []
        for term in Set(terms).sorted() {
            for rendering in renderings[term] {
                for range in ChineseText.occurrences(of: rendering.raw, in: text.raw) {
                    candidates.append((range, term, rendering, false))
                }
                if let simplifiedTarget = text.simplified, let pattern = rendering.simplified {
                    for range in ChineseText.occurrences(of: pattern, in: simplifiedTarget)
                    where !candidates.contains(where: { $0.range == range && $0.term == term && !$0.inSimplified }) {
                        candidates.append((range, term, rendering, true))
                    }
                }
            }
        }
        candidates.sort { lhs, rhs in
            if lhs.range.count != rhs.range.count { return lhs.range.count > rhs.range.count }
            // What is written beats what conversion made of it: `出口管製` as written is
            // forbidden even though it converts to the accepted `出口管制`.
            if lhs.inSimplified != rhs.inSimplified { return !lhs.inSimplified }
            if lhs.rendering.kind.rank != rhs.rendering.kind.rank { return lhs.rendering.kind.rank < rhs.rendering.kind.rank }
            return lhs.range.lowerBound < rhs.range.lowerBound
        }
        var kept: [(range: Range<Int>, term: Int, rendering: Rendering, inSimplified: Bool)] = []
        for candidate in candidates {
            let clashes = kept.contains { other in
                other.range.overlaps(candidate.range)
                    && !(other.range == candidate.range && other.rendering.kind == candidate.rendering.kind && other.term != candidate.term)
            }
            if !clashes { kept.append(candidate) }
        }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }.map { match in
            TargetTermMatch(
                term: match.term, rendering: match.rendering.text, kind: match.rendering.kind,
                found: text.originalText(match.range, inSimplified: match.inSimplified) ?? match.rendering.text)
        }
    }

    private static func renderings(of term: GlossaryTerm, converter: ChineseScriptConverter?) -> [Rendering] {
        func simplified(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
            guard let converter, scalars.contains(where: \.isHan) else { return scalars }
            return ChineseText.normalized(converter.convert(String(String.UnicodeScalarView(scalars))))
        }
        var result: [Rendering] = []
        var seen: Set<[Unicode.Scalar]> = []
        let acceptedSimplified = Set(term.accepted.map { simplified(ChineseText.normalized($0)) })
        for text in term.accepted {
            let raw = ChineseText.normalized(text)
            guard !raw.isEmpty, seen.insert(raw).inserted else { continue }
            result.append(Rendering(text: text, kind: .accepted, raw: raw, simplified: simplified(raw)))
        }
        for text in term.forbidden {
            let raw = ChineseText.normalized(text)
            guard !raw.isEmpty, seen.insert(raw).inserted else { continue }
            let converted = simplified(raw)
            // A forbidden form that only differs from an accepted one by script is wrong as
            // written, not after conversion.
            result.append(Rendering(text: text, kind: .forbidden, raw: raw, simplified: acceptedSimplified.contains(converted) ? nil : converted))
        }
        for text in term.sourceForms where !text.unicodeScalars.contains(where: \.isHan) {
            let raw = ChineseText.normalized(text)
            guard !raw.isEmpty, seen.insert(raw).inserted else { continue }
            result.append(Rendering(text: text, kind: .keptSource, raw: raw, simplified: nil))
        }
        return result
    }
}

/// A rendering of a glossary term found in Chinese target text.
public struct TargetTermMatch: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// One of the term's accepted renderings.
        case accepted
        /// One of the renderings the glossary forbids.
        case forbidden
        /// The English source form left untranslated (`Llama` kept as `Llama`).
        case keptSource

        var rank: Int {
            switch self {
            case .accepted: 0
            case .keptSource: 1
            case .forbidden: 2
            }
        }
    }

    /// Index of the term in the glossary.
    public var term: Int
    /// The glossary's string for this rendering.
    public var rendering: String
    public var kind: Kind
    /// The text as written in the target.
    public var found: String
}
