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
