import Foundation

/// A target that is a copy of the source, or is still written in the source language.
/// Segments made only of names, numbers and code (`DeepSeek-V3`, `H100`) are left alone:
/// those are legitimately kept as they are.
///
/// Software strings (bilingual files) are short: a copied `Cancel` or `Delete Service` is
/// reported too, while a target made only of placeholders, identifiers, URLs, paths,
/// acronyms and names the translation keeps in Latin (`KeptLatinNames`) is not; tokens of
/// code do not count as English words either (`例如：example.com/?q=%s` is Chinese). A
/// message key as source is never compared with: a target that is the key itself is
/// reported as such, one still in English as still in English. Units marked
/// `translate="no"` are skipped (`CheckExemptions`).
public struct UntranslatedCheck: PairCheck {
    public static let description = CheckDescription(
        id: "untranslated", name: "Untranslated text",
        summary: "The target repeats the source or is still in the source language.",
        defaultSeverity: .error,
        passingExamples: [
            CheckExample("Nathan is a research scientist at the Allen Institute for AI.", "Nathan 是艾伦人工智能研究所的一名研究科学家。"),
            CheckExample("DeepSeek-V3", "DeepSeek-V3"),
            CheckExample("OpenAI o3-mini vs DeepSeek R1", "OpenAI o3-mini 与 DeepSeek R1"),
            CheckExample("%1$@ (%2$@)", "%1$@ (%2$@)"),
            CheckExample("{{ user.name }}", "{{ user.name }}"),
            CheckExample("https://support.mozilla.org/kb/focus", "https://support.mozilla.org/kb/focus"),
            CheckExample("~/Library/Application Support/rclone.conf", "~/Library/Application Support/rclone.conf"),
            CheckExample("UUID", "UUID"),
            CheckExample("Deutsch (German, de)", "Deutsch (German, de)"),
            CheckExample("Safari\nOpen in Safari", "Safari\n在 Safari 中打开"),
            CheckExample("Example: searchengine.example.com/search/?q=%s", "例如：searchengine.example.com/search/?q=%s"),
            CheckExample("Delete Service", "Delete Service", unitAttributes: ["translate": "no"]),
        ],
        failingExamples: [
            CheckExample("They will continue to shift the cost curve.", "They will continue to shift the cost curve."),
            CheckExample("It only shows a summary of the reasoning.", "It only shows a summary of the reasoning 摘要。"),
            CheckExample("Delete Service", "Delete Service"),
            CheckExample("Cancel", "Cancel"),
            CheckExample("Delete %@?", "Delete %@?"),
            CheckExample("title.edit_user", "title.edit_user"),
        ]
    )

    public init() {}

    /// Lower-case words of at least this many letters signal running prose rather than names.
    static let minimumProseWords = 3

    public func run(on bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        var names = KeptLatinNames(bitext: bitext, glossary: context.glossary)
        var findings: [Finding] = []
        for position in bitext.pairs.indices {
            findings += check(bitext.pairs[position], in: bitext, context: context, names: &names)
        }
        return findings
    }

    public func check(_ pair: AlignedPair, in bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        var names = KeptLatinNames(bitext: bitext, glossary: context.glossary)
        return check(pair, in: bitext, context: context, names: &names)
    }

