/// English word handling shared by alignment (dictionary glosses vs text) and glossary
/// matching (inflected terms): both must reduce words the same way or they will not meet.
public enum EnglishWords {
    /// Lower-cased word tokens: letters, digits and inner apostrophes/hyphens are kept
    /// inside a token; everything else separates tokens.
    public static func tokens<S: StringProtocol>(_ text: S) -> [String] {
        if ASCIICharacters.hold(in: text.utf8) { return asciiTokens(Array(text.utf8)) }
        var result: [String] = []
        var current = ""
        var previousWasJoiner = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
                previousWasJoiner = false
            } else if (character == "'" || character == "’") && !current.isEmpty && !previousWasJoiner {
                current.append("'")
                previousWasJoiner = true
            } else {
                if previousWasJoiner { current.removeLast() }
                if !current.isEmpty { result.append(current) }
                current = ""
                previousWasJoiner = false
            }
        }
        if previousWasJoiner { current.removeLast() }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// `tokens` of text whose Characters are ASCII bytes (`ASCIICharacters`): words are byte
    /// ranges (most English text, and most of its tokenizing time).
    private static func asciiTokens(_ bytes: [UInt8]) -> [String] {
        var result: [String] = []
        var start: Int?
        var previousWasJoiner = false
        for index in 0...bytes.count {
            let byte = index < bytes.count ? bytes[index] : UInt8(ascii: " ")
            if ASCIICharacters.isLetterOrDigit(byte) {
                if start == nil { start = index }
                previousWasJoiner = false
            } else if byte == UInt8(ascii: "'"), start != nil, !previousWasJoiner {
                previousWasJoiner = true
            } else {
                if let begin = start {
                    let end = previousWasJoiner ? index - 1 : index
                    result.append(ASCIICharacters.lowercased(bytes[begin..<end]))
                }
                start = nil
                previousWasJoiner = false
            }
        }
        return result
    }

    /// A light suffix stemmer with the commonest irregular forms. It over-stems
    /// consistently, which is what matching needs: `models`, `modeling`, `modeled` → `model`.
    public static func stem(_ word: String) -> String {
        let lowered = word.lowercased()
        // Foundation's replacement costs more than the rest of stemming: only where it applies.
        let word = lowered.unicodeScalars.contains("’") ? lowered.replacingOccurrences(of: "’", with: "'") : lowered
        if let base = irregular[word] { return base }
        var w = word
        if w.hasSuffix("'s") { w.removeLast(2) }
        guard w.count > 3 else { return w }
        var suffixRemoved = false
        for (suffix, replacement, minimumStem) in suffixRules where w.hasSuffix(suffix) {
            let stem = String(w.dropLast(suffix.count))
            if stem.count >= minimumStem, stem.contains(where: isVowel) {
                w = stem + replacement
                suffixRemoved = true
                break
            }
        }
        // Undo doubled consonants left by -ing/-ed (`running` → `runn` → `run`).
        if w.count > 3, let last = w.last, last == w.dropLast().last, !isVowel(last), !"lsz".contains(last) {
            w.removeLast()
        }
        // `-es` takes the e of `employees` and `machines`: drop it from `employee` and `machine`
        // too, or a word and its plural never meet.
        if !suffixRemoved, w.count > 4, w.hasSuffix("e") { w.removeLast() }
        return w
    }

    private static func isVowel(_ c: Character) -> Bool { "aeiouy".contains(c) }

    /// Ordered longest first; the first rule that applies wins.
    private static let suffixRules: [(String, String, Int)] = [
        ("ational", "ate", 2), ("izations", "ize", 2), ("ization", "ize", 2), ("fulness", "ful", 2),
        ("iveness", "ive", 2), ("ousness", "ous", 2), ("nesses", "", 3), ("ments", "", 3),
        ("ingly", "", 3), ("ities", "ity", 2), ("ement", "e", 3), ("ness", "", 3), ("ment", "", 4),
        ("ings", "", 3), ("ied", "y", 2), ("ies", "y", 2), ("ing", "", 3), ("ed", "", 3),
        ("ly", "", 3), ("es", "", 4), ("s", "", 3),
    ]

    private static let irregular: [String: String] = [
        "went": "go", "gone": "go", "goes": "go", "was": "be", "were": "be", "been": "be", "is": "be",
        "are": "be", "am": "be", "had": "have", "has": "have", "did": "do", "does": "do", "done": "do",
        "said": "say", "says": "say", "made": "make", "took": "take", "taken": "take", "came": "come",
        "saw": "see", "seen": "see", "knew": "know", "known": "know", "got": "get", "gotten": "get",
        "gave": "give", "given": "give", "found": "find", "thought": "think", "told": "tell",
        "became": "become", "left": "leave", "felt": "feel", "brought": "bring", "began": "begin",
        "begun": "begin", "kept": "keep", "held": "hold", "wrote": "write", "written": "write",
        "stood": "stand", "heard": "hear", "meant": "mean", "met": "meet", "ran": "run", "paid": "pay",
        "sat": "sit", "spoke": "speak", "spoken": "speak", "lay": "lie", "led": "lead", "grew": "grow",
        "grown": "grow", "lost": "lose", "fell": "fall", "fallen": "fall", "sent": "send", "built": "build",
        "understood": "understand", "drew": "draw", "drawn": "draw", "broke": "break", "broken": "break",
        "spent": "spend", "rose": "rise", "risen": "rise", "drove": "drive", "driven": "drive",
        "bought": "buy", "wore": "wear", "worn": "wear", "chose": "choose", "chosen": "choose",
        "sought": "seek", "threw": "throw", "thrown": "throw", "caught": "catch", "taught": "teach",
        "fought": "fight", "sold": "sell", "ate": "eat", "eaten": "eat", "slept": "sleep", "won": "win",
        "men": "man", "women": "woman", "children": "child", "people": "person", "feet": "foot",
        "teeth": "tooth", "mice": "mouse", "better": "good", "best": "good", "worse": "bad", "worst": "bad",
        "data": "datum", "indices": "index", "matrices": "matrix", "analyses": "analysis",
    ]
}
