/// A block's text as an array of Unicode scalars, with the scanning helpers both sentence
/// splitters share. An array, not `String.Index`, so looking back and ahead is O(1);
/// scalars, not `Character`, because every comparison then is an integer comparison.
struct SentenceText {
    let scalars: [Unicode.Scalar]
    /// The text's UTF-8 bytes and, for each scalar index (and the end), its byte offset,
    /// so a range of scalars becomes a `String` by copying bytes.
    private let utf8: [UInt8]
    private let utf8Offsets: [Int]

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var offset = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.scalars = scalars
        self.utf8Offsets = offsets
        self.utf8 = Array(text.utf8)
    }

    /// The text of a range of scalar indices.
    func text(_ range: Range<Int>) -> String {
        String(decoding: utf8[utf8Offsets[range.lowerBound]..<utf8Offsets[range.upperBound]], as: UTF8.self)
    }

    var count: Int { scalars.count }

    subscript(_ index: Int) -> Unicode.Scalar { scalars[index] }

    /// Quotes and brackets that close what a sentence opened and stay with it.
    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "”", "’", ")", "]", "}", "»", "」", "』", "）", "》", "】", "〕", "〉": true
        default: false
        }
    }

    /// Quotes, brackets and emphasis that may open a sentence before its first word.
    static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "“", "‘", "(", "[", "{", "«", "「", "『", "（", "《", "【", "〔", "〈", "*", "_": true
        default: false
        }
    }

    /// The index after the closing quotes, brackets, emphasis and `</tag>`s that follow a
    /// sentence end at `index`.
    func afterClosers(from index: Int) -> Int {
        var cursor = index
        while cursor < count {
            let scalar = scalars[cursor]
            if Self.isCloser(scalar) {
                cursor += 1
            } else if scalar == "*" || scalar == "_" {
                guard closesEmphasis(at: cursor, marker: scalar) else { break }
                while cursor < count && scalars[cursor] == scalar { cursor += 1 }
            } else if scalar == "<", cursor + 1 < count, scalars[cursor + 1] == "/",
                      let end = tagEnd(from: cursor) {
                cursor = end
            } else {
                break
            }
        }
        return cursor
    }

    /// After a sentence's final punctuation an emphasis run (`**`) closes an emphasis when
    /// it cannot open one: CommonMark's flanking rule, i.e. when whitespace, punctuation or
    /// the end of the text follows it (`c.** Next` closes; `。**d` opens the next sentence).
    func closesEmphasis(at index: Int, marker: Unicode.Scalar) -> Bool {
        var after = index
        while after < count && scalars[after] == marker { after += 1 }
        guard after < count else { return true }
        let next = scalars[after]
        return next.isSpaceOrNewline || next.isPunctuationOrSymbol
    }

    /// The index after the `>` of a short `<...>` tag starting at `index`, if there is one.
    func tagEnd(from index: Int) -> Int? {
        var cursor = index + 1
        while cursor < count && cursor - index < 40 {
            if scalars[cursor] == ">" { return cursor + 1 }
            if scalars[cursor] == "<" || scalars[cursor].isLineBreak { return nil }
            cursor += 1
        }
        return nil
    }

    /// The first index at or after `index` that is not whitespace.
    func skippingWhitespace(from index: Int) -> Int {
        var cursor = index
        while cursor < count && scalars[cursor].isSpaceOrNewline { cursor += 1 }
        return cursor
    }

    /// The index just after the last non-whitespace scalar before `index`.
    func skippingWhitespaceBackward(from index: Int) -> Int {
        var cursor = index
        while cursor > 0 && scalars[cursor - 1].isSpaceOrNewline { cursor -= 1 }
        return cursor
    }

    /// The first index at or after `index` past opening quotes, brackets, emphasis and `<tag>`s.
    func skippingOpeners(from index: Int) -> Int {
        var cursor = index
        while cursor < count {
            if Self.isOpener(scalars[cursor]) {
                cursor += 1
            } else if scalars[cursor] == "<", let end = tagEnd(from: cursor) {
                cursor = end
            } else {
                break
            }
        }
        return cursor
    }

    /// Whether the range holds a letter (Latin, Han, any script): a run of digits and
    /// punctuation such as `**01.**` or `10,000.` is not a sentence of its own.
    func containsLetter(_ range: Range<Int>) -> Bool {
        scalars[range].contains { $0.isLetterOfAnyScript }
    }

    /// End indices (exclusive) of the sentences; the last one is `count`. Runs of
    /// `isTerminator` marks (with the closing quotes and brackets after them) are candidate
    /// ends; the language's `endsSentence(terminatorAt:runEnd:end:nextStart:)` decides, and a
    /// stretch with no letter never becomes a sentence of its own.
    func sentenceEnds(
        isTerminator: (Unicode.Scalar) -> Bool,
        endsSentence: (_ index: Int, _ runEnd: Int, _ end: Int, _ nextStart: Int) -> Bool
    ) -> [Int] {
        var ends: [Int] = []
        var sentenceStart = skippingWhitespace(from: 0)
        var index = sentenceStart
        while index < count {
            guard isTerminator(self[index]) else {
                index += 1
                continue
            }
            var runEnd = index
            while runEnd < count && isTerminator(self[runEnd]) { runEnd += 1 }
            let end = afterClosers(from: runEnd)
            let nextStart = skippingWhitespace(from: end)
            if endsSentence(index, runEnd, end, nextStart), containsLetter(sentenceStart..<end) {
                ends.append(end)
                sentenceStart = nextStart
                index = nextStart
            } else {
                index = max(end, index + 1)
            }
        }
        if sentenceStart < count || ends.isEmpty { ends.append(count) }
        return mergingLetterlessTail(ends)
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
    /// (the word a full stop follows, `U.S` for `U.S.`), at most 40 scalars back.
    func word(endingBefore index: Int) -> String {
        var start = index
        while start > 0 && index - start < 40 {
            let scalar = scalars[start - 1]
            guard scalar.isLetterOfAnyScript || scalar.isDigit || scalar == "." || scalar == "-" else { break }
            start -= 1
        }
        return text(start..<index)
    }

    /// The run of letters, digits and apostrophes starting at `index`.
    func word(startingAt index: Int) -> String {
        var end = index
        while end < count && end - index < 40
            && (scalars[end].isLetterOfAnyScript || scalars[end].isDigit || scalars[end] == "'" || scalars[end] == "’") {
            end += 1
        }
        return text(index..<end)
    }
}
