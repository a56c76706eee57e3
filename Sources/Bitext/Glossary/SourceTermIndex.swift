/// English source forms compiled for matching in one pass over a sentence's tokens.
///
/// Every form is reduced to the concatenation of its stemmed tokens, so `KV cache`,
/// `KV-cache` and `KVCache` meet as `kvcache`, and `mixtures of experts` meets
/// `mixture of experts`. A match must start and end on token boundaries, so `Gemini` is
/// never found inside another word. Lookups go through a set of every pattern prefix, so
/// most tokens are rejected after one hash lookup.
struct SourceTermIndex: Sendable {
    struct Pattern: Sendable {
        var term: Int
        var form: Int
        /// For case-sensitive terms: the form's letters as written, which the text must begin with.
        var caseSensitiveLetters: String?
    }

    struct Token {
        var stem: String
        /// The token as written (case kept), for case-sensitive comparison.
        var surface: String
        var range: Range<String.Index>
    }

    private var patterns: [String: [Pattern]] = [:]
    private var prefixes: Set<String> = []
    private var longestPattern = 0

    init(glossary: Glossary) {
        for (termIndex, term) in glossary.terms.enumerated() {
            for (formIndex, form) in term.sourceForms.enumerated() {
                let tokens = Self.tokenize(form)
                guard !tokens.isEmpty else { continue }
                let key = tokens.map(\.stem).joined()
                let letters = term.caseSensitive ? tokens.map(\.surface).joined() : nil
                patterns[key, default: []].append(Pattern(term: termIndex, form: formIndex, caseSensitiveLetters: letters))
                longestPattern = max(longestPattern, key.count)
                for length in 1...key.count { prefixes.insert(String(key.prefix(length))) }
            }
        }
    }

    /// All occurrences of source forms, longest first where they overlap: a shorter term
    /// inside a longer match (`experts` inside `mixture of experts`) is not reported.
    func matches(in text: String) -> [SourceTermMatch] {
        let tokens = Self.tokenize(text)
        var candidates: [(start: Int, end: Int, pattern: Pattern)] = []
        for start in tokens.indices {
            var key = ""
            var end = start
            while end < tokens.count {
                key += tokens[end].stem
                guard key.count <= longestPattern, prefixes.contains(key) else { break }
                if let found = patterns[key] {
                    for pattern in found where Self.caseMatches(pattern, tokens[start...end]) {
                        candidates.append((start, end, pattern))
                    }
                }
                end += 1
            }
        }
        candidates.sort { ($0.end - $0.start, -$0.start) > ($1.end - $1.start, -$1.start) }
        var taken = [Bool](repeating: false, count: tokens.count)
        var accepted: [(start: Int, end: Int, pattern: Pattern)] = []
        for candidate in candidates {
            let span = candidate.start...candidate.end
            let sameSpan = accepted.contains { $0.start == candidate.start && $0.end == candidate.end }
            if !sameSpan && span.contains(where: { taken[$0] }) { continue }
            if accepted.contains(where: { $0.start == candidate.start && $0.end == candidate.end && $0.pattern.term == candidate.pattern.term }) {
                continue
            }
            span.forEach { taken[$0] = true }
            accepted.append(candidate)
        }
        return accepted.sorted { $0.start < $1.start }.map { match in
            let range = tokens[match.start].range.lowerBound..<tokens[match.end].range.upperBound
            return SourceTermMatch(term: match.pattern.term, form: match.pattern.form, text: String(text[range]), range: range)
        }
    }

    private static func caseMatches(_ pattern: Pattern, _ tokens: ArraySlice<Token>) -> Bool {
        guard let letters = pattern.caseSensitiveLetters else { return true }
        return tokens.map(\.surface).joined().hasPrefix(letters)
    }

    /// The stem with a final `e` dropped: `EnglishWords.stem` reduces `mixtures` to `mixtur`
    /// but leaves `mixture` whole, and both must meet.
    static func matchKey(_ word: String) -> String {
        let stem = EnglishWords.stem(word)
        return stem.count > 3 && stem.hasSuffix("e") ? String(stem.dropLast()) : stem
    }

    /// Word tokens with their positions: letters and digits, with inner apostrophes kept so
    /// that `EnglishWords.stem` can drop a possessive `'s`.
    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var start: String.Index?
        var index = text.startIndex
        func close(at end: String.Index) {
            guard let begin = start else { return }
            var upper = end
            while upper > begin, let last = text[..<upper].last, last == "'" || last == "’" {
                upper = text.index(before: upper)
            }
            if upper > begin {
                let surface = String(text[begin..<upper])
                tokens.append(Token(stem: matchKey(surface), surface: surface.replacingOccurrences(of: "’", with: "'"), range: begin..<upper))
            }
            start = nil
        }
        while index < text.endIndex {
            let character = text[index]
            if character.isLetter || character.isNumber {
                if start == nil { start = index }
            } else if (character == "'" || character == "’") && start != nil {
                let next = text.index(after: index)
                if next == text.endIndex || !(text[next].isLetter || text[next].isNumber) { close(at: index) }
            } else {
                close(at: index)
            }
            index = text.index(after: index)
        }
        close(at: text.endIndex)
        return tokens
    }
}

/// One occurrence of a glossary term in source text.
public struct SourceTermMatch: Sendable, Hashable {
    /// Index of the term in the glossary.
    public var term: Int
    /// Index of the source form that matched, in `GlossaryTerm.sourceForms`.
    public var form: Int
    /// The text as written, e.g. `Deep Seq` or `mixtures of experts`.
    public var text: String
    public var range: Range<String.Index>
}
