import Foundation

/// English source forms compiled for matching in one pass over a sentence's tokens.
///
/// Every form is reduced to the concatenation of its stemmed tokens, so `KV cache`,
/// `KV-cache` and `KVCache` meet as `kvcache`, and `mixtures of experts` meets
/// `mixture of experts`. A match must start and end on token boundaries, so `Gemini` is
/// never found inside another word (`Geminids`); a name's plural or possessive (`Llamas`,
/// `Nvidia's`) is the name, as it is for any other term. Keys are looked up in a trie, one
/// node per character, so the index grows linearly with the glossary's text; a token that
/// cannot begin a term is rejected by one integer lookup (`starts`).
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

    /// Patterns by the trie node their key ends at.
    private var patterns: [Int32: [Pattern]] = [:]
    private var keyTrie = KeyTrie()
    /// The first three letters of every pattern, and the whole first word where it is
    /// shorter: a token whose lower-cased start is not here cannot begin a match, and is
    /// never stemmed. Stemming keeps a word's start except for a few irregular forms
    /// (`people` → `person`), which no term begins with.
    private var starts: Set<UInt64> = []
    static let startLength = 3
    /// Match keys of words already seen: stemming is the costliest step and vocabulary repeats.
    private let stemCache = StemCache()

    init(glossary: Glossary) {
        for (termIndex, term) in glossary.terms.enumerated() {
            for (formIndex, form) in term.sourceForms.enumerated() {
                let tokens = Self.tokenize(form)
                guard !tokens.isEmpty else { continue }
                let key = tokens.map { Self.matchKey($0.lowercased) }.joined()
                // An acronym is matched in capitals only: "Get" is not GET, "Rest" is not REST.
                let isAcronym = form.count >= 2 && form.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "-" } && form.contains(where: \.isLetter)
                let letters = term.caseSensitive || isAcronym ? tokens.map(\.surface).joined() : nil
                patterns[keyTrie.insert(key), default: []].append(Pattern(term: termIndex, form: formIndex, caseSensitiveLetters: letters))
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
            var node = KeyTrie.root
            var end = start
            while end < tokens.count {
                guard let next = keyTrie.node(after: node, following: keyOfToken(end)) else { break }
                node = next
                if let found = patterns[node] {
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
        for candidate in candidates where Self.standsAlone(tokens[candidate.start].range.lowerBound..<tokens[candidate.end].range.upperBound, in: text) {
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

    /// Whether a match is words of the text rather than part of something else: not inside a
    /// compound identifier (`kube-apiserver` holds no "API server", `cnn-egress-gateway` no
    /// "egress gateway", `config.istio.io` no "Istio"), and not running across masked code
    /// or a URL (`MarkdownProse.filler`). A capitalised name joined by a hyphen is still the
    /// name (`DeepSeek-V3`, `Istio-specific`): identifiers are written in lower case.
    static func standsAlone(_ range: Range<String.Index>, in text: String) -> Bool {
        let scalars = text.unicodeScalars
        if scalars[range].contains(MarkdownProse.filler) { return false }
        // ASCII answered without a Unicode property lookup: asked of every glossary match.
        let hyphenJoins = !scalars[range].contains { $0.isASCII ? ("A"..."Z").contains($0) : $0.properties.isUppercase }
        func isJoiner(_ scalar: Unicode.Scalar) -> Bool { (scalar == "-" && hyphenJoins) || scalar == "_" || scalar == "." || scalar == "/" }
        func isWord(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                : scalar.properties.isAlphabetic
        }
        if range.lowerBound > scalars.startIndex {
            let before = scalars.index(before: range.lowerBound)
            if isJoiner(scalars[before]), before > scalars.startIndex, isWord(scalars[scalars.index(before: before)]) { return false }
        }
        if range.upperBound < scalars.endIndex, isJoiner(scalars[range.upperBound]) {
            let after = scalars.index(after: range.upperBound)
            if after < scalars.endIndex, isWord(scalars[after]) { return false }
        }
        return true
    }

    /// Characters the index stores for its patterns' keys: one per trie node below the root.
    var storedCharacterCount: Int { keyTrie.nodeCount - 1 }

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

    /// The tokens of `tokenize`, as ranges. Reads the UTF-8 bytes, decoding a scalar only
    /// where a byte is not ASCII: a String's bytes are valid UTF-8, and a byte offset at a
    /// scalar boundary is a valid index.
    static func wordRanges(_ text: String) -> [WordRange] {
        var contiguous = text
        let bounds: [(start: Int, end: Int, curly: Bool)] = contiguous.withUTF8 { bytes in
            var bounds: [(start: Int, end: Int, curly: Bool)] = []
            var start: Int?
            var lastWordEnd: Int?
            var hasCurlyApostrophe = false
            func close() {
                if let begin = start, let end = lastWordEnd { bounds.append((begin, end, hasCurlyApostrophe)) }
                hasCurlyApostrophe = false
                start = nil
                lastWordEnd = nil
            }
            /// The scalar at `offset` and the offset after it.
            func scalar(at offset: Int) -> (Unicode.Scalar, Int) {
                let lead = bytes[offset]
                if lead < 0x80 { return (Unicode.Scalar(lead), offset + 1) }
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for continuation in bytes[(offset + 1)..<(offset + length)] { value = value << 6 | UInt32(continuation & 0x3F) }
                return (Unicode.Scalar(value) ?? "\u{FFFD}", offset + length)
            }
            var offset = 0
            while offset < bytes.count {
                let (current, next) = scalar(at: offset)
                if isWordScalar(current) {
                    if start == nil { start = offset }
                    lastWordEnd = next
                } else if (current == "'" || current == "’") && start != nil && lastWordEnd == offset {
                    // Kept only when a letter follows; `lastWordEnd` still marks the word's end.
                    if next == bytes.count || !isWordScalar(scalar(at: next).0) {
                        close()
                    } else if current == "’" {
                        hasCurlyApostrophe = true
                    }
                } else if current.isASCII || !current.properties.isGraphemeExtend {
                    close()
                }
                offset = next
            }
            close()
            return bounds
        }
        // Indices of `text` itself, whatever its storage.
        let utf8 = text.utf8
        return bounds.map { bound in
            WordRange(
                range: utf8.index(utf8.startIndex, offsetBy: bound.start)..<utf8.index(utf8.startIndex, offsetBy: bound.end),
                hasCurlyApostrophe: bound.curly)
        }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}

/// Match keys as a trie of Characters. A text's token boundaries need not fall where a
/// pattern's do (`KV cache` meets `KVCache`), so a match is followed character by character;
/// each distinct key prefix is one node, where a set of prefix strings would hold
/// characters in the square of a key's length.
struct KeyTrie: Sendable {
    private struct Edge: Hashable {
        var node: Int32
        var character: Character
    }

    static let root: Int32 = 0
    private var children: [Edge: Int32] = [:]
    private(set) var nodeCount = 1

    /// Adds `key` and returns the node it ends at.
    mutating func insert(_ key: String) -> Int32 {
        var node = Self.root
        for character in key {
            let edge = Edge(node: node, character: character)
            if let child = children[edge] {
                node = child
            } else {
                let child = Int32(nodeCount)
                children[edge] = child
                nodeCount += 1
                node = child
            }
        }
        return node
    }

    /// The node reached from `node` by reading `text`, or nil when no key continues that way.
    func node(after node: Int32, following text: String) -> Int32? {
        var current = node
        for character in text {
            guard let child = children[Edge(node: current, character: character)] else { return nil }
            current = child
        }
        return current
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
