import Testing
@testable import Bitext

/// The shared matcher must always be the one for the glossary asked about: checks of two
/// projects in one process, or a glossary edited between runs, must not see stale terms.
@Suite struct TermMatcherCacheTests {
    @Test func givesTheMatcherOfTheGlossaryAskedFor() {
        let cache = TermMatcherCache()
        let deepSeek = Glossary(terms: [GlossaryTerm(sourceForms: ["DeepSeek", "Deep Seq"], accepted: ["DeepSeek"], forbidden: ["深海"])])
        let llama = Glossary(terms: [GlossaryTerm(sourceForms: ["Llama"], accepted: ["Llama"], forbidden: ["羊驼"])])
        let sentence = "So I used the Deep Seek moment, and Llama too."
        for glossary in [deepSeek, deepSeek, llama, deepSeek, llama] {
            let matcher = cache.matcher(for: glossary)
            #expect(matcher.glossary.terms == glossary.terms)
            #expect(matcher.sourceMatches(in: sentence).map(\.text) == TermMatcher(glossary: glossary).sourceMatches(in: sentence).map(\.text))
        }
        #expect(cache.matcher(for: llama).sourceMatches(in: sentence).map(\.text) == ["Llama"])
    }
}
