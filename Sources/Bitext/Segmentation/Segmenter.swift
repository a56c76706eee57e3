/// Splits the translatable blocks of a document into sentences (or, when the input is
/// presegmented, into its non-empty lines) and records the file line each one starts on.
///
/// Guarantees, relied on by alignment and checks: segment text is trimmed and never empty;
/// every non-whitespace character of every translatable block is in exactly one segment,
/// in order; a soft line break inside a sentence becomes a space in English, and in
/// Chinese nothing between two CJK characters, where Chinese never has whitespace, and a
/// space next to Latin text, where it keeps the word boundary the author typed.
public struct Segmenter: Sendable {
    public var presegmented: Bool

    public init(presegmented: Bool = false) { self.presegmented = presegmented }

    public func segment(_ document: Document) -> SegmentedDocument {
        var segments: [Segment] = []
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(document.blocks.count)
        for (blockIndex, block) in document.blocks.enumerated() {
            let start = segments.count
            if block.kind == .tableRow {
                // A row is one unit whatever its cells hold: tables align row by row.
                segments.append(Segment(index: segments.count, text: block.text, line: block.line, block: blockIndex))
            } else if block.isTranslatable {
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
        let scalars = SentenceText(text)
        let ends: [Int]
        if presegmented {
            ends = scalars.scalars.indices.filter { scalars[$0].isLineBreak } + [scalars.count]
        } else {
            switch language {
            case .english: ends = EnglishSentenceBoundaries.ends(in: scalars)
            case .chinese: ends = ChineseSentenceBoundaries.ends(in: scalars)
            }
        }
        var pieces: [(text: String, lineOffset: Int)] = []
        var start = 0
        var lineBreaksBefore = 0
        for end in ends {
            var first = start
            while first < end && scalars[first].isSpaceOrNewline {
                if isCountedLineBreak(scalars, at: first) { lineBreaksBefore += 1 }
                first += 1
            }
            if first < end {
                let (piece, lineBreaks) = joined(scalars, first..<end, language: language)
                pieces.append((piece, lineBreaksBefore))
                lineBreaksBefore += lineBreaks
            }
            start = end
        }
        return pieces
    }

    /// A line break that starts a new line of the file. Readers number lines by LF alone (the
    /// decoder turns CR LF and lone CR into LF), so CR, NEL and the Unicode line and paragraph
    /// separators break sentences but do not count, or later segments would point past their line.
    private func isCountedLineBreak(_ scalars: SentenceText, at index: Int) -> Bool {
        scalars[index] == "\n"
    }

    /// The trimmed text of `range` with each line break (and the spaces around it) replaced
    /// by the language's joiner; also returns how many line breaks the range held.
    private func joined(_ scalars: SentenceText, _ range: Range<Int>, language: Language) -> (String, Int) {
        var last = range.upperBound
        while last > range.lowerBound && scalars[last - 1].isSpaceOrNewline { last -= 1 }
        var result = ""
        var lineBreaks = 0
        var pieceStart = range.lowerBound
        var index = range.lowerBound
        while index < last {
            guard scalars[index].isSpaceOrNewline else {
                index += 1
                continue
            }
            var after = index
            var hasLineBreak = false
            while after < last && scalars[after].isSpaceOrNewline {
                if scalars[after].isLineBreak { hasLineBreak = true }
                if isCountedLineBreak(scalars, at: after) { lineBreaks += 1 }
                after += 1
            }
            if hasLineBreak {
                result += scalars.text(pieceStart..<index)
                if joinsWithSpace(before: scalars[index - 1], after: scalars[after], language: language) { result += " " }
                pieceStart = after
            }
            index = after
        }
        result += scalars.text(pieceStart..<last)
        lineBreaks += (last..<range.upperBound).count { isCountedLineBreak(scalars, at: $0) }
        return (result, lineBreaks)
    }

    /// Chinese lines join without a space between Han characters and next to full-width
    /// punctuation (`，`, `、`, `（`), which carries its own spacing: a page wrapped after
    /// `，` before `Envoy` reads `，Envoy`, not a typed `， Envoy`.
    private func joinsWithSpace(before: Unicode.Scalar, after: Unicode.Scalar, language: Language) -> Bool {
        switch language {
        case .english: true
        case .chinese: !(before.isCJK && after.isCJK) && !before.isFullWidthForm && !after.isFullWidthForm
        }
    }
}
