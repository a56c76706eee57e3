/// How an English sentence uses each “like”: as the verb (“we like to work”), to compare
/// (“it's like a hierarchy”, “looks like this”) or as a spoken filler (“they're just like,
/// okay”, “so like the possibility”). Machine translation renders the last two with the
/// verb's 喜欢 in speech transcripts, which no dictionary coverage notices: 喜欢 is a
/// translation of “like”.
///
/// Read from the words around it, not parsed. The verb needs a subject that can have a
/// preference (I, you, they, people, who), an auxiliary (“would like it”) or a question's
/// inverted subject (“Does a user like it?”). A comparison follows a form of “be”, “look”,
/// “seem”, “behave”, “something”, “just”, another verb (“ran like”), a singular subject that
/// would say “likes” (“a request like”, “someone like me”), a plural of things (“languages
/// like Rust”) or a hyphen (“mesh-like”). A filler opens or closes a clause (“so like the
/// possibility”, “to like,”) or follows have, mean, know, got (“they have like a million GPUs”).
/// Everything else (“developers like Helm”, “the kids like.”) may be either.
enum LikeUsage: Equatable {
    /// A subject or an auxiliary makes it the verb: “we like to work”, “would like it”.
    case verb
    /// The words around it allow the verb (“developers like Helm”, “the kids like.”), though it
    /// often compares.
    case possibleVerb
    case comparison
    case filler

    struct Occurrence {
        var usage: LikeUsage
        var range: Range<String.Index>
        /// The words around it as written (“are like,”), for a message.
        var context: Range<String.Index>
    }

    static func occurrences(in text: String) -> [Occurrence] {
        let tokens = Self.tokens(in: text)
        var found: [Occurrence] = []
        for (position, token) in tokens.enumerated() where token.word == "like" {
            let usage = text[..<token.range.lowerBound].last == "-" ? .comparison : usage(at: position, of: tokens)
            let start = position > 0 && tokens[position - 1].phrasePart != nil ? tokens[position - 1].range.lowerBound : token.range.lowerBound
            let end = position + 1 < tokens.count ? tokens[position + 1].range.upperBound : token.range.upperBound
            found.append(Occurrence(usage: usage, range: token.range, context: start..<end))
        }
        return found
    }

    private struct Token {
        enum Kind: Equatable {
            /// Lower-cased, ’ as '.
            case word(String)
            /// Punctuation that ends a clause (`,` `;` `:` `(` dashes) or a sentence (`.` `?` `!`).
            case mark(endsSentence: Bool)
            /// A code span: a name, as far as the sentence goes.
            case code
        }

        var kind: Kind
        var range: Range<String.Index>

        var word: String? {
            if case .word(let word) = kind { word } else { nil }
        }

        /// The word, "`" for a code span, nil for a clause mark.
        var phrasePart: String? {
            switch kind {
            case .word(let word): word
            case .code: "`"
            case .mark: nil
            }
        }
    }

    private static func tokens(in text: String) -> [Token] {
        var tokens: [Token] = []
        var previousEnd = text.startIndex
        var codeSpans = QualifierCounterparts.codeSpans(in: text)[...]
        func addMarksAndCode(before end: String.Index) {
            while let code = codeSpans.first, code.lowerBound < end {
                codeSpans.removeFirst()
                addMark(in: previousEnd..<code.lowerBound)
                tokens.append(Token(kind: .code, range: code))
                previousEnd = max(previousEnd, code.upperBound)
            }
            addMark(in: previousEnd..<max(previousEnd, end))
        }
        func addMark(in gap: Range<String.Index>) {
            if let mark = text[gap].firstIndex(where: { clauseMarks.contains($0) }) {
                let endsSentence = text[gap].contains { sentenceMarks.contains($0) }
                tokens.append(Token(kind: .mark(endsSentence: endsSentence), range: mark..<text.index(after: mark)))
            }
        }
        for range in QualifierCounterparts.words(in: text) where range.lowerBound >= previousEnd {
            addMarksAndCode(before: range.lowerBound)
            guard range.lowerBound >= previousEnd else { continue }
            tokens.append(Token(kind: .word(text[range].lowercased().replacingOccurrences(of: "’", with: "'")), range: range))
            previousEnd = range.upperBound
        }
        addMarksAndCode(before: text.endIndex)
        return tokens
    }

