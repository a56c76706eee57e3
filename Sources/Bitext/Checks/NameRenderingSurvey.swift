import Foundation

/// Finds names and acronyms in English source text that the translation sometimes keeps in
/// Latin letters and sometimes does not: candidates for a glossary entry.
///
/// A candidate is a word written with two or more capitals (`NCCL`, `DeepSeek`, `MoE`), or
/// a capitalised word that appears capitalised at least once inside a sentence and never in
/// lower case (`Gemini`, but not `So`). Words a glossary term already covers are skipped, and
/// so are words the dictionary translates (`AI` → 人工智能, `Store` → 商店, `PC` → 个人电脑):
/// translating those is right, not inconsistent; only names are suggested.
enum NameRenderingSurvey {
    struct Suggestion {
        var name: String
        var message: String
        var example: PairSnapshot
    }

    /// Minimum pairs with the name kept and with it not kept before a suggestion is made:
    /// one dropped name is usually a paraphrase, two are a pattern.
    static let minimumKept = 1
    static let minimumNotKept = 2
    /// A word kept in Latin letters in at least this share of its pairs is a name the
    /// translation keeps; where it is missing, the sentence was reworded or the name
    /// dropped, which a glossary entry would not change.
    static let nameShare = 0.7

    /// Pairs with a word kept in the translation and pairs without it.
    struct WordUsage: Sendable {
        var kept = LineSample()
        var notKept = LineSample()
        var firstNotKept: PairSnapshot?

        mutating func append(_ next: WordUsage) {
            kept.append(next.kept)
            notKept.append(next.notKept)
            if firstNotKept == nil { firstNotKept = next.firstNotKept }
        }
    }

    /// What the survey knows of the words of the pairs seen so far.
    struct Tally: Sendable {
        /// Lower-cased word → its first spelling.
        var spelling: [String: String] = [:]
        /// Words seen capitalised inside a sentence; `word + "\0acronym"` for those with two capitals.
        var insideSentence: Set<String> = []
        var lowercase: Set<String> = []
        var words: [String: WordUsage] = [:]

        init() {}

        init(_ chunk: AlignedBitext, skipping: Set<Int>) {
            guard chunk.sourceLanguage == .english, chunk.targetLanguage == .chinese else { return }
            let shapes = WordShapes.ofThisThread()
            var noted = ChunkNotes()
            for pair in chunk.pairs where !pair.targetProse.isEmpty && !skipping.contains(pair.index) {
                add(pair, shapes: shapes, noted: &noted)
            }
        }

        /// What this chunk's tally already holds about a spelling, so that the sets are
        /// updated once a chunk rather than once a word.
        private struct ChunkNotes {
            static let lowercase: UInt8 = 1, insideSentence: UInt8 = 2, firstSeen: UInt8 = 4
            private var flags: [UInt8] = []

            /// Whether `flag` was already set for the spelling; sets it.
            mutating func test(_ id: Int, _ flag: UInt8) -> Bool {
                if id >= flags.count { flags += repeatElement(0, count: id - flags.count + 1) }
                defer { flags[id] |= flag }
                return flags[id] & flag != 0
            }
        }

        private mutating func add(_ pair: AlignedPair, shapes: WordShapes, noted: inout ChunkNotes) {
            let tokens = SourceTermIndex.tokenize(pair.sourceProse)
            var normalizedTarget: [Unicode.Scalar]?
            var seen: [Int] = []
            for (index, token) in tokens.enumerated() {
                let id = shapes.id(of: token.surface)
                let shape = shapes.shapes[id]
                guard shape.isCandidate else { continue }
                if shape.startsLowercase {
                    if !noted.test(id, ChunkNotes.lowercase) { lowercase.insert(shape.key) }
                    continue
                }
                let sentenceStart = index == 0 || NameRenderingSurvey.endsSentence(pair.sourceProse[tokens[index - 1].range.upperBound..<token.range.lowerBound])
                if shape.capitals >= 2 || !sentenceStart, !noted.test(id, ChunkNotes.insideSentence) { insideSentence.insert(shape.key) }
                if !noted.test(id, ChunkNotes.firstSeen) {
                    if shape.capitals >= 2 { insideSentence.insert(shape.key + "\u{0}acronym") }
                    if spelling[shape.key] == nil { spelling[shape.key] = token.surface }
                }
                guard !seen.contains(shape.keyID) else { continue }
                seen.append(shape.keyID)
                if normalizedTarget == nil { normalizedTarget = ChineseText.normalized(pair.targetProse) }
                if NameRenderingSurvey.contains(shape.needle, in: normalizedTarget!) {
                    words[shape.key, default: WordUsage()].kept.add(line: pair.targetLine)
                } else {
                    words[shape.key, default: WordUsage()].notKept.add(line: pair.targetLine)
                    if words[shape.key]!.firstNotKept == nil { words[shape.key]!.firstNotKept = PairSnapshot(pair) }
                }
            }
        }

