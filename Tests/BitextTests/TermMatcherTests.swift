import Foundation
import Testing
@testable import Bitext

@Suite struct TermMatcherTests {
    private let glossary = Glossary(terms: [
        GlossaryTerm(sourceForms: ["mixture of experts", "MoE"], accepted: ["混合专家"], forbidden: ["专家的混合"]),
        GlossaryTerm(sourceForms: ["expert"], accepted: ["专家"]),
        GlossaryTerm(sourceForms: ["KV cache"], accepted: ["KV 缓存", "键值缓存"]),
        GlossaryTerm(sourceForms: ["Gemini"], accepted: ["Gemini"], forbidden: ["双子座"]),
        GlossaryTerm(sourceForms: ["DeepSeek", "Deep Seq"], accepted: ["DeepSeek", "深度求索"], forbidden: ["深海"]),
        GlossaryTerm(sourceForms: ["NCCL"], accepted: ["NCCL"], forbidden: ["镍币"], caseSensitive: true),
        GlossaryTerm(sourceForms: ["export controls"], accepted: ["出口管制"], forbidden: ["出口管製"]),
        GlossaryTerm(sourceForms: ["Llama"], accepted: ["Llama"], forbidden: ["骆驼"]),
    ])

    private func names(in text: String) -> [String] {
        let matcher = TermMatcher(glossary: glossary)
        return matcher.sourceMatches(in: text).map { matcher.glossary.terms[$0.term].name }
    }

    @Test func inflectionsAndCaseMatch() {
        #expect(names(in: "Two Mixtures of Experts and three EXPERTS.") == ["mixture of experts", "expert"])
        #expect(names(in: "the experts' view") == ["expert"])
    }

    @Test func hyphenSpaceAndJoinedSpellingsMatch() {
        for text in ["a KV cache", "a KV-cache", "the KVCache", "kv caches", "Mixture-of-Experts layers"] {
            #expect(names(in: text).count == 1, "\(text)")
        }
        let matcher = TermMatcher(glossary: glossary)
        let match = matcher.sourceMatches(in: "So Deep Seq's model").first
        #expect(match?.text == "Deep Seq's")
        #expect(matcher.sourceMatches(in: "DeepSeek-V3").first?.text == "DeepSeek")
    }

    @Test func wordBoundariesAreRespected() {
        #expect(names(in: "Geminids are a meteor shower") == [])
        #expect(names(in: "an expertise in NCCLX") == [])
        #expect(names(in: "two Llamas") == ["Llama"])
    }

    @Test func caseSensitiveTermsNeedTheirCase() {
        #expect(names(in: "NCCL all-reduce") == ["NCCL"])
        #expect(names(in: "nccl all-reduce") == [])
    }

    @Test func longestMatchHidesShorterTermsInside() {
        let matcher = TermMatcher(glossary: glossary)
        let matches = matcher.sourceMatches(in: "A mixture of experts has many experts.")
        #expect(matches.map(\.text) == ["mixture of experts", "experts"])
    }

    @Test func chineseRenderingsIgnoreWidthSpacingAndLatinCase() {
        let matcher = TermMatcher(glossary: glossary)
        let found = matcher.targetMatches(forTerms: [2, 3], in: "ＫＶ缓存 和 gemini 模型")
        #expect(found.map(\.rendering) == ["KV 缓存", "Gemini"])
        #expect(found.map(\.found) == ["ＫＶ缓存", "gemini"])
        #expect(found.allSatisfy { $0.kind == .accepted })
    }

    @Test func forbiddenInsideAnAcceptedRenderingIsNotReported() {
        let terms = Glossary(terms: [GlossaryTerm(sourceForms: ["expert"], accepted: ["混合专家"], forbidden: ["专家"])])
        let matcher = TermMatcher(glossary: terms)
        #expect(matcher.targetMatches(forTerms: [0], in: "混合专家").map(\.kind) == [.accepted])
        #expect(matcher.targetMatches(forTerms: [0], in: "专家").map(\.kind) == [.forbidden])
    }

    @Test func traditionalTextMatchesSimplifiedGlossary() throws {
        let matcher = TermMatcher(glossary: glossary)
        try #require(matcher.convertsScripts, "OpenCC is installed on the development machines")
        let found = matcher.targetMatches(forTerms: [0, 6], in: "混合專家模型受到出口管制")
        #expect(found.map(\.rendering) == ["混合专家", "出口管制"])
        #expect(found.first?.found == "混合專家")
        #expect(matcher.scriptConversionDiagnostic == nil)
    }

    @Test func overConvertedForbiddenFormIsCaughtAsWritten() throws {
        let matcher = TermMatcher(glossary: glossary)
        let found = matcher.targetMatches(forTerms: [6], in: "美国的出口管製")
        #expect(found.map(\.kind) == [.forbidden])
        #expect(found.first?.found == "出口管製")
        // In a fully Traditional text the same characters are the right term.
        #expect(matcher.targetMatches(forTerms: [6], in: "美國的出口管制").map(\.kind) == [.accepted])
    }

    @Test func withoutOpenCCScriptsAreMatchedAsWrittenAndTheUserIsTold() {
        let matcher = TermMatcher(glossary: glossary, converter: nil)
        #expect(!matcher.convertsScripts)
        #expect(matcher.scriptConversionDiagnostic?.level == .warning)
        #expect(matcher.targetMatches(forTerms: [0], in: "混合專家模型").isEmpty)
        #expect(matcher.targetMatches(forTerms: [0], in: "混合专家模型").map(\.kind) == [.accepted])
    }

    @Test func keptEnglishFormCountsAsARendering() {
        let matcher = TermMatcher(glossary: glossary)
        let found = matcher.targetMatches(forTerms: [1], in: "这些 Expert 很强")
        #expect(found.map(\.kind) == [.keptSource])
    }

    /// A sizeable glossary must still compile to a working index: every term is found by
    /// its own name among thousands of decoys.
    @Test func largeGlossaryFindsEveryTerm() {
        let words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "theta", "kappa", "lambda", "sigma"]
        var terms: [GlossaryTerm] = []
        for first in words { for second in words { terms.append(GlossaryTerm(sourceForms: ["\(first) \(second) unit"], accepted: ["单元"])) } }
        let matcher = TermMatcher(glossary: Glossary(terms: terms))
        let text = terms.map { "the \($0.name)s work" }.joined(separator: ", ")
        #expect(matcher.sourceMatches(in: text).map(\.term) == Array(0..<100))
    }
}
