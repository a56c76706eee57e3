import Foundation

/// The term matchers last compiled, reused while the glossary is the same. Chunked checking
/// runs every glossary check once per chunk of pairs; a fresh matcher each time would
/// compile the glossary again and start its stem memo (`StemCache`) empty, re-stemming the
/// same vocabulary chunk after chunk. Matching is a pure function of glossary, region and
/// text, so sharing the matcher changes no result. One matcher is kept per target region,
/// as a batch of zh-CN and zh-TW files asks for them in turn.
final class TermMatcherCache: @unchecked Sendable {
    static let shared = TermMatcherCache()

    private let lock = NSLock()
    private var glossary: Glossary?
    private var byRegion: [ChineseRegion?: TermMatcher] = [:]

    /// A matcher for `glossary` and targets of `region`: the last one when its terms are
    /// equal, else a new one.
    func matcher(for glossary: Glossary, region: ChineseRegion? = nil) -> TermMatcher {
        lock.lock()
        defer { lock.unlock() }
        if self.glossary?.terms != glossary.terms {
            self.glossary = glossary
            byRegion = [:]
        }
        // Without regional renderings every region resolves to the same matcher.
        let key = glossary.hasRegionalRenderings ? region : nil
        if let known = byRegion[key] { return known }
        let compiled = TermMatcher(glossary: glossary, region: key)
        byRegion[key] = compiled
        return compiled
    }

    /// A matcher for the Chinese region of `bitext`'s target (`ChineseRegion.ofTarget`).
    func matcher(for glossary: Glossary, in bitext: AlignedBitext) -> TermMatcher {
        matcher(for: glossary, region: glossary.hasRegionalRenderings ? ChineseRegion.ofTarget(bitext) : nil)
    }
}
