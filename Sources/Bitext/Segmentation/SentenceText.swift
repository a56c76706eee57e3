/// A block's text as an array of characters, with the scanning helpers both sentence
/// splitters share. Characters, not `String.Index`, so looking back and ahead is O(1).
struct SentenceText {
    let characters: [Character]

    init(_ text: String) {
        characters = Array(text)
    }

    var count: Int { characters.count }

    subscript(_ index: Int) -> Character { characters[index] }

    /// Characters that close what a sentence opened and stay with it: quotes, brackets,
    /// and emphasis markers (when they close an emphasis, see `closesEmphasis`).
    static let closers: Set<Character> = ["\"", "'", "”", "’", ")", "]", "}", "»", "」", "』", "）", "》", "】", "〕", "〉"]
    static let openers: Set<Character> = ["\"", "'", "“", "‘", "(", "[", "{", "«", "「", "『", "（", "《", "【", "〔", "〈", "*", "_"]

    /// The index after the closing quotes, brackets, emphasis and `</tag>`s that follow a
    /// sentence end at `index`.
    func afterClosers(from index: Int) -> Int {
        var cursor = index
        while cursor < count {
            let character = characters[cursor]
            if Self.closers.contains(character) {
                cursor += 1
            } else if character == "*" || character == "_" {
                guard closesEmphasis(at: cursor, marker: character) else { break }
                while cursor < count && characters[cursor] == character { cursor += 1 }
            } else if character == "<", cursor + 1 < count, characters[cursor + 1] == "/",
                      let end = characters[cursor...].firstIndex(of: ">") {
                cursor = end + 1
            } else {
                break
            }
        }
        return cursor
    }

    /// After a sentence's final punctuation an emphasis run (`**`) closes an emphasis when
    /// it cannot open one: CommonMark's flanking rule, i.e. when whitespace, punctuation or
    /// the end of the text follows it (`c.** Next` closes; `。**d` opens the next sentence).
    func closesEmphasis(at index: Int, marker: Character) -> Bool {
        var after = index
        while after < count && characters[after] == marker { after += 1 }
        guard after < count else { return true }
        let next = characters[after]
        return next.isWhitespace || next.isPunctuation || next.isSymbol
    }

    /// The first index at or after `index` that is not whitespace.
    func skippingWhitespace(from index: Int) -> Int {
        var cursor = index
        while cursor < count && characters[cursor].isWhitespace { cursor += 1 }
        return cursor
    }

    /// The first index at or after `index` past opening quotes, brackets, emphasis and `<tag>`s.
    func skippingOpeners(from index: Int) -> Int {
        var cursor = index
        while cursor < count {
            if Self.openers.contains(characters[cursor]) {
                cursor += 1
            } else if characters[cursor] == "<", let end = characters[cursor...].firstIndex(of: ">"), end - cursor < 40 {
                cursor = end + 1
            } else {
                break
            }
        }
        return cursor
    }

    /// Whether the range holds a letter (Latin, Han, any script): a run of digits and
    /// punctuation such as `**01.**` or `10,000.` is not a sentence of its own.
    func containsLetter(_ range: Range<Int>) -> Bool {
        characters[range].contains { $0.isLetter }
    }

    /// Sentence ends with a final piece that holds no letter (a stray `**` or `)` the
    /// closers did not take) merged into the sentence before it.
    func mergingLetterlessTail(_ ends: [Int]) -> [Int] {
        guard ends.count >= 2, !containsLetter(ends[ends.count - 2]..<count) else { return ends }
        var merged = ends
        merged.remove(at: merged.count - 2)
        return merged
    }

    /// The run of letters, digits, dots and hyphens that ends just before `index`
    /// (the word a full stop follows, `U.S` for `U.S.`).
    func word(endingBefore index: Int) -> String {
        var start = index
        while start > 0 {
            let character = characters[start - 1]
            guard character.isLetter || character.isNumber || character == "." || character == "-" else { break }
            start -= 1
        }
        return String(characters[start..<index])
    }

    /// The run of letters and digits starting at `index`.
    func word(startingAt index: Int) -> String {
        var end = index
        while end < count && (characters[end].isLetter || characters[end].isNumber || characters[end] == "'" || characters[end] == "’") {
            end += 1
        }
        return String(characters[index..<end])
    }

    static func isCJK(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3000...0x303F, 0xFF00...0xFFEF, 0x2E80...0x2FDF, 0x3040...0x30FF, 0x3100...0x312F:
            return true
        default:
            return scalar.isHan
        }
    }
}
