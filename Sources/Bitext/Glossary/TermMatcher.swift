/// A glossary compiled for matching English source text and Chinese target text.
///
/// Source side: see `SourceTermIndex` (case, inflection, spacing variants, word boundaries,
/// longest match). Target side: Chinese has no word boundaries, so renderings are found as
/// substrings of normalised text (`ChineseText`), in the script written and, through OpenCC,
/// in Simplified script. Forbidden strings are also looked for as written, so a wrongly
/// converted form such as `出口管製` is caught even though it simplifies to an accepted one.
/// A matcher is for targets of one region (or of none known): a glossary with regional
/// renderings is resolved for it (`GlossaryTerm.resolved(for:)`).
public struct TermMatcher: Sendable {
    /// The glossary as it applies to the region: each term's accepted and forbidden
    /// renderings are the region's, at the same indices as the glossary given.
    public let glossary: Glossary
    /// The region of the targets this matcher checks; nil when unknown.
    public let region: ChineseRegion?
    private let sourceIndex: SourceTermIndex
    private let renderings: [[Rendering]]
    private let elsewhere: [[String: [ChineseRegion]]]
    private let converter: ChineseScriptConverter?

    /// A rendering the target may contain for a term, prepared for comparison.
    struct Rendering: Sendable {
        var text: String
        var kind: TargetTermMatch.Kind
        var raw: [Unicode.Scalar]
        /// Compared against the Simplified form of the target; nil when only the raw form counts.
        var simplified: [Unicode.Scalar]?
    }

    public init(glossary: Glossary, region: ChineseRegion? = nil) {
        self.init(glossary: glossary, region: region, converter: ChineseScriptConverter.toSimplified)
    }

    /// With `converter` nil, as when OpenCC's data is missing: scripts are matched as written.
    init(glossary: Glossary, region: ChineseRegion? = nil, converter: ChineseScriptConverter?) {
        let resolved = glossary.terms.map { $0.resolved(for: region) }
        self.glossary = Glossary(terms: resolved.map(\.term))
        self.region = region
        self.converter = converter
        elsewhere = resolved.map(\.elsewhere)
        sourceIndex = SourceTermIndex(glossary: self.glossary)
        renderings = resolved.map { Self.renderings(of: $0.term, elsewhere: $0.elsewhere, converter: converter) }
    }

    /// The regions that accept `rendering` of `term` where this matcher's region does not
    /// (`软件` for a zh-TW target when zh-TW says 軟體); empty for any other rendering.
    public func regions(using rendering: String, term: Int) -> [ChineseRegion] {
        elsewhere[term][rendering] ?? []
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
        sourceIndex.matches(in: text).filter { Self.keepsIdentifier($0, of: glossary.terms[$0.term], in: text) }
    }

    /// Words are split at `_`, so `__call__` would match the word "call". A form with an
    /// underscore is an identifier: it matches only where the text writes the underscores.
    private static func keepsIdentifier(_ match: SourceTermMatch, of term: GlossaryTerm, in text: String) -> Bool {
        let form = term.sourceForms[match.form]
        guard form.contains("_") else { return true }
        var lower = match.range.lowerBound
        var upper = match.range.upperBound
        while lower > text.startIndex, text[text.index(before: lower)] == "_" { lower = text.index(before: lower) }
        while upper < text.endIndex, text[upper] == "_" { upper = text.index(after: upper) }
        return text[lower..<upper].lowercased() == form.lowercased()
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

    private static func renderings(of term: GlossaryTerm, elsewhere: [String: [ChineseRegion]], converter: ChineseScriptConverter?) -> [Rendering] {
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
            // Another region's rendering that differs from this one's only by script is the
            // same word (數據 and 数据): the script is not a term error.
            if elsewhere[text] != nil, acceptedSimplified.contains(converted) { continue }
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
