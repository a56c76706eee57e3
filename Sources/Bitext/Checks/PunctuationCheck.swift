/// Punctuation a Chinese reader notices: half-width `, . ? ! : ;` inside Chinese prose,
/// brackets and quotes opened and never closed, a question or exclamation whose mark the
/// translation lost, and typography as AutoCorrect (the Chinese copywriting linter) reports
/// it: spaces next to full-width punctuation (`顺便说一句， 我`, `Llama 。`, `“ query ”`) and
/// doubled end punctuation (`有点.。`), one finding per pair listing the spots. The spacing
/// of Chinese against Latin text is `cjk-spacing`'s; this check owns the marks themselves.
public struct PunctuationCheck: PairCheck {
    public static let description = CheckDescription(
        id: "punctuation", name: "Punctuation",
        summary: "Half-width punctuation in Chinese, unbalanced quotes or brackets, or lost end punctuation.",
        defaultSeverity: .warning,
        passingExamples: [
            CheckExample("Can you describe what DeepSeek V3 and R1 are?", "你能描述一下 DeepSeek V3 和 R1 是什么吗？"),
            CheckExample("It costs 3.5 dollars (roughly).", "它的成本是 3.5 美元（大约）。"),
            CheckExample("Istio makes this easy!", "Istio 让这件事变得简单。"),
            CheckExample("Free space (in MB", "可用空间（单位 MB"),
            CheckExample("Nathan is the author of the blog called Interconnects.", "Nathan 是人工智能博客 “互联”（Interconnect）的作者。"),
            CheckExample("Wait, what?!", "等等，什么？！"),
            // reStructuredText in a Sphinx PO file: a literal block's marker, a role, a footnote.
            CheckExample("It prints the file's contents to the screen::", "它印出檔案內容至螢幕。 ::"),
            CheckExample("Values only. :rfc:`7159` removed this restriction.", "僅限值。 :rfc:`7159` 移除了這個限制。"),
        ],
        failingExamples: [
            CheckExample("It is open weights, so anyone can use it.", "它是开放权重的,所以任何人都可以使用它。"),
            CheckExample("Nathan wrote “Interconnects.”", "Nathan 写了“互联。"),
            CheckExample("Can you describe what DeepSeek V3 and R1 are?", "你能描述一下 DeepSeek V3 和 R1 是什么。"),
            CheckExample("Stop the proxy now!", "现在停止代理"),
            CheckExample("By the way, I think.", "顺便说一句， 我认为。"),
            CheckExample("Relative to Llama.", "相对于 Llama 。"),
            CheckExample("It's a little.", "有点.。"),
            // Between two sentences of a paragraph: the segments are trimmed, the paragraph is not.
            CheckExample(
                markdownSource: "It is hard to copy. So we will talk about the costs.\n",
                markdownTarget: "这很难复制。 因此，我们将讨论成本。\n"),
        ],
        prerequisites: ["untranslated"]
    )

    public init() {}

    static let halfWidth: [Character: Character] = [",": "，", ".": "。", "?": "？", "!": "！", ":": "：", ";": "；"]
    static let pairs: [(open: Character, close: Character)] = [
        ("（", "）"), ("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"), ("《", "》"), ("【", "】"), ("(", ")"),
    ]

    /// The spaces between sentences are found once for the whole target document.
    public func run(on bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        let gaps = bitext.targetLanguage == .chinese ? Self.spacedSentenceEnds(in: bitext.targetDocument) : [:]
        var findings: [Finding] = []
        for position in bitext.pairs.indices {
            findings += check(bitext.pairs[position], in: bitext, context: context, spacedSentenceEnds: gaps)
        }
        return findings
    }

    public func check(_ pair: AlignedPair, in bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        let blocks = Set(pair.target.map(\.block))
        return check(pair, in: bitext, context: context, spacedSentenceEnds: Self.spacedSentenceEnds(in: bitext.targetDocument, blocks: blocks))
    }

