import Foundation
@testable import Bitext

/// A small seeded generator (SplitMix64), so every property test sees the same documents
/// on every run and a failure names a seed that reproduces it.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

/// Random documents built from the real transcript's sentences, with the shapes readers and
/// the segmenter must survive: blank lines, headings, speaker labels, lists, quotes, images,
/// link lines, fenced code, tables, inline markup, soft line breaks, odd whitespace and line
/// separators, CR, emoji and combining marks.
struct GeneratedText {
    let englishSentences: [String]
    let chineseSentences: [String]

    static let shared: GeneratedText = {
        func sentences(_ url: URL, ends: Set<Character>) -> [String] {
            let text = (try? TestData.text(url)) ?? ""
            var result: [String] = []
            var current = ""
            for character in text where character != "\n" && character != "*" && character != "#" {
                current.append(character)
                if ends.contains(character) {
                    let sentence = current.trimmingCharacters(in: .whitespaces)
                    if sentence.count > 3 { result.append(sentence) }
                    current = ""
                }
            }
            return result
        }
        return GeneratedText(
            englishSentences: sentences(TestData.englishTranscript, ends: [".", "?", "!"]),
            chineseSentences: sentences(TestData.chineseTranscript, ends: ["。", "？", "！"]))
    }()

    /// Oddities sprinkled inside sentences.
    static let noise: [String] = [
        "\t", "\u{00A0}", "\u{3000}", "\u{2028}", "\u{2029}", "\u{0085}", "\r", "\r\n", " \n ", "👩‍💻", "e\u{0301}",
        "**bold**", "*em*", "`code`", "[link](https://example.com)", "<i>tag</i>", "&amp;", "<", "\"", "…", "——",
        "3.5%", "10x", "$5,000", "1-2", "（注）", "\u{FEFF}", "\u{200B}",
        // Marks that join the character before them, a space or a line start included:
        // `Character.isWhitespace` calls " \u{65A}" whitespace, and trimming dropped the mark.
        " \u{065A}", "\u{0301}", " \u{0301} ", "\n\u{0300}", "\u{200D}", "\u{FE0F}", " \u{20E3}\n",
    ]

    func sentence(_ language: Language, using generator: inout SeededGenerator) -> String {
        let pool = language == .english ? englishSentences : chineseSentences
        var sentence = pool.randomElement(using: &generator)!
        if Int.random(in: 0..<3, using: &generator) == 0 {
            let noise = Self.noise.randomElement(using: &generator)!
            let characters = Array(sentence)
            let cut = Int.random(in: 0...characters.count, using: &generator)
            sentence = String(characters[..<cut]) + noise + String(characters[cut...])
        }
        return sentence
    }

    func paragraph(_ language: Language, using generator: inout SeededGenerator) -> String {
        let count = Int.random(in: 1...4, using: &generator)
        let separator = Int.random(in: 0..<4, using: &generator) == 0 ? "\n" : language.sentenceJoiner.isEmpty ? "" : " "
        return (0..<count).map { _ in sentence(language, using: &generator) }.joined(separator: separator)
    }

    /// A Markdown-ish document of `blocks` blocks in `language`.
    func document(_ language: Language, blocks: Int, using generator: inout SeededGenerator) -> String {
        var lines: [String] = []
        for _ in 0..<blocks {
            let text = paragraph(language, using: &generator)
            switch Int.random(in: 0..<14, using: &generator) {
            case 0: lines.append("## " + sentence(language, using: &generator))
            case 1: lines.append("**Lex Fridman:** " + text)
            case 2: lines.append("**Nathan Lambert**: " + text)
            case 3: lines.append("- " + text)
            case 4: lines.append("> " + text)
            case 5: lines.append("![figure](images/chart.png)")
            case 6: lines.append("[\(sentence(language, using: &generator))](https://example.com/a)")
            case 7: lines.append("```\n" + text + "\n```")
            case 8: lines.append("| a | b |\n|---|---|\n| \(text) | x |")
            case 9: lines.append(String(repeating: "\n", count: Int.random(in: 1...3, using: &generator)))
            case 10: lines.append("   " + text + "   ")
            default: lines.append(text)
            }
            lines.append(Int.random(in: 0..<5, using: &generator) == 0 ? "" : "\n")
        }
        return lines.joined(separator: "\n")
    }
}
