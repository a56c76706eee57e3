import Foundation

/// The term matcher last compiled, reused while the glossary is the same. Chunked checking
/// runs every glossary check once per chunk of pairs; a fresh matcher each time would
/// compile the glossary again and start its stem memo (`StemCache`) empty, re-stemming the
/// same vocabulary chunk after chunk. Matching is a pure function of glossary and text,
/// so sharing the matcher changes no result.
final class TermMatcherCache: @unchecked Sendable {
    static let shared = TermMatcherCache()

    private let lock = NSLock()
    private var last: TermMatcher?

    /// A matcher for `glossary`: the last one when its terms are equal, else a new one.
    func matcher(for glossary: Glossary) -> TermMatcher {
        lock.lock()
        defer { lock.unlock() }
        if let last, last.glossary.terms == glossary.terms { return last }
        let compiled = TermMatcher(glossary: glossary)
        last = compiled
        return compiled
    }
}
