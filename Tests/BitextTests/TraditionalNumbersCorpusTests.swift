import Foundation
import Testing
@testable import Bitext

/// The numbers check on real Traditional Chinese translations (`../shared/corpus/hant`: the
/// Python docs' zh_TW PO files, tldr and nodejs.org page pairs): every pair with a number on
/// both sides passes as translated, and fails once one of its numbers is changed.
@Suite(.needsSharedData) struct TraditionalNumbersCorpusTests {
    static let corpus = TestData.shared.appendingPathComponent("corpus/hant")

    /// A pair of the corpus with the bitext it was read in, named for messages.
    struct RealPair {
        var name: String
        var bitext: AlignedBitext
        var pair: AlignedPair
    }

    @Test func correctPairsPassAndChangedNumbersAreCaught() throws {
        let pairs = try Self.pairsWithNumbers()
        // The corpus holds 294 (285 PO messages, 9 page pairs); fewer means a reader or the selection broke.
        #expect(pairs.count >= 250, "\(pairs.count) pairs")
        var flagged: [String] = []
        var missed: [String] = []
        var variantCount = 0
        for real in pairs {
            let messages = Self.numberFindings(real, target: real.pair.targetText)
            guard messages.isEmpty else {
                flagged.append("\(real.name): \(real.pair.sourceText) ⇒ \(real.pair.targetText): \(messages)")
                continue
            }
            for variant in Self.changedNumbers(in: real) {
                variantCount += 1
                if Self.numberFindings(real, target: variant).isEmpty {
                    missed.append("\(real.name): \(real.pair.sourceText) ⇒ \(variant)")
                }
            }
        }
        #expect(flagged == [], "\(flagged.count) correct pairs flagged:\n\(flagged.joined(separator: "\n"))")
        #expect(missed == [], "\(missed.count) of \(variantCount) changed numbers missed:\n\(missed.joined(separator: "\n"))")
        #expect(variantCount >= pairs.count, "\(variantCount) changed numbers")
    }

    // MARK: The corpus

    /// Pairs with a required number in both the English and the Chinese, from every PO file
    /// and page pair of the corpus.
    static func pairsWithNumbers() throws -> [RealPair] {
        var bitexts: [AlignedBitext] = []
        let files = FileManager.default.enumerator(at: corpus.appendingPathComponent("python-docs-zh-tw"), includingPropertiesForKeys: nil)!
        for case let url as URL in files where url.pathExtension == "po" {
            var diagnostics = Diagnostics()
            bitexts.append(try POBitextReader().read(try TestData.text(url), path: url.path, diagnostics: &diagnostics))
        }
        for (english, chinese) in [("tldr/en", "tldr/zh_TW"), ("nodejs/en", "nodejs/zh-tw")] {
            let pages = FileManager.default.enumerator(at: corpus.appendingPathComponent(english), includingPropertiesForKeys: nil)!
            for case let url as URL in pages where ["md", "mdx"].contains(url.pathExtension) {
                let translation = corpus.appendingPathComponent(chinese + url.path.dropFirst(corpus.appendingPathComponent(english).path.count))
                guard FileManager.default.fileExists(atPath: translation.path) else { continue }
                var diagnostics = Diagnostics()
                bitexts.append(try Auditor().align(sourcePath: url.path, targetPath: translation.path, diagnostics: &diagnostics).bitext)
            }
        }
        var pairs: [RealPair] = []
        for bitext in bitexts where bitext.sourceLanguage == .english && bitext.targetLanguage == .chinese {
            for pair in bitext.pairs where !pair.source.isEmpty && !pair.target.isEmpty {
                let real = RealPair(name: "\(relativePath(bitext.targetPath)):\(pair.targetLine ?? 0)", bitext: bitext, pair: pair)
                let checked = asChecked(real, target: pair.targetText)
                guard !required(in: checked.sourceProse, .english).isEmpty, !required(in: checked.targetProse, .chinese).isEmpty else { continue }
                pairs.append(real)
            }
        }
        return pairs
    }

    private static func relativePath(_ path: String) -> String {
        let root = corpus.path + "/"
        return path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
    }

