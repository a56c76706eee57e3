/// Parts of a text whose digits are structure rather than content: links, a leading speaker
/// label (`**Speaker 2:**`) and a leading list marker (`1.`, `2)`, `3、`). A translation may
/// drop or renumber these without changing what is said.
enum TextMarkup {
    /// Index just past a link that starts at `index` (`http://`, `https://`, `www.`), or nil.
    static func endOfLink(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        guard scalars[index] == "h" || scalars[index] == "w" else { return nil }
        guard hasPrefix(scalars, at: index, "http://") || hasPrefix(scalars, at: index, "https://")
            || hasPrefix(scalars, at: index, "www.") else { return nil }
        var end = index
        while end < scalars.count, !scalars[end].properties.isWhitespace, scalars[end] != ")", !scalars[end].isHan {
            end += 1
        }
        return end
    }

    /// Index just past a leading label such as `**Dylan Patel:**` or `Speaker 2:`; 0 when there is none.
    /// A label is at most 40 characters with no sentence punctuation, ending in a colon that a
    /// space, `*` or the end of the text follows (so `3:1` is not a label).
    static func endOfLeadingLabel(_ scalars: [Unicode.Scalar]) -> Int {
        var index = skipMarkup(scalars, from: 0)
        let limit = min(scalars.count, index + 40)
        while index < limit {
            let scalar = scalars[index]
            if scalar == ":" || scalar == "：" {
                let next = index + 1
                if next == scalars.count || scalars[next] == "*" || scalars[next].properties.isWhitespace || scalars[next] == "：" {
                    return skipMarkup(scalars, from: next)
                }
                return 0
            }
            if isSentenceEnd(scalar) { return 0 }
            index += 1
        }
        return 0
    }

    /// Whether the number occupying `start..<end` is a list marker: one or two characters
    /// at the start of the text (after markup), followed by `.`, `)`, `、` and then a space,
    /// `*` or the end.
    static func isListMarker(_ scalars: [Unicode.Scalar], start: Int, end: Int, textStart: Int) -> Bool {
        guard end - start <= 2, skipMarkup(scalars, from: textStart) == start || (start > 0 && isOpening(scalars[start - 1]) && skipMarkup(scalars, from: textStart) == start - 1),
              end < scalars.count else { return false }
        let mark = scalars[end]
        guard mark == "." || mark == ")" || mark == "、" || mark == "）" else { return false }
        let after = end + 1
        return after == scalars.count || scalars[after] == "*" || scalars[after].properties.isWhitespace || mark != "."
    }

    private static func isOpening(_ scalar: Unicode.Scalar) -> Bool { scalar == "(" || scalar == "（" }

    /// Punctuation no label contains.
    private static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "。", "!", "！", "?", "？", "\n": true
        default: false
        }
    }

    /// Markdown marks that may stand before a label or list marker.
    private static func isMarkupMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "#", "*", ">", "-", "_": true
        default: false
        }
    }

    private static func skipMarkup(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count, scalars[index].properties.isWhitespace || isMarkupMark(scalars[index]) {
            index += 1
        }
        return index
    }

    private static func hasPrefix(_ scalars: [Unicode.Scalar], at index: Int, _ prefix: String) -> Bool {
        var position = index
        for scalar in prefix.unicodeScalars {
            guard position < scalars.count, scalars[position] == scalar || (scalars[position].isASCIILetter && scalars[position].value | 0x20 == scalar.value) else { return false }
            position += 1
        }
        return true
    }
}
