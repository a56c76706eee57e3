/// Splits the translatable blocks of a document into sentences (or, when the input is
/// presegmented, into its non-empty lines) and records the file line each one starts on.
///
/// Guarantees, relied on by alignment and checks: segment text is trimmed and never empty;
/// every non-whitespace character of every translatable block is in exactly one segment,
/// in order; a soft line break inside a sentence becomes a space in English and nothing
/// in Chinese (a space when Latin text is on both sides of it in Chinese).
public struct Segmenter: Sendable {
    public var presegmented: Bool

    public init(presegmented: Bool = false) { self.presegmented = presegmented }

    public func segment(_ document: Document) -> SegmentedDocument {
        var segments: [Segment] = []
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(document.blocks.count)
        for (blockIndex, block) in document.blocks.enumerated() {
            let start = segments.count
            if block.isTranslatable {
                for piece in pieces(of: block.text, language: document.language) {
                    segments.append(Segment(
                        index: segments.count, text: piece.text, line: block.line + piece.lineOffset, block: blockIndex
                    ))
                }
            }
            ranges.append(start..<segments.count)
        }
        return SegmentedDocument(document: document, segments: segments, blockSegments: ranges)
    }

    /// The segments of one block's text, each with the number of line breaks before it.
    func pieces(of text: String, language: Language) -> [(text: String, lineOffset: Int)] {
        let characters = SentenceText(text)
        let ends: [Int]
        if presegmented {
            ends = characters.characters.indices.filter { characters[$0].isNewline } + [characters.count]
        } else {
            switch language {
            case .english: ends = EnglishSentenceBoundaries.ends(in: characters)
            case .chinese: ends = ChineseSentenceBoundaries.ends(in: characters)
            }
        }
        var pieces: [(text: String, lineOffset: Int)] = []
        var start = 0
        var lineBreaksBefore = 0
        for end in ends {
            var first = start
            while first < end && characters[first].isWhitespace {
                if characters[first].isNewline { lineBreaksBefore += 1 }
                first += 1
            }
            if first < end {
                let (piece, lineBreaks) = joined(characters, first..<end, language: language)
                pieces.append((piece, lineBreaksBefore))
                lineBreaksBefore += lineBreaks
            }
            start = end
        }
        return pieces
    }

    /// The trimmed text of `range` with each line break (and the spaces around it) replaced
    /// by the language's joiner; also returns how many line breaks the range held.
    private func joined(_ characters: SentenceText, _ range: Range<Int>, language: Language) -> (String, Int) {
        var last = range.upperBound
        while last > range.lowerBound && characters[last - 1].isWhitespace { last -= 1 }
        var result = ""
        var lineBreaks = 0
        var index = range.lowerBound
        while index < last {
            let character = characters[index]
            guard character.isWhitespace else {
                result.append(character)
                index += 1
                continue
            }
            var after = index
            var hasLineBreak = false
            while after < last && characters[after].isWhitespace {
                if characters[after].isNewline {
                    hasLineBreak = true
                    lineBreaks += 1
                }
                after += 1
            }
            if hasLineBreak {
                result += joiner(before: result.last, after: characters[after], language: language)
            } else {
                result.append(contentsOf: characters.characters[index..<after])
            }
            index = after
        }
        lineBreaks += characters.characters[last..<range.upperBound].count { $0.isNewline }
        return (result, lineBreaks)
    }

    private func joiner(before: Character?, after: Character, language: Language) -> String {
        switch language {
        case .english:
            return " "
        case .chinese:
            guard let before else { return "" }
            return SentenceText.isCJK(before) || SentenceText.isCJK(after) ? "" : " "
        }
    }
}
