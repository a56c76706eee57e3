import Foundation

/// A target that is a copy of the source, or is still written in the source language.
/// Segments made only of names, numbers and code (`DeepSeek-V3`, `H100`) are left alone:
/// those are legitimately kept as they are.
public struct UntranslatedCheck: PairCheck {
    public static let description = CheckDescription(
        id: "untranslated", name: "Untranslated text",
        summary: "The target repeats the source or is still in the source language.",
        defaultSeverity: .error,
        passingExamples: [
            CheckExample("Nathan is a research scientist at the Allen Institute for AI.", "Nathan 是艾伦人工智能研究所的一名研究科学家。"),
            CheckExample("DeepSeek-V3", "DeepSeek-V3"),
            CheckExample("OpenAI o3-mini vs DeepSeek R1", "OpenAI o3-mini 与 DeepSeek R1"),
        ],
        failingExamples: [
            CheckExample("They will continue to shift the cost curve.", "They will continue to shift the cost curve."),
            CheckExample("It only shows a summary of the reasoning.", "It only shows a summary of the reasoning 摘要。"),
        ]
    )

    public init() {}

    /// Lower-case words of at least this many letters signal running prose rather than names.
    static let minimumProseWords = 3

    public func check(_ pair: AlignedPair, in bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        guard !pair.isUnaligned else { return [] }
        // Prose only: a segment of code, links and shortcodes is kept as it is on purpose.
        let source = Self.trimmingWhitespace(pair.sourceProse)
        guard Self.isProse(source, language: bitext.sourceLanguage) else { return [] }
        // A table row is prose only where one of its cells is: a row of names, flags and
        // values (`default | demo | minimal`) is kept as it is.
        if Self.isTableRow(pair, in: bitext),
           !source.split(separator: "|").contains(where: { Self.isProse(String($0), language: bitext.sourceLanguage) }) { return [] }
        let target = Self.trimmingWhitespace(pair.targetProse)
        // Only a finding needs the span: most pairs have none.
        var run: [Finding.Span] {
            Self.untranslatedRun(in: pair.targetProse, language: bitext.sourceLanguage)
                .map { [Finding.Span($0, in: pair.targetProse)] } ?? []
        }
        if source == target {
            return [finding("the target is a copy of the source", pair: pair, in: bitext, context: context, targetSpans: run)]
        }
        if Language.detect(target) == bitext.sourceLanguage, Self.isProse(target, language: bitext.sourceLanguage) {
            let language = bitext.sourceLanguage == .english ? "English" : "Chinese"
            return [finding("the target is still in \(language)", pair: pair, in: bitext, context: context, targetSpans: run)]
        }
        return []
    }

    static func isTableRow(_ pair: AlignedPair, in bitext: AlignedBitext) -> Bool {
        guard let blocks = bitext.sourceDocument?.document.blocks, let segment = pair.source.first else { return false }
        return blocks[segment.block].kind == .tableRow
    }

    /// `trimmingCharacters(in: .whitespaces)`, without Foundation's copy when neither end
    /// is whitespace (almost every segment).
    static func trimmingWhitespace(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              isWhitespace(first) || isWhitespace(last)
        else { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// `CharacterSet.whitespaces.contains`, answered without Foundation for the scalars that
    /// end most segments: in ASCII only space and tab are whitespace, and Han characters, CJK
    /// punctuation (after the ideographic space U+3000) and full-width forms never are.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x80: scalar == " " || scalar == "\t"
        case 0x3001...0x303F, 0xFF01...0xFF5E: false
        default: !scalar.isHan && CharacterSet.whitespaces.contains(scalar)
        }
    }

    /// The part of the target still in the source language: from its first letter of the
    /// source's script to its last.
    static func untranslatedRun(in text: String, language: Language) -> Range<String.Index>? {
        let isSourceLetter: (Character) -> Bool = switch language {
        case .english: { $0.isASCII && $0.isLetter }
        case .chinese: { $0.unicodeScalars.first?.isHan ?? false }
        }
        guard let first = text.firstIndex(where: isSourceLetter), let last = text.lastIndex(where: isSourceLetter) else { return nil }
        return first..<text.index(after: last)
    }

    static func isProse(_ text: String, language: Language) -> Bool {
        switch language {
        case .english:
            // Names and model ids are capitalised or mixed with digits; prose has lower-case words.
            if let count = asciiLowercaseWordCount(text) { return count >= minimumProseWords }
            let words = text.split { !$0.isLetter }
            return words.filter { $0.count > 1 && $0.first!.isLowercase }.count >= minimumProseWords
        case .chinese:
            return text.unicodeScalars.filter(\.isHan).count >= 4
        }
    }

    /// For ASCII text (each byte a Character): words of two letters or more that start
    /// lower-case, counted on bytes. Nil for other text.
    private static func asciiLowercaseWordCount(_ text: String) -> Int? {
        var count = 0
        var wordLength = 0
        var startsLowercase = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let isLower = (0x61...0x7A).contains(byte)
            if isLower || (0x41...0x5A).contains(byte) {
                if wordLength == 0 { startsLowercase = isLower }
                wordLength += 1
            } else {
                if wordLength > 1, startsLowercase { count += 1 }
                wordLength = 0
            }
        }
        if wordLength > 1, startsLowercase { count += 1 }
        return count
    }
}
