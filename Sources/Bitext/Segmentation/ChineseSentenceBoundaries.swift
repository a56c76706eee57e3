/// Where Chinese sentences end.
/// - After `。`, `！`, `？`, `…` (or a run of them, `？！`, `……`) and the closing quotes and
///   brackets that follow (`。”`, `？）`): always, as nothing else uses these marks.
/// - After half-width `.`, `!`, `?` only when Chinese follows (`那是. 那是获胜的方法`,
///   `10,000. 就像`): inside a Latin run (`o3-mini.`, `2.5`, `U.S.`) they belong to the
///   Latin text. A single capital letter before `.` is taken as an initial.
/// - Not after `；`. It joins clauses of one sentence, as `;` does in English, which the
///   English splitter does not break at either; splitting only one side would turn every
///   semicolon into a one-to-two alignment.
/// A would-be sentence without any letter (`**01.**` heading numbers) joins the next.
enum ChineseSentenceBoundaries {
    static func isFullWidthTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "！", "？", "…", "‼", "⁇", "⁈", "⁉": true
        default: false
        }
    }

    static func isHalfWidthTerminator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?"
    }

    /// End indices (exclusive) of the sentences in `text`; the last one is `text.count`.
    static func ends(in text: SentenceText) -> [Int] {
        text.sentenceEnds(isTerminator: { isFullWidthTerminator($0) || isHalfWidthTerminator($0) }) { index, runEnd, _, nextStart in
            guard nextStart < text.count else { return false }
            let runIsFullWidth = text.scalars[index..<runEnd].contains { isFullWidthTerminator($0) }
            return runIsFullWidth || halfWidthEndsSentence(text, terminatorAt: index, runEnd: runEnd, nextStart: nextStart)
        }
    }

    private static func halfWidthEndsSentence(_ text: SentenceText, terminatorAt index: Int, runEnd: Int, nextStart: Int) -> Bool {
        let firstOfNext = text.skippingOpeners(from: nextStart)
        guard firstOfNext < text.count, text[firstOfNext].isCJK || text[nextStart].isCJK else {
            return false
        }
        guard text[index] == ".", runEnd == index + 1 else { return true }
        let word = text.word(endingBefore: index)
        if EnglishSentenceBoundaries.abbreviations.contains(word.lowercased()) { return false }
        if word.unicodeScalars.contains(".") { return false }
        if word.unicodeScalars.count == 1, let letter = word.unicodeScalars.first, letter.isASCII, letter.isUppercaseLetter {
            return false
        }
        return true
    }
}
