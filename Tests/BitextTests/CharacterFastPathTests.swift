import Foundation
import Testing
@testable import Bitext

/// The checks' scalar and byte fast paths must answer exactly what their Character paths
/// answer. `SingleScalarCharacters` is verified against Swift's own grapheme breaking and
/// normalisation for every scalar it admits; each fast path is then compared with its
/// Character path on the transcript's sentences and on mutations of them that put
/// punctuation, Latin letters, doubled particles, markup and awkward scalars everywhere.
@Suite struct CharacterFastPathTests {
    /// Every scalar `SingleScalarCharacters` admits.
    static let admittedScalars: [Unicode.Scalar] = (0...0xFFFF).compactMap { value in
        Unicode.Scalar(UInt32(value)).flatMap { SingleScalarCharacters.admits($0) ? $0 : nil }
    }

    @Test func admittedScalarsAreCharactersOfTheirOwn() {
        // A break between the scalar and `a` on both sides rules out combining marks, joiners
        // and prepends; between two copies, regional indicators and Hangul L, V and T; before
        // a V or T jamo, Hangul LV and LVT; before LF, CR. Scalars of the remaining classes
        // (Other, Control, LF) are separated from any neighbour by the grapheme rules.
        var joined: [Unicode.Scalar] = []
        for scalar in Self.admittedScalars {
            let alone = String(scalar)
            let counts = [
                ("a" + alone).count, (alone + "a").count, (alone + alone).count,
                (alone + "\u{1161}").count, (alone + "\u{11A8}").count, (alone + "\n").count, ("一" + alone).count,
            ]
            if counts != [2, 2, 2, 2, 2, 2, 2] { joined.append(scalar) }
        }
        #expect(joined.isEmpty, "scalars that join a neighbour: \(joined.prefix(20).map { String($0.value, radix: 16) })")
        #expect(!SingleScalarCharacters.admits("\r"))
        #expect(!SingleScalarCharacters.admits("\u{301}"))
        #expect(!SingleScalarCharacters.admits("\u{200D}"))
    }

    @Test func admittedScalarsEqualNoOtherScalar() {
        // Character equality is canonical equivalence; a scalar that NFC leaves alone is
        // canonically equivalent to no other single scalar.
        let changed = Self.admittedScalars.filter { scalar in
            !String(scalar).precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual([scalar])
        }
        #expect(changed.isEmpty, "scalars NFC changes: \(changed.prefix(20).map { String($0.value, radix: 16) })")
        #expect(!SingleScalarCharacters.admits("\u{2000}"))
        #expect(!SingleScalarCharacters.admits("\u{F900}"))
        #expect(!SingleScalarCharacters.admits("\u{37E}"))
    }