    private static func usage(at position: Int, of tokens: [Token]) -> LikeUsage {
        // nil: the clause ends after “like”; "`": a code span.
        let next = position + 1 < tokens.count ? tokens[position + 1].phrasePart : nil
        var before = position - 1
        var afterJust = false
        while before >= 0, let word = tokens[before].word {
            if adverbs.contains(word) {
                afterJust = afterJust || word == "just"
                before -= 1
            } else if word == "of", before >= 1, let kind = tokens[before - 1].word, kind == "kind" || kind == "sort" {
                before -= 2
            } else {
                break
            }
        }
        // nil: the clause starts here.
        let previous = before >= 0 ? tokens[before].phrasePart : nil
        guard let previous else {
            // “Like the video” may be an interface's imperative, “, like the leader” not.
            let startsSentence = before < 0 || tokens[before].kind == .mark(endsSentence: true)
            if let next, objects.contains(next) || (startsSentence && determiners.contains(next)) { return .possibleVerb }
            return .filler
        }
        // “they're like, okay” quotes; “it's like a hierarchy” compares.
        if isBe(previous) || comparingWords.contains(previous) { return next == nil ? .filler : .comparison }
        if pronounSubjects.contains(previous) { return .verb }
        if auxiliaries.contains(previous) || previous.hasSuffix("n't") || previous.hasSuffix("'d") || previous.hasSuffix("'ll") {
            // “have to like, we need” fills; “would like, um, two tickets” wants.
            return next == nil && previous != "would" && !previous.hasSuffix("'d") ? .filler : .verb
        }
        // “they have like a million GPUs”, “I mean like it's”: no verb “like” follows these.
        if fillerHosts.contains(previous) || previous.hasSuffix("'ve") { return .filler }
        // “Does a user like it?”, “what does she like”: a question puts the subject after its
        // auxiliary.
        var clauseStart = (tokens[..<before].lastIndex { $0.phrasePart == nil } ?? -1) + 1
        if clauseStart < before, let first = tokens[clauseStart].word, questionWords.contains(first) { clauseStart += 1 }
        if clauseStart < before, tokens[clauseStart].word.map(isQuestionAuxiliary) == true { return .possibleVerb }
        // “behaves just like Kubernetes” (but “kids just like to play”); “would flicker like a tube”.
        if (afterJust && !objects.contains(next ?? "")) || (before >= 1 && tokens[before - 1].word.map(auxiliaries.contains) == true) { return .comparison }
        guard let next else { return clauseOpeners.contains(previous) ? .filler : .possibleVerb }
        if clauseOpeners.contains(previous) { return objects.contains(next) ? .possibleVerb : .filler }
        // Two verbs do not follow each other: “ran like”, “dressed like”.
        if pastForms.contains(previous) || (previous.count > 4 && (previous.hasSuffix("ed") || previous.hasSuffix("ing"))) {
            return .comparison
        }
        // A singular subject would say “likes”: “a request like `curl`”, “someone like me”.
        if singularSubjects.contains(previous) { return .comparison }
        // Things hold no preference: “languages like Rust”, “settings like `x`” (but “tools like
        // to …” is left as it is).
        if inanimatePlurals.contains(previous), !objects.contains(next) { return .comparison }
        if !previous.hasSuffix("s"), (1...2).contains(where: { before - $0 >= 0 && tokens[before - $0].word.map(singularDeterminers.contains) == true }) {
            return .comparison
        }
        return .possibleVerb
    }

    private static func isQuestionAuxiliary(_ word: String) -> Bool {
        ["do", "does", "did", "will", "would", "can", "could", "should", "might", "may", "must", "shall"].contains(word)
            || word.hasSuffix("n't")
    }

