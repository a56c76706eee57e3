import Testing
@testable import Bitext

@Suite struct EnglishWordsTests {
    @Test func inflectionsMeetAtOneStem() {
        for group in [["model", "models", "modeling", "modeled"], ["run", "running", "runs"], ["go", "went", "goes"],
                      ["distill", "distills", "distilled", "distilling"], ["cluster", "clusters"],
                      ["employee", "employees"], ["machine", "machines"], ["agree", "agrees"]] {
            let stems = Set(group.map(EnglishWords.stem))
            #expect(stems.count == 1, "\(group) → \(stems)")
        }
    }

    /// ASCII text takes a byte-level path; a text with one non-ASCII word takes the Character
    /// path. On every line of the real transcript both must give the same words.
    @Test func theASCIIPathTokenizesLikeTheCharacterPath() throws {
        let lines = try TestData.text(TestData.englishTranscript).split(separator: "\n").map(String.init)
        let asciiLines = lines.filter { ASCIICharacters.hold(in: $0.utf8) && !$0.isEmpty }
        #expect(asciiLines.count > 500)
        for line in asciiLines {
            #expect(EnglishWords.tokens(line + " é") == EnglishWords.tokens(line) + ["é"], "\(line)")
        }
        for text in ["rock 'n' roll", "it's", "'quoted'", "a--b", "x'", "Tab\tand\u{0B}feed", "CamelCase42 and 3.5"] {
            #expect(EnglishWords.tokens(text + " é") == EnglishWords.tokens(text) + ["é"], "\(text)")
        }
    }

    @Test func distinctWordsStayDistinct() {
        #expect(EnglishWords.stem("expert") != EnglishWords.stem("export"))
        #expect(EnglishWords.stem("weights") != EnglishWords.stem("wait"))
    }

    @Test func tokensKeepInnerApostrophesAndSplitPunctuation() {
        #expect(EnglishWords.tokens("I'm just a fan, of DeepSeek-V3's 'moment'.") ==
                ["i'm", "just", "a", "fan", "of", "deepseek", "v3's", "moment"])
    }

    @Test func fullWidthFormsBecomeHalfWidth() {
        #expect(TextWidth.halfWidth("ＧＰＵ　１００％") == "GPU 100%")
    }
}