    private func check(
        _ pair: AlignedPair, in bitext: AlignedBitext, context: CheckContext, spacedSentenceEnds: [Int: String]
    ) -> [Finding] {
        guard !pair.target.isEmpty else { return [] }
        let text = pair.targetProse
        var findings: [Finding] = []
        // A keyword list's `;` separates items for a program (see `AdditionCheck.isKeywordList`).
        if bitext.targetLanguage == .chinese, !AdditionCheck.isKeywordList(pair.sourceText) {
            findings += Self.halfWidthRanges(in: text).map { range in
                let mark = text[range].first!
                return finding(
                    "half-width “\(mark)” in Chinese text; use “\(Self.halfWidth[mark]!)”", pair: pair, in: bitext,
                    context: context, targetSpans: [Finding.Span(range, in: text)])
            }
        }
        // A string cut out of a larger one (a macro split by the segmenter, a label and its
        // value in two units) is unbalanced in the source already; the translation follows it.
        let targetUnbalanced = Self.unbalanced(text)
        let sourceUnbalanced = pair.source.isEmpty || targetUnbalanced.isEmpty ? [] : Self.unbalanced(pair.sourceProse).map(\.0)
        findings += targetUnbalanced.filter { open, _ in
            !sourceUnbalanced.contains { Self.family(of: $0) == Self.family(of: open) }
        }.map { open, close in
            let marks = Finding.Span.occurrences(of: String(open), in: text) + Finding.Span.occurrences(of: String(close), in: text)
            return finding(
                "“\(open)” and “\(close)” do not balance", pair: pair, in: bitext, context: context,
                targetSpans: marks.sorted { $0.start < $1.start })
        }
        if bitext.targetLanguage == .chinese {
            findings += typographyFinding(pair, in: bitext, context: context, spacedSentenceEnds: spacedSentenceEnds)
        }
        if !pair.source.isEmpty, let lost = Self.lostEndMark(source: pair.sourceProse, target: text) {
            let source = pair.sourceProse
            let place = source.lastIndex(of: lost).map { [Finding.Span($0..<source.index(after: $0), in: source)] } ?? []
            findings.append(finding(
                "the source ends with “\(lost)” but the translation does not", pair: pair, in: bitext, context: context,
                sourceSpans: place))
        }
        return findings
    }

    /// Spaces next to full-width punctuation and doubled end marks in the target, as one
    /// finding listing where (a machine translation that does it once does it throughout).
    private func typographyFinding(
        _ pair: AlignedPair, in bitext: AlignedBitext, context: CheckContext, spacedSentenceEnds: [Int: String]
    ) -> [Finding] {
        let text = pair.targetProse
        let betweenSentences = pair.target.compactMap { segment in
            spacedSentenceEnds[segment.index].map { shown in
                (shown: shown, mark: text.range(of: segment.text).map { text.index(before: $0.upperBound)..<$0.upperBound })
            }
        }
        guard Self.mayHaveTypographyProblem(text) || !betweenSentences.isEmpty else { return [] }
        let spaced = Self.spacesAroundFullWidth(in: text)
        let doubled = Self.doubledEndMarks(in: text)
        guard !spaced.isEmpty || !doubled.isEmpty || !betweenSentences.isEmpty else { return [] }
        func listing(_ shown: [String]) -> String {
            shown.prefix(4).map { "“\($0)”" }.joined(separator: ", ") + (shown.count > 4 ? " and \(shown.count - 4) more" : "")
        }
        let spacedShown = spaced.map { String(text[$0]) } + betweenSentences.map(\.shown)
        var problems: [String] = []
        if !spacedShown.isEmpty { problems.append("space next to full-width punctuation at \(listing(spacedShown))") }
        if !doubled.isEmpty { problems.append("doubled punctuation at \(listing(doubled.map { String(text[$0]) }))") }
        let spans = (spaced + doubled + betweenSentences.compactMap(\.mark)).sorted { $0.lowerBound < $1.lowerBound }
            .map { Finding.Span($0, in: text) }
        return [finding(problems.joined(separator: "; ") + ": remove it", pair: pair, in: bitext, context: context, targetSpans: spans)]
    }