    /// A form of “be”, contracted or not (“is”, “they're”, “it's”).
    static func isBe(_ word: String) -> Bool {
        beForms.contains(word) || word.hasSuffix("'s") || word.hasSuffix("'re") || word.hasSuffix("'m")
    }

    private static let clauseMarks: Set<Character> = [",", ".", "?", "!", ";", ":", "(", "—", "–", "…", "，", "。", "？", "！", "（"]
    private static let sentenceMarks: Set<Character> = [".", "?", "!", "。", "？", "！"]
    private static let beForms: Set<String> = [
        "is", "was", "were", "are", "am", "be", "been", "being", "isn't", "wasn't", "aren't", "weren't",
    ]
    private static let adverbs: Set<String> = [
        "really", "also", "just", "actually", "still", "always", "never", "even", "genuinely", "particularly",
        "especially", "totally", "all", "both", "truly", "generally", "usually", "probably", "definitely", "not",
    ]
    /// “looks like”, “something like”, “more like”, “behaves like”: comparisons.
    private static let comparingWords: Set<String> = [
        "look", "looks", "looked", "looking", "sound", "sounds", "sounded", "seem", "seems", "seemed", "feel", "feels",
        "felt", "act", "acts", "acted", "behave", "behaves", "work", "works", "operate", "operates", "taste", "tastes",
        "smell", "smells", "something", "anything", "nothing", "everything", "more", "less", "much",
        "little", "bit", "very", "quite", "exactly", "somewhat",
    ]
    /// Plural nouns of things, which have no preferences: a “like” after them compares.
    private static let inanimatePlurals: Set<String> = [
        "things", "settings", "options", "tools", "conditions", "methods", "objects", "languages", "elements", "features",
        "files", "values", "types", "functions", "commands", "fields", "formats", "platforms", "frameworks", "libraries",
        "services", "systems", "protocols", "resources", "databases", "applications", "apps", "modules", "packages",
        "attributes", "parameters", "variables", "keywords", "operators", "expressions", "characters", "strings",
        "numbers", "errors", "events", "metrics", "headers", "policies", "rules", "labels", "annotations", "products",
        "devices", "browsers", "websites", "sites", "projects", "technologies", "models", "chips", "gpus", "cases",
        "examples", "tasks", "workloads", "information", "data", "stuff", "words", "names", "phrases", "symbols",
    ]
    /// Who may have a preference: “what you like,” is the verb. Third persons singular would
    /// say “likes”.
    private static let pronounSubjects: Set<String> = ["i", "you", "we", "they", "who", "which", "that", "people", "folks"]
    private static let singularSubjects: Set<String> = [
        "he", "she", "it", "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "one", "`",
    ]
    /// “a request like”, “this one like”.
    private static let singularDeterminers: Set<String> = ["a", "an", "each", "every", "another", "this"]
    private static let questionWords: Set<String> = ["what", "which", "who", "whom", "where", "when", "why", "how"]
    private static let pastForms: Set<String> = ["ran", "stood", "shone", "went", "came", "sat", "lay", "fell", "grew", "flew", "swam", "sang"]
    /// “we'd have to like, we need” is a filler; “have to like it” the verb.
    private static let auxiliaries: Set<String> = [
        "would", "should", "could", "might", "may", "will", "can", "must", "do", "does", "did", "to",
    ]
    private static let fillerHosts: Set<String> = ["have", "has", "had", "having", "mean", "know", "got", "get", "gets", "getting"]
    private static let clauseOpeners: Set<String> = [
        "and", "or", "but", "so", "then", "because", "with", "of", "in", "on", "for", "about", "than",
    ]
    private static let objects: Set<String> = ["to", "it", "them", "him", "her", "me", "us", "you", "this", "that", "these", "those"]
    private static let determiners: Set<String> = ["the", "a", "an", "my", "your", "our", "their", "his", "its"]
}
