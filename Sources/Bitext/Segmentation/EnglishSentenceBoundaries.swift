/// Where English sentences end. A sentence ends at `.`, `!`, `?` or `…` (or a run of
/// them) plus any closing quotes and brackets, when whitespace follows and the next word
/// does not start with a lower-case letter. A full stop does not end a sentence after:
/// - a title or short form that precedes more of the sentence (`Mr.`, `Dr.`, `vs.`,
///   `Inc.`, `U.S.`, `e.g.`; any dotted initialism such as `Ph.D.`);
/// - `No.` before a number (`No. 5`); before anything else, "No." is an answer, and the
///   transcript has two ("or. No. Or is there", "right now? No. And so");
/// - a single capital initial before a capitalised word (`J. Smith`, "the V. R1 model"),
///   unless that word is a common sentence opener ("the letter M. So it's like M. So");
///   `I.` is the pronoun and always ends;
/// - the transcript's spelled-out `I. E.` and `E. G.`.
/// `etc.` ends a sentence before a capital: every such case in the transcript does
/// ("Intel's failing, Samsung's failing, etc. But if you look").
/// Decimals, versions, URLs and domains need no rule: no whitespace follows their dots.
enum EnglishSentenceBoundaries {
    static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?" || scalar == "…"
    }

    /// Short forms after which a full stop never ends the sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "vs", "inc", "ltd", "co", "corp",
        "mt", "fig", "approx", "cf", "gen", "gov", "sen", "rep", "col", "lt", "sgt", "capt", "jan", "feb",
        "aug", "sept", "oct", "nov", "dec", "dept", "est", "al",
    ]

    /// Words that commonly open a sentence; after one of them a capital initial is a
    /// sentence end, not part of a name.
    static let sentenceOpeners: Set<String> = [
        "so", "and", "but", "or", "the", "this", "that", "these", "those", "there", "there's", "it", "it's",
        "i", "i'm", "i've", "we", "we're", "you", "he", "she", "they", "what", "why", "how", "when", "where",
        "then", "now", "yes", "yeah", "no", "well", "like", "right", "okay", "ok", "if", "in", "on", "at",
        "a", "an", "my", "our", "your", "which", "who", "let's", "just", "also", "because", "not", "to",
        "for", "is", "was", "do", "does", "did", "can", "all", "some", "one", "here", "here's", "that's",
    ]

    /// End indices (exclusive) of the sentences in `text`; the last one is `text.count`.
    static func ends(in text: SentenceText) -> [Int] {
        text.sentenceEnds(isTerminator: isTerminator) { index, runEnd, end, nextStart in
            end < text.count && nextStart > end && nextStart < text.count
                && endsSentence(text, terminatorAt: index, runEnd: runEnd, nextStart: nextStart)
        }
    }

    private static func endsSentence(_ text: SentenceText, terminatorAt index: Int, runEnd: Int, nextStart: Int) -> Bool {
        let firstOfNext = text.skippingOpeners(from: nextStart)
        guard firstOfNext < text.count else { return true }
        let next = text[firstOfNext]
        if next.isLowercaseLetter { return false }
        // Only a single full stop can belong to an abbreviation; "?", "!" and "..." end.
        guard text[index] == ".", runEnd == index + 1 else { return true }
        let word = text.word(endingBefore: index)
        let lowered = word.lowercased()
        if abbreviations.contains(lowered) { return false }
        if lowered == "no" { return !next.isDigit }
        if isDottedInitialism(word) { return false }
        if word.unicodeScalars.count == 1, let letter = word.unicodeScalars.first, letter.isUppercaseLetter {
            return !continuesInitial(letter, text: text, at: index, nextWordStart: firstOfNext)
        }
        return true
    }

    /// `U.S`, `e.g`, `Ph.D`: dotted parts of one or two letters.
    private static func isDottedInitialism(_ word: String) -> Bool {
        guard word.unicodeScalars.contains(".") else { return false }
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.allSatisfy { !$0.isEmpty && $0.count <= 2 && $0.unicodeScalars.allSatisfy(\.isLetterOfAnyScript) }
    }

    /// Whether the capital `letter` before the full stop at `index` is an initial (or part
    /// of a spelled-out `I. E.`/`E. G.`), so the sentence goes on.
    private static func continuesInitial(_ letter: Unicode.Scalar, text: SentenceText, at index: Int, nextWordStart: Int) -> Bool {
        let nextWord = text.word(startingAt: nextWordStart)
        let previousWord = index >= 2 ? text.word(endingBefore: text.skippingWhitespaceBackward(from: index - 1)) : ""
        if letter == "I" { return nextWord == "E" }
        if letter == "E" && (nextWord == "G" || previousWord == "I" || previousWord == "I.") { return true }
        if letter == "G" && (previousWord == "E" || previousWord == "E.") { return true }
        guard let first = nextWord.unicodeScalars.first, first.isUppercaseLetter else { return false }
        return !sentenceOpeners.contains(nextWord.lowercased().replacingOccurrences(of: "’", with: "'"))
    }
}