    @Test func byteDecodingAgreesWithScalars() {
        let differing = (0...0x10FFFF).compactMap { Unicode.Scalar(UInt32($0)) }.filter { scalar in
            SingleScalarCharacters.hold(in: "a" + String(scalar) + "一") != SingleScalarCharacters.admits(scalar)
        }
        #expect(differing.isEmpty, "\(differing.prefix(20).map { String($0.value, radix: 16) })")
        for text in Self.texts {
            #expect(SingleScalarCharacters.hold(in: text) == text.unicodeScalars.allSatisfy(SingleScalarCharacters.admits))
        }
        // The number extractor knows ASCII whitespace without a property lookup.
        #expect((0..<0x80).allSatisfy { value in
            let scalar = Unicode.Scalar(UInt8(value))
            return scalar.properties.isWhitespace == ((0x09...0x0D).contains(value) || value == 0x20)
        })
        // Language.detect counts ASCII letters without a property lookup.
        #expect((0..<0x80).allSatisfy { value in
            let scalar = Unicode.Scalar(UInt8(value))
            return scalar.properties.isAlphabetic == (scalar.isASCIILetter)
        })
    }

    @Test func nothingBeyondTheBasicPlaneIsAdmitted() {
        let admitted = (0x10000...0x10FFFF).contains { value in Unicode.Scalar(UInt32(value)).map(SingleScalarCharacters.admits) == true }
        #expect(!admitted)
    }

    @Test func transcriptTextTakesTheFastPaths() throws {
        let english = try TestData.text(TestData.englishTranscript)
        let chinese = try TestData.text(TestData.chineseTranscript)
        let lines = (english + "\n" + chinese).split(separator: "\n").map(String.init)
        let held = lines.filter(SingleScalarCharacters.hold(in:)).count
        #expect(held * 100 >= lines.count * 99, "\(held) of \(lines.count) lines")
    }

    @Test func englishWordsFastPathMatches() {
        for text in Self.texts + ["don't can’t ’80s it’ rock'n'roll x'", "naïve café"] {
            #expect(QualifierCounterparts.words(in: text) == QualifierCounterparts.wordsByCharacter(in: text), "\(text)")
        }
        #expect(Self.texts.contains { SingleScalarCharacters.hold(in: $0) && QualifierCounterparts.words(in: $0).count > 3 })
    }

    @Test func halfWidthPunctuationFastPathMatches() {
        for text in Self.texts {
            #expect(PunctuationCheck.halfWidthRanges(in: text) == PunctuationCheck.halfWidthRangesByCharacter(in: text), "\(text)")
        }
        #expect(Self.texts.contains { !PunctuationCheck.halfWidthRanges(in: $0).isEmpty })
    }

    @Test func cjkSpacingFastPathMatches() {
        for text in Self.texts {
            for convention in [CJKSpacingCheck.Convention.require, .forbid] {
                #expect(
                    CJKSpacingCheck.violationRanges(in: text, convention: convention)
                        == CJKSpacingCheck.violationRangesByCharacter(in: text, convention: convention), "\(convention) \(text)")
            }
        }
        #expect(Self.texts.contains { !CJKSpacingCheck.violationRanges(in: $0, convention: .forbid).isEmpty })
    }

    @Test func repeatedParticleFastPathMatches() {
        let lexicon = BilingualLexicon.bundled
        var found = 0
        for text in Self.texts {
            let fast = RepeatedWordCheck.chineseRepeatRanges(in: text, lexicon: lexicon)
            let slow = RepeatedWordCheck.chineseRepeatRangesByCharacter(in: text, lexicon: lexicon)
            #expect(fast.map(\.word) == slow.map(\.word) && fast.map(\.range) == slow.map(\.range), "\(text)")
            found += fast.count
        }
        #expect(found > 0)
    }

    @Test func markupFastPathMatches() {
        for text in Self.texts {
            #expect(InlineMarkup(text) == InlineMarkup(scanning: text), "\(text)")
            #expect(MarkupCheck.brokenEmphasis(in: text) == MarkupCheck.brokenEmphasisByCharacter(in: text), "\(text)")
        }
        #expect(Self.texts.contains { InlineMarkup($0) != InlineMarkup() })
        // U+1FEF is canonically equivalent to a backtick, so it opens inline code as a Character.
        #expect(InlineMarkup("run \u{1FEF}ls` now").code == ["ls"])
    }

    @Test func textWeightTableMatchesProperties() {
        let differing = (0...0x10FFFF).compactMap { Unicode.Scalar(UInt32($0)) }.filter { scalar in
            LengthExpectation.carriesText(scalar) != LengthExpectation.hasTextProperty(scalar)
        }
        #expect(differing.isEmpty, "\(differing.prefix(20).map { String($0.value, radix: 16) })")
    }

    @Test func numberScreenPassesEveryNameAndRequiredNumber() {
        var generator = SeededGenerator(seed: 6)
        let words = GeneratedText.shared.englishSentences.prefix(1500).map { sentence in
            var words = sentence.split(separator: " ").map(String.init)
            for _ in 0..<Int.random(in: 0...2, using: &generator) {
                words.insert(Self.numberWords.randomElement(using: &generator)!, at: Int.random(in: 0...words.count, using: &generator))
            }
            return words.joined(separator: " ")
        }
        var screened = 0
        for text in words + Self.texts {
            guard !EnglishNumberScreen.mayRequire(text) else { continue }
            screened += 1
            let numbers = EnglishNumberExtractor().extract(text)
            #expect(numbers.names.isEmpty && !numbers.numbers.contains(where: \.isRequired), "\(text)")
        }
        #expect(screened > 500)
        #expect(EnglishNumberScreen.mayRequire("They spent half of it."))
        #expect(EnglishNumberScreen.mayRequire("It shipped in May."))
        #expect(!EnglishNumberScreen.mayRequire("It may ship soon."))
        #expect(EnglishNumberScreen.mayRequire("It runs on ＧＰＴ－４."))
    }

    @Test func typographyScreenPassesEveryTextTheSearchReports() {
        var screenedOut = 0
        var reportedCount = 0
        let variants = Self.texts.map { $0.replacingOccurrences(of: "，", with: "， ").replacingOccurrences(of: "。", with: ".。") }
        for text in Self.texts + variants {
            let reported = !PunctuationCheck.spacesAroundFullWidth(in: text).isEmpty || !PunctuationCheck.doubledEndMarks(in: text).isEmpty
            if reported { reportedCount += 1 }
            if PunctuationCheck.mayHaveTypographyProblem(text) { continue }
            screenedOut += 1
            #expect(!reported, "screened out but reported: \(text)")
        }
        #expect(screenedOut > 300 && reportedCount > 300)
    }

    @Test func asciiSpanSearchMatchesFoundationSearch() {
        // Foundation's clusters differ from Swift's around U+200D and CR LF; the fast path
        // follows Swift's Characters there, and is compared with Foundation elsewhere.
        var compared = 0
        for text in Self.texts {
            for span in Finding.Span.asciiOccurrences(of: "e", in: text) ?? [] {
                let start = String.Index(utf16Offset: span.start, in: text)
                let end = String.Index(utf16Offset: span.end, in: text)
                #expect(String.Index(start, within: text) != nil && String.Index(end, within: text) != nil, "\(text)")
            }
            guard !text.unicodeScalars.contains(where: { $0 == "\u{200D}" || $0 == "\r" }) else { continue }
            let words = text.split { !$0.isASCII || !($0.isLetter || $0.isNumber) }.map(String.init)
            // Chinese runs too: the numbers check marks target numbers such as 两次 and 十万.
            let hanRuns = text.split { !($0.unicodeScalars.first?.properties.isIdeographic ?? false) }.map { String($0.prefix(2)) }
            for part in Set(words.prefix(6) + hanRuns.prefix(4) + ["GPU", "gpu", "5", "3.5", "e", "A", "x", ", ", "**", "两次", "，"]) {
                let fast = Finding.Span.asciiOccurrences(of: part, in: text)
                #expect(fast == Finding.Span.searchedOccurrences(of: part, in: text), "\(part) in \(text)")
                compared += 1
            }
        }
        #expect(compared > 5000)
        #expect(Finding.Span.asciiOccurrences(of: "ＧＰＵ", in: "ＧＰＵ") == nil)
    }

    @Test func whitespaceShortcutsMatchFoundation() {
        let differing = (0...0xFFFF).compactMap { Unicode.Scalar(UInt32($0)) }.filter { scalar in
            UntranslatedCheck.isWhitespace(scalar) != CharacterSet.whitespaces.contains(scalar)
        }
        #expect(differing.isEmpty, "\(differing.prefix(20).map { String($0.value, radix: 16) })")
    }

    @Test func termProbesReadFromRangesMatchTheSurfaces() {
        let texts = Self.texts + ["I’m sure it’s NVIDIA’s", "rock ’n’ roll’", "’tis o’clock", "don’t’ ’’ x’y’z"]
        for text in texts {
            let tokens = SourceTermIndex.tokenize(text)
            let ranges = SourceTermIndex.wordRanges(text)
            #expect(tokens.map(\.range) == ranges.map(\.range), "\(text)")
            for (token, range) in zip(tokens, ranges) {
                #expect(range.surface(in: text) == token.surface)
                #expect(range.startCode(in: text) == SourceTermIndex.code(token.surface.unicodeScalars))
                #expect(range.isShort(in: text) == (token.surface.unicodeScalars.count < SourceTermIndex.startLength))
            }
        }
    }

    /// `wordRanges` reads UTF-8 bytes; this is the rule it implements, on the scalar view.
    private static func scalarWordRanges(_ text: String) -> [Range<String.Index>] {
        func isWord(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII
                ? (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
                : (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
        }
        let scalars = text.unicodeScalars
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        var end: String.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if isWord(scalar) {
                if start == nil { start = index }
                end = next
            } else if (scalar == "'" || scalar == "’") && start != nil && end == index && next < scalars.endIndex && isWord(scalars[next]) {
                // An inner apostrophe: the word goes on.
            } else if scalar.isASCII || !scalar.properties.isGraphemeExtend {
                if let start, let end { ranges.append(start..<end) }
                start = nil
                end = nil
            }
            index = next
        }
        if let start, let end { ranges.append(start..<end) }
        return ranges
    }

    @Test func wordRangesFromBytesFollowTheScalarRule() {
        let texts = Self.texts + [
            "I’m sure it’s NVIDIA’s", "rock ’n’ roll’", "’tis o’clock", "x’\u{301}y", "Ｈ１００ ＧＰＵｓ", "café naïve e\u{301}",
            "👩‍👩‍👧 emoji 🇨🇳 flags", "Ⅻ and ½ and ٣", "a\u{0}b", "𝒜𝒷𝒸 math", "",
        ]
        for text in texts {
            #expect(SourceTermIndex.wordRanges(text).map(\.range) == Self.scalarWordRanges(text), "\(text)")
        }
    }

    /// Words that are or help make numbers, in the forms and cases the extractor tells apart.
    static let numberWords: [String] = [
        "one", "One", "one year", "two", "twenty", "twenty-five", "Forty", "hundred", "a hundred", "a million", "billion",
        "half", "Half", "half a", "and a half", "first", "twice", "a third", "two thirds", "quarter", "hundreds of",
        "dozens", "a few", "percent", "per cent", "May", "may", "March", "march", "December", "Dec", "dec", "Sept",
        "couple", "a couple", "decade", "once", "zero", "eleven", "trillion", "some", "odd", "another",
        "１０", "ＧＰＵ", "Ｏｎｅ", "ｏｎｅ", "Ｍａｙ", "H100", "GPT-4", "3.5", "X\u{301}one", "é one", "naïve",
    ]

    /// Transcript sentences in both languages, as they are and with insertions at random places.
    static let texts: [String] = {
        let sentences = GeneratedText.shared.englishSentences.prefix(300) + GeneratedText.shared.chineseSentences.prefix(600)
        var generator = SeededGenerator(seed: 459)
        var texts = Array(sentences)
        for sentence in sentences {
            var characters = Array(sentence)
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                let insertion = insertions.randomElement(using: &generator)!
                characters.insert(contentsOf: insertion, at: Int.random(in: 0...characters.count, using: &generator))
            }
            texts.append(String(characters))
        }
        return texts
    }()

    /// Things the fast paths look for, and scalars that must send text down the Character path.
    static let insertions: [String] = [
        ",", ".", "?", "!", ":", ";", " ", "..", ", ", "。", "，", "“", "”", "（", "(", ")",
        "的的", "了了", "是是", "在在", "的", "了", "A", "GPU", "5", "x", " A", "a ", "3.5",
        "**", "** ", " **", "`", "`code`", "<b>", "</b>", "<br/>", "](https://example.com)", "[x](y)", "<",
        "\u{301}", "e\u{301}", "\u{37E}", "\u{1FEF}", "\r\n", "\r", "👩‍💻", "\u{200D}", "\u{2000}", "\u{F900}", "\u{3000}",
        "ＧＰＵ", "\t", "\u{00A0}", "\u{FF0C}", "’", "I’m", "’s", "'",
    ]
}