        mutating func append(_ next: Tally) {
            spelling.merge(next.spelling) { first, _ in first }
            insideSentence.formUnion(next.insideSentence)
            lowercase.formUnion(next.lowercase)
            words.merge(next.words) { first, later in
                var joined = first
                joined.append(later)
                return joined
            }
        }

        /// `excluding`: lower-cased words already covered by glossary matches.
        func suggestions(excluding: Set<String>, in document: AlignedBitext) -> [Suggestion] {
            var suggestions: [Suggestion] = []
            for key in words.keys.sorted() where !excluding.contains(key) && insideSentence.contains(key) {
                let isAcronym = insideSentence.contains(key + "\u{0}acronym")
                guard isAcronym || !lowercase.contains(key) else { continue }
                let usage = words[key]!
                guard usage.kept.pairs >= minimumKept, usage.notKept.pairs >= minimumNotKept, let example = usage.firstNotKept,
                      Double(usage.kept.pairs) < NameRenderingSurvey.nameShare * Double(usage.kept.pairs + usage.notKept.pairs)
                else { continue }
                let name = spelling[key]!
                guard !DictionaryEnglishWords.translates(name) else { continue }
                let kept = usage.kept.pairs
                suggestions.append(Suggestion(
                    name: name,
                    message: "'\(name)' is kept in Latin letters in \(kept) \(kept == 1 ? "pair" : "pairs") (target \(usage.kept.description)) but not in \(usage.notKept.pairs) (target \(usage.notKept.description)); consider a glossary entry",
                    example: example))
            }
            return suggestions
        }
    }

    /// What the survey needs to know of a word as written: a function of the spelling alone,
    /// worked out once for each, since most words of a text are ones it has already used.
    private struct WordShape {
        var key: String
        /// Numbers the lower-cased key, shared by the spellings of one word.
        var keyID: Int
        /// Two characters or more, one of them a letter: a word that can be a name.
        var isCandidate: Bool
        var startsLowercase: Bool
        var capitals: Int
        /// The key as the target is searched for it.
        var needle: [Unicode.Scalar]
    }

    /// The word shapes one thread has worked out. Each thread keeps its own across chunks
    /// (the vocabulary of a long memory is learnt once, not once a chunk), without locks;
    /// past `capacity` spellings a thread starts afresh, which bounds memory.
    private final class WordShapes {
        static let capacity = 100_000
        private static let threadKey = "bitext.NameRenderingSurvey.WordShapes"

        private(set) var shapes: [WordShape] = []
        private var ids: [String: Int] = [:]
        private var keyIDs: [String: Int] = [:]

        static func ofThisThread() -> WordShapes {
            let dictionary = Thread.current.threadDictionary
            if let shapes = dictionary[threadKey] as? WordShapes, shapes.shapes.count < capacity { return shapes }
            let shapes = WordShapes()
            dictionary[threadKey] = shapes
            return shapes
        }

        func id(of word: String) -> Int {
            if let known = ids[word] { return known }
            let key = word.lowercased()
            let keyID = keyIDs[key] ?? keyIDs.count
            keyIDs[key] = keyID
            shapes.append(WordShape(
                key: key, keyID: keyID, isCandidate: key.count >= 2 && word.contains(where: \.isLetter),
                startsLowercase: word.first?.isLowercase == true, capitals: word.filter(\.isUppercase).count,
                needle: ChineseText.normalized(key)))
            ids[word] = shapes.count - 1
            return shapes.count - 1
        }
    }

    /// Whether `pattern` occurs in `text`.
    private static func contains(_ pattern: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Bool {
        guard let first = pattern.first, pattern.count <= text.count else { return false }
        for start in 0...(text.count - pattern.count) where text[start] == first {
            if text[start..<start + pattern.count].elementsEqual(pattern) { return true }
        }
        return false
    }

    fileprivate static func endsSentence(_ between: Substring) -> Bool {
        between.contains { ".!?:\"“*".contains($0) }
    }
}