    /// Whether two neighbouring scalars could be a space beside a full-width mark or a doubled
    /// end mark: one pass over the scalars, asked of every Chinese target, so that the
    /// Character-level search below runs only on the few that could report something.
    static func mayHaveTypographyProblem(_ text: String) -> Bool {
        func isMark(_ value: UInt32) -> Bool {
            switch value {
            case 0x3001, 0x3002, 0x3008...0x3011, 0x300C...0x300F, 0x2018, 0x2019, 0x201C, 0x201D,
                 0xFF01, 0xFF08, 0xFF09, 0xFF0C, 0xFF1A, 0xFF1B, 0xFF1F: true
            default: false
            }
        }
        func isEndMark(_ value: UInt32) -> Bool {
            switch value {
            // U+037E, the Greek question mark, is canonically `;`: one Character with it.
            case 0x21, 0x2C, 0x2E, 0x3B, 0x3F, 0x037E, 0x3001, 0x3002, 0xFF01, 0xFF0C, 0xFF1B, 0xFF1F: true
            default: false
            }
        }
        var previous: UInt32 = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if previous == 0x20 && isMark(value) || value == 0x20 && isMark(previous) || isEndMark(previous) && isEndMark(value) {
                return true
            }
            previous = value
        }
        return false
    }

    /// Sentences followed by spaces before the next sentence of their paragraph, where they
    /// end with a full-width mark (`复制。 因此`): by segment index, the spot as a message shows
    /// it (`。 因`). Segments are trimmed, so no pair's text shows these spaces; the paragraph
    /// in the target document does. `blocks`: only those paragraphs (nil: all).
    static func spacedSentenceEnds(in document: SegmentedDocument?, blocks: Set<Int>? = nil) -> [Int: String] {
        guard let document else { return [:] }
        var found: [Int: String] = [:]
        for (block, segments) in document.blockSegments.enumerated() where segments.count > 1 && blocks?.contains(block) ?? true {
            guard document.document.blocks.indices.contains(block) else { continue }
            let paragraph = document.document.blocks[block].text
            guard mayHaveTypographyProblem(paragraph) else { continue }
            // Each sentence is looked for after the one before it: the same short sentence
            // (对的。) may come several times in a paragraph.
            var cursor = paragraph.startIndex
            for index in segments.dropLast() {
                let text = document.segments[index].text
                guard let range = paragraph.range(of: text, range: cursor..<paragraph.endIndex) else { continue }
                cursor = range.upperBound
                // A closing quote counts after a full-width mark only (`。” 然后`), as inside a sentence.
                let marks = text.suffix(2)
                guard let last = marks.last,
                      fullWidthMarks.contains(last) || closingQuotes.contains(last) && marks.first.map(fullWidthMarks.contains) == true
                else { continue }
                let after = paragraph[range.upperBound...]
                let spaces = after.prefix { $0 == " " }
                guard !spaces.isEmpty, let next = after.dropFirst(spaces.count).first, !next.isWhitespace, !isMarkupOrMasked(next)
                else { continue }
                found[index] = "\(closingQuotes.contains(last) ? String(marks) : String(last))\(spaces)\(next)"
            }
        }
        return found
    }

    /// Full-width marks that take no space on either side.
    private static let fullWidthMarks: Set<Character> = ["，", "。", "！", "？", "；", "：", "、", "（", "）", "《", "》", "【", "】", "「", "」", "『", "』"]
    /// Quotation marks shared with English: only a space inside them is wrong in Chinese (`“ query ”`).
    private static let openingQuotes: Set<Character> = ["“", "‘"]
    private static let closingQuotes: Set<Character> = ["”", "’"]

    /// Each space (or run of spaces) touching a full-width mark, shown with its neighbours.
    static func spacesAroundFullWidth(in text: String) -> [Range<String.Index>] {
        guard text.contains(" ") else { return [] }
        let characters = Array(text)
        let indices = Array(text.indices) + [text.endIndex]
        var found: [Range<String.Index>] = []
        var index = 0
        while index < characters.count {
            guard characters[index] == " " else {
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end] == " " { end += 1 }
            if index > 0, end < characters.count {
                let before = characters[index - 1]
                let after = characters[end]
                let touchesMark = fullWidthMarks.contains(before) || fullWidthMarks.contains(after)
                    || openingQuotes.contains(before) || closingQuotes.contains(after)
                // Emphasis is Markdown's business (`markup` reports `** 文本 **`); table cells
                // are padded (`。 |`); masked code or tags keep the space their markup needs.
                let nextToMarkup = isMarkupOrMasked(before) || isMarkupOrMasked(after) || startsReSTMarkup(characters[end...])
                if touchesMark, !nextToMarkup { found.append(indices[index - 1]..<indices[end + 1]) }
            }
            index = end
        }
        return found
    }

    /// reStructuredText markup that a space must set apart, as Sphinx documentation's PO files
    /// have it after a sentence: a literal block's `::`, a role (`:rfc:`), a footnote (`[#]_`).
    private static func startsReSTMarkup(_ text: ArraySlice<Character>) -> Bool {
        guard let first = text.first else { return false }
        if first == ":" { return text.dropFirst().prefix { $0 != " " }.contains(":") }
        guard first == "[", let close = text.firstIndex(of: "]") else { return false }
        return text.index(after: close) < text.endIndex && text[text.index(after: close)] == "_"
    }

    /// Markdown markup, or a filler `MarkdownProse` put where code, a tag or a link target was.
    private static func isMarkupOrMasked(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar {
        case "*", "_", "|", "`", "<", ">", "\u{1A}", "\u{A0}", "\u{2002}": return true
        default: return scalar.properties.generalCategory == .privateUse
        }
    }

    /// Sentence marks written twice over (`.。`, `。。`, `，。`): not an ellipsis (`...`,
    /// `……`) and not the emphatic `？！`/`！？`.
    static func doubledEndMarks(in text: String) -> [Range<String.Index>] {
        let characters = Array(text)
        guard characters.count >= 2 else { return [] }
        let indices = Array(text.indices) + [text.endIndex]
        var found: [Range<String.Index>] = []
        for index in 0..<(characters.count - 1) {
            let (first, second) = (characters[index], characters[index + 1])
            guard endMarks.contains(first), endMarks.contains(second), fullWidthMarks.contains(first) || fullWidthMarks.contains(second) else { continue }
            if questionOrExclamation.contains(first), questionOrExclamation.contains(second) { continue }
            if index > 0, endMarks.contains(characters[index - 1]) { continue }
            // `，...`: a comma before an ellipsis written with full stops.
            if second == ".", index + 2 < characters.count, characters[index + 2] == "." { continue }
            found.append(indices[index]..<indices[index + 2])
        }
        return found
    }

    private static let endMarks: Set<Character> = [".", "。", ",", "，", ";", "；", "?", "？", "!", "！", "、"]
    private static let questionOrExclamation: Set<Character> = ["?", "？", "!", "！"]

    /// Half-width marks with a Han character before them and a Han character (or the end)
    /// after them; marks between Latin letters or digits (3.5, e.g.) are left alone.
    static func halfWidthInChinese(_ text: String) -> [Character] {
        halfWidthRanges(in: text).map { text[$0].first! }
    }

    /// The ranges of `text` holding the marks `halfWidthInChinese` reports.
    static func halfWidthRanges(in text: String) -> [Range<String.Index>] {
        SingleScalarCharacters.hold(in: text) ? halfWidthRangesByScalar(in: text) : halfWidthRangesByCharacter(in: text)
    }

    /// `halfWidthRanges` for text whose Characters are its scalars: the same walk over
    /// scalars, without building arrays of Characters and indices.
    static func halfWidthRangesByScalar(in text: String) -> [Range<String.Index>] {
        let scalars = text.unicodeScalars
        var found: [Range<String.Index>] = []
        var previousIsHan = false
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let after = scalars.index(after: index)
            if previousIsHan, isHalfWidthMark(scalar) {
                let isReported: Bool
                if after == scalars.endIndex {
                    isReported = true
                } else if scalars[after].isHan {
                    isReported = true
                } else if scalars[after] == " " {
                    let afterSpace = scalars.index(after: after)
                    isReported = afterSpace < scalars.endIndex && scalars[afterSpace].isHan
                } else {
                    isReported = false
                }
                if isReported { found.append(index..<after) }
            }
            previousIsHan = scalar.isHan
            index = after
        }
        return found
    }

    /// The scalars of the `halfWidth` marks.
    private static func isHalfWidthMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ".", "?", "!", ":", ";": true
        default: false
        }
    }

    /// `halfWidthRanges` on Characters, for any text.
    static func halfWidthRangesByCharacter(in text: String) -> [Range<String.Index>] {
        let characters = Array(text)
        let indices = Array(text.indices) + [text.endIndex]
        var found: [Range<String.Index>] = []
        for (index, character) in characters.enumerated() where halfWidth[character] != nil {
            guard index > 0, isHan(characters[index - 1]) else { continue }
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if next == nil || next.map(isHan) == true || (next == " " && index + 2 < characters.count && isHan(characters[index + 2])) {
                if character == ".", next == "." { continue }
                found.append(indices[index]..<indices[index + 1])
            }
        }
        return found
    }

    /// Brackets and quotes that do the same work in either language: `(` and `（`, `"` and `“`.
    private static func family(of open: Character) -> Character {
        switch open {
        case "（": "("
        case "“", "「", "『", "\"": "“"
        case "‘", "'": "‘"
        case "【", "[": "【"
        default: open
        }
    }

    static func unbalanced(_ text: String) -> [(Character, Character)] {
        // Most segments hold no bracket or quotation mark at all: a scalar scan settles
        // them (no other scalar is canonically equivalent to one of these marks).
        guard text.unicodeScalars.contains(where: { pairScalarValues.contains($0.value) }) else { return [] }
        var counts: [Character: Int] = [:]
        for character in text where pairCharacters.contains(character) {
            counts[character, default: 0] += 1
        }
        return pairs.filter { open, close in counts[open, default: 0] != counts[close, default: 0] }
    }

    private static let pairCharacters = Set(pairs.flatMap { [$0.open, $0.close] })
    /// The marks' scalar values: sixteen, so a linear search beats hashing each scalar.
    private static let pairScalarValues = pairCharacters.flatMap(\.unicodeScalars).map(\.value)

    static func lostEndMark(source: String, target: String) -> Character? {
        guard let sourceEnd = source.last(where: { !closingMarks.contains($0) }) else { return nil }
        guard sourceEnd == "?" || sourceEnd == "!" else { return nil }
        let targetEnd = target.last(where: { !closingMarks.contains($0) })
        // An exclamation may become a full stop: Chinese technical writing keeps "！" for
        // warnings and renders an enthusiastic "Try it!" calmly. A question may not.
        let equivalents: Set<Character> = sourceEnd == "?" ? ["?", "？"] : ["!", "！", "。", "."]
        return targetEnd.map(equivalents.contains) == true ? nil : sourceEnd
    }

    /// Marks that may follow a sentence's end mark: quotes, brackets, emphasis and spaces.
    private static let closingMarks: Set<Character> = ["\"", "”", "’", "'", ")", "）", "」", "』", "*", " "]

    static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.first?.isHan ?? false
    }
}
