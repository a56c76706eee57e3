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
        /// The token as written (case kept, `’` made `'`), for case-sensitive comparison.
        var surface: String
        var range: Range<String.Index>

        var lowercased: String { surface.lowercased() }
    }

    private var patterns: [String: [Pattern]] = [:]
    private var prefixes: Set<String> = []
    /// The first one to three letters of every pattern: a token whose lower-cased start is
    /// not here cannot begin a match, and is never stemmed. Stemming keeps a word's start
    /// except for a few irregular forms (`people` → `person`), which no term begins with.
    private var starts: Set<String> = []
    private var longestPattern = 0
    static let startLength = 3

    init(glossary: Glossary) {
        for (termIndex, term) in glossary.terms.enumerated() {
            for (formIndex, form) in term.sourceForms.enumerated() {
                let tokens = Self.tokenize(form)
                guard !tokens.isEmpty else { continue }
                let key = tokens.map { Self.matchKey($0.lowercased) }.joined()
                let letters = term.caseSensitive ? tokens.map(\.surface).joined() : nil
                patterns[key, default: []].append(Pattern(term: termIndex, form: formIndex, caseSensitiveLetters: letters))
                longestPattern = max(longestPattern, key.count)
                for length in 1...key.count { prefixes.insert(String(key.prefix(length))) }
                for length in 1...min(Self.startLength, key.count) { starts.insert(String(key.prefix(length))) }
            }
        }
    }

    /// All occurrences of source forms, longest first where they overlap: a shorter term
    /// inside a longer match (`experts` inside `mixture of experts`) is not reported.
    func matches(in text: String) -> [SourceTermMatch] {
        let tokens = Self.tokenize(text)
        var keys = [String?](repeating: nil, count: tokens.count)
        func keyOfToken(_ index: Int) -> String {
            if let known = keys[index] { return known }
            let computed = Self.matchKey(tokens[index].lowercased)
            keys[index] = computed
            return computed
        }
        var candidates: [(start: Int, end: Int, pattern: Pattern)] = []
        for start in tokens.indices {
            let lower = tokens[start].lowercased
            guard starts.contains(String(lower.prefix(Self.startLength))) else { continue }
            var key = ""
            var end = start
            while end < tokens.count {
                key += keyOfToken(end)
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
    /// that `EnglishWords.stem` can drop a possessive `'s`. Works on scalars: this runs on
    /// every source sentence and must stay cheap.
    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        let scalars = text.unicodeScalars
        var start: String.Index?
        var lastWordEnd: String.Index?
        var index = scalars.startIndex
        func close() {
            if let begin = start, let end = lastWordEnd {
                var surface = String(scalars[begin..<end])
                if surface.unicodeScalars.contains("’") { surface = surface.replacingOccurrences(of: "’", with: "'") }
                tokens.append(Token(surface: surface, range: begin..<end))
            }
            start = nil
            lastWordEnd = nil
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if isWordScalar(scalar) {
                if start == nil { start = index }
                lastWordEnd = next
            } else if (scalar == "'" || scalar == "’") && start != nil && lastWordEnd == index {
                // Kept only when a letter follows; `lastWordEnd` still marks the word's end.
                if next == scalars.endIndex || !isWordScalar(scalars[next]) { close() }
            } else if !scalar.properties.isGraphemeExtend {
                close()
            }
            index = next
        }
        close()
        return tokens
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
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