    private func check(_ pair: AlignedPair, in bitext: AlignedBitext, context: CheckContext, names: inout KeptLatinNames) -> [Finding] {
        guard !pair.isUnaligned else { return [] }
        let language = bitext.sourceLanguage
        let isSoftwareString = bitext.sourceDocument == nil
        let source = Self.trimmingWhitespace(pair.sourceProse)
        let target = Self.trimmingWhitespace(pair.targetProse)
        // Only a finding needs the span: most pairs have none.
        var run: [Finding.Span] {
            Self.untranslatedRun(in: pair.targetProse, language: language)
                .map { [Finding.Span($0, in: pair.targetProse)] } ?? []
        }
        // Tokens of code (URLs, paths, placeholders) are dropped to confirm a finding, never
        // to make one.
        let stillInSourceLanguage = {
            guard Self.reads(target, as: language) else { return false }
            return !isSoftwareString || Self.reads(Self.withoutVerbatimTokens(target), as: language)
        }
        let stillMessage = "the target is still in \(language == .english ? "English" : "Chinese")"
        if isSoftwareString, MessageKey.isKey(pair) {
            if source == target {
                return [finding("the target is the message key itself, not a translation", pair: pair, in: bitext, context: context)]
            }
            return stillInSourceLanguage() ? [finding(stillMessage, pair: pair, in: bitext, context: context, targetSpans: run)] : []
        }
        let copy = "the target is a copy of the source"
        // Prose once its code is dropped (`https://support.mozilla.org/kb/focus` is not); the
        // tokens are looked at only for a copy, the rare case.
        guard Self.isProse(source, language: language),
              !isSoftwareString || source != target || Self.isProse(Self.withoutVerbatimTokens(source), language: language)
        else {
            // A short UI string copied as it is, unless it is made of code and names.
            guard isSoftwareString, source == target, Self.needsTranslation(source, language: language, names: &names),
                  !InterfaceBuilderPlaceholderText.isPlaceholder(pair) else { return [] }
            return [finding(copy, pair: pair, in: bitext, context: context, targetSpans: run)]
        }
        // A table row is prose only where one of its cells is: a row of names, flags and
        // values (`default | demo | minimal`) is kept as it is.
        if Self.isTableRow(pair, in: bitext),
           !source.split(separator: "|").contains(where: { Self.isProse(String($0), language: language) }) { return [] }
        if source == target {
            return [finding(copy, pair: pair, in: bitext, context: context, targetSpans: run)]
        }
        if stillInSourceLanguage() {
            return [finding(stillMessage, pair: pair, in: bitext, context: context, targetSpans: run)]
        }
        return []
    }

    /// Prose in that language.
    static func reads(_ text: String, as language: Language) -> Bool {
        Language.detect(text) == language && isProse(text, language: language)
    }

    /// Whether a short string has a word to translate: for English, a word of two letters or
    /// more that is not a verbatim token (`VerbatimToken`) nor a name kept in Latin; for
    /// Chinese, any Han character.
    static func needsTranslation(_ text: String, language: Language, names: inout KeptLatinNames) -> Bool {
        switch language {
        case .chinese:
            return text.unicodeScalars.contains(where: \.isHan)
        case .english:
            if LanguageMenuEntry.isEntry(text) { return false }
            let tokens = text.split(whereSeparator: \.isWhitespace)
            for token in tokens where !VerbatimToken.isVerbatim(token) {
                let word = VerbatimToken.core(of: token)
                guard word.filter(\.isLetter).count >= 2, !names.contains(word) else { continue }
                // A string of one word no dictionary gloss uses (`Yandex`, `Ecosia`) is a name.
                if tokens.count > 1 || Self.englishVocabulary.contains(word.lowercased()) { return true }
            }
            return false
        }
    }

    /// English words, for telling a one-word UI string from a name.
    static let englishVocabulary = BilingualLexicon.bundled.englishVocabulary

    /// The text without its verbatim tokens (URLs, paths, placeholders, identifiers), whose
    /// letters are not words of any language.
    static func withoutVerbatimTokens(_ text: String) -> String {
        guard text.contains(where: { "/%{}<>@._&=\\".contains($0) || $0.isNumber }) else { return text }
        return text.split(whereSeparator: \.isWhitespace).map { token -> Substring in
            guard VerbatimToken.isVerbatim(token) else { return token }
            // A Chinese word glued to a code (`例如：example.com/…`) keeps its Chinese.
            return Substring(String(token.unicodeScalars.filter { !$0.isASCII }.map(Character.init)))
        }.joined(separator: " ")
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
