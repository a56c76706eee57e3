import Foundation

/// English source forms compiled for matching in one pass over a sentence's tokens.
///
/// Every form is reduced to the concatenation of its stemmed tokens, so `KV cache`,
/// `KV-cache` and `KVCache` meet as `kvcache`, and `mixtures of experts` meets
/// `mixture of experts`. A match must start and end on token boundaries, so `Gemini` is
/// never found inside another word (`Geminids`); a name's plural or possessive (`Llamas`,
/// `Nvidia's`) is the name, as it is for any other term. Lookups go through a set of every pattern prefix, so
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

    /// Where a token stands, before its surface is made: matching reads the surface of the
    /// few tokens that can begin a term.
    struct WordRange {
        var range: Range<String.Index>
        var hasCurlyApostrophe: Bool

        /// The token's surface in `text`, as `Token.surface`.
        func surface(in text: String) -> String {
            let surface = String(text.unicodeScalars[range])
            return hasCurlyApostrophe ? surface.replacingOccurrences(of: "’", with: "'") : surface
        }

        /// `SourceTermIndex.code` of the surface, read from `text` without making it.
        func startCode(in text: String) -> UInt64 {
            SourceTermIndex.code(text.unicodeScalars[range].lazy.map { $0 == "’" ? "'" : $0 })
        }

        /// Whether the surface has fewer than `SourceTermIndex.startLength` scalars.
        func isShort(in text: String) -> Bool {
            text.unicodeScalars[range].prefix(SourceTermIndex.startLength).count < SourceTermIndex.startLength
        }
    }

    private var patterns: [String: [Pattern]] = [:]
    private var prefixes: Set<String> = []
    /// The first three letters of every pattern, and the whole first word where it is
    /// shorter: a token whose lower-cased start is not here cannot begin a match, and is
    /// never stemmed. Stemming keeps a word's start except for a few irregular forms
    /// (`people` → `person`), which no term begins with.
    private var starts: Set<UInt64> = []
    private var longestPattern = 0
    static let startLength = 3
    /// Match keys of words already seen: stemming is the costliest step and vocabulary repeats.
    private let stemCache = StemCache()

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
                starts.insert(Self.code(key.unicodeScalars))
                // A word shorter than the probe starts a match only as a pattern's own first word.
                let firstKey = Self.matchKey(tokens[0].lowercased)
                if firstKey.unicodeScalars.count < Self.startLength { starts.insert(Self.code(firstKey.unicodeScalars)) }
            }
        }
    }

    /// All occurrences of source forms, longest first where they overlap: a shorter term
    /// inside a longer match (`experts` inside `mixture of experts`) is not reported.
    func matches(in text: String) -> [SourceTermMatch] {
        guard !starts.isEmpty else { return [] }
        let tokens = Self.wordRanges(text)
        var keys = [String?](repeating: nil, count: tokens.count)
        func keyOfToken(_ index: Int) -> String {
            if let known = keys[index] { return known }
            let computed = stemCache.key(tokens[index].surface(in: text))
            keys[index] = computed
            return computed
        }
        var candidates: [(start: Int, end: Int, pattern: Pattern)] = []
        for start in tokens.indices {
            let token = tokens[start]
            let probe = token.isShort(in: text) ? Self.code(keyOfToken(start).unicodeScalars) : token.startCode(in: text)
            guard starts.contains(probe) else { continue }
            var key = ""
            var end = start
            while end < tokens.count {
                key += keyOfToken(end)
                guard key.count <= longestPattern, prefixes.contains(key) else { break }
                if let found = patterns[key] {
                    for pattern in found where Self.caseMatches(pattern, tokens[start...end], in: text) {
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

    private static func caseMatches(_ pattern: Pattern, _ tokens: ArraySlice<WordRange>, in text: String) -> Bool {
        guard let letters = pattern.caseSensitiveLetters else { return true }
        return tokens.map { $0.surface(in: text) }.joined().hasPrefix(letters)
    }

    /// The first `startLength` scalars of a word, lower-cased, packed into an integer:
    /// checked for every token, so it must not allocate or hash a string.
    static func code<S: Sequence>(_ scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var code: UInt64 = 0
        var count: UInt64 = 0
        for scalar in scalars.prefix(startLength) {
            var value = scalar.value
            if (0x41...0x5A).contains(value) {
                value += 0x20
            } else if value >= 0x80, let lower = scalar.properties.lowercaseMapping.unicodeScalars.first {
                value = lower.value
            }
            code = code << 21 | UInt64(value)
            count += 1
        }
        return code << 2 | count
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
        wordRanges(text).map { Token(surface: $0.surface(in: text), range: $0.range) }
    }

    /// The tokens of `tokenize`, as ranges.
    static func wordRanges(_ text: String) -> [WordRange] {
        var tokens: [WordRange] = []
        let scalars = text.unicodeScalars
        var start: String.Index?
        var lastWordEnd: String.Index?
        var hasCurlyApostrophe = false
        var index = scalars.startIndex
        func close() {
            if let begin = start, let end = lastWordEnd {
                tokens.append(WordRange(range: begin..<end, hasCurlyApostrophe: hasCurlyApostrophe))
            }
            hasCurlyApostrophe = false
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
                if next == scalars.endIndex || !isWordScalar(scalars[next]) {
                    close()
                } else if scalar == "’" {
                    hasCurlyApostrophe = true
                }
            } else if scalar.isASCII || !scalar.properties.isGraphemeExtend {
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

/// A thread-safe memo of `SourceTermIndex.matchKey`, shared by the copies of one index.
final class StemCache: @unchecked Sendable {
    private var keys: [String: String] = [:]
    private let lock = NSLock()
    /// Bounds memory on unusual input; a full cache simply stops growing.
    static let capacity = 200_000

    func key(_ word: String) -> String {
        lock.lock()
        if let known = keys[word] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let computed = SourceTermIndex.matchKey(word.lowercased())
        lock.lock()
        if keys.count < Self.capacity { keys[word] = computed }
        lock.unlock()
        return computed
    }
}