    /// The pair with `target` as its translation, alone in a bitext read as the pair's file is
    /// read (Markdown prose for pages).
    static func bitext(_ real: RealPair, target: String) -> AlignedBitext {
        let pair = real.pair
        let targetSegments = [Segment(index: pair.target[0].index, text: target, line: pair.target[0].line, block: pair.target[0].block)]
        var changed = AlignedPair(
            index: 0, source: pair.source, target: targetSegments, score: pair.score,
            sourceLanguage: real.bitext.sourceLanguage, targetLanguage: real.bitext.targetLanguage, unit: pair.unit)
        if real.bitext.targetDocument?.document.format == .markdown { changed.readAsMarkdown(source: true, target: true) }
        return AlignedBitext(
            sourceLanguage: real.bitext.sourceLanguage, targetLanguage: real.bitext.targetLanguage,
            sourcePath: real.bitext.sourcePath, targetPath: real.bitext.targetPath, pairs: [changed])
    }

    /// The pair as the checks read it: code and placeholders masked out of its prose.
    static func asChecked(_ real: RealPair, target: String) -> AlignedPair {
        bitext(real, target: target).readableForChecks().maskingPlaceholders(configured: nil).pairs[0]
    }

    /// The numbers check's messages on the pair with `target` as its translation.
    static func numberFindings(_ real: RealPair, target: String) -> [String] {
        CheckRunner(checks: [NumbersCheck.self]).run(on: bitext(real, target: target)).map(\.message)
    }

    // MARK: Changed numbers

    /// The translation once for each number of its prose, with that number changed: the first
    /// digit of a run of digits made another (`5` → `6`), a hanzi digit made the next one
    /// (`兩` → `三`), `萬` and `億` swapped. Only changes that take a number of the source out
    /// of the translation count: not `一般` → `二般` (a number added), nor a change of the
    /// `1` the translation also says as `一個` (the article matches the source's `1` too),
    /// nor a number the translation still has in code (`%-20s`), which counts as said.
    static func changedNumbers(in real: RealPair) -> [String] {
        let text = real.pair.targetText
        let original = asChecked(real, target: text)
        // Number words the translation keeps in English (a code sample copied whole) are said.
        let sourceNumbers = NumbersCheck.removingWordsKept(
            NumberExtractor.extract(original.sourceProse, in: .english).numbers, in: text).filter(\.isRequired)
        let characters = Array(text)
        var variants: [String] = []
        for index in characters.indices {
            let character = characters[index]
            let previous = index > 0 ? characters[index - 1] : " "
            var replacement: Character?
            if let digit = character.wholeNumberValue, character.isASCII, !(previous.isASCII && (previous.isNumber || previous.isLetter || previous == ".")) {
                replacement = digit == 0 ? nil : Character(String(digit % 9 + 1))
            } else if let next = nextNumeral[character] {
                replacement = next
            }
            guard let replacement else { continue }
            var changed = characters
            changed[index] = replacement
            let variant = String(changed)
            let takesOneAway = sourceNumbers.contains { number in
                let needed = sourceNumbers.count { NumberComparison.isClose($0.value, number.value) }
                return timesSaid(number, in: text) >= needed && timesSaid(number, in: variant) < needed
            }
            if takesOneAway { variants.append(variant) }
        }
        return variants
    }

    private static let nextNumeral: [Character: Character] = [
        "一": "二", "二": "三", "兩": "三", "三": "四", "四": "五", "五": "六", "六": "七", "七": "八", "八": "九", "九": "一",
        "十": "百", "百": "千", "千": "百", "萬": "億", "億": "萬",
    ]

    /// The values of the numbers a text must keep.
    private static func required(in text: String, _ language: Language) -> [Double] {
        NumberExtractor.extract(text, in: language).numbers.filter(\.isRequired).map(\.value)
    }

    /// How many times a Chinese text says a source number, as the check reads it: by any
    /// number (required or not) with a reading equal to one of the source number's (the `144`
    /// of a list `89,144,233`), in code too (`%-20s`), or as the name the number forms
    /// (`RFC 7159` in a link to `rfc=7159`).
    private static func timesSaid(_ number: NumberMention, in text: String) -> Int {
        let asNumber = NumberExtractor.extract(text, in: .chinese).numbers.count { candidate in
            number.anyReading { value in candidate.anyReading { NumberComparison.isClose(value, $0) } }
        }
        let key = NameMention.key(text)
        let asName = number.nameKey.map { name in key.components(separatedBy: name).count - 1 } ?? 0
        return max(asNumber, asName)
    }
}
