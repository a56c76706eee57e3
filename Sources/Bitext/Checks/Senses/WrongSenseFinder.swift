/// Finds a domain word rendered in a sense the domain never means: "Exit" → 出口, "Back" →
/// 背部 in an interface, "weights" → 重量 in a text about models.
///
/// An entry fires when the source says one of its forms (as whole words), its context holds,
/// the translation has one of the other sense's renderings as a word of its own (not inside
/// a longer CC-CEDICT word: 家 in 专家 or 回家 is another word) and none of the domain's
/// renderings (the translator chose the domain's sense somewhere, so the other word may
/// render something else). A word the glossary defines is left to the glossary.
struct WrongSenseFinder {
    struct Occurrence {
        var entry: SenseEntry
        /// The source form, lower-cased ("exit").
        var sourceForm: String
        /// The other sense's rendering as the translation writes it.
        var found: String
        /// Offsets in Unicode scalars of `found` in the text.
        var scalars: Range<Int>
    }

    private let entriesByFirstWord: [String: [SenseEntry]]
    private let glossaryWords: Set<String>
    private let lexicon: BilingualLexicon?

    init(domains: Set<SenseDomain>, glossary: Glossary, lexicon: BilingualLexicon?) {
        var byFirstWord: [String: [SenseEntry]] = [:]
        let packs = Set(domains.flatMap(\.packs))
        for domain in SenseDomain.allCases where packs.contains(domain) {
            for entry in SensePack.entries(for: domain) {
                for first in Set(entry.sourceForms.compactMap(\.first)) { byFirstWord[first, default: []].append(entry) }
            }
        }
        entriesByFirstWord = byFirstWord
        glossaryWords = Set(glossary.terms.flatMap { $0.sourceForms.map { EnglishWords.tokens($0).joined(separator: " ") } })
        self.lexicon = lexicon
    }

    var isEmpty: Bool { entriesByFirstWord.isEmpty }

    func occurrences(source: String, target: String) -> [Occurrence] {
        let tokens = EnglishWords.tokens(source)
        var candidates: [(entry: SenseEntry, form: String)] = []
        for (index, token) in tokens.enumerated() {
            guard let entries = entriesByFirstWord[token] else { continue }
            for entry in entries {
                guard let form = entry.sourceForms.first(where: { form in
                    form.first == token && tokens.count - index >= form.count && Array(tokens[index..<index + form.count]) == form
                }) else { continue }
                let written = form.joined(separator: " ")
                if !glossaryWords.contains(written) { candidates.append((entry, written)) }
            }
        }
        guard !candidates.isEmpty else { return [] }
        let tokenSet = Set(tokens)
        let original = Array(target.unicodeScalars)
        let simplified = Array((ChineseScriptConverter.toSimplified?.convert(target) ?? target).unicodeScalars)
        let sameLength = simplified.count == original.count
        // Renderings kept in Latin letters (Shell, Windows) are compared without case.
        let caseless = Array(String(String.UnicodeScalarView(simplified)).lowercased().unicodeScalars)
        var found: [Occurrence] = []
        var reported: Set<String> = []
        for (entry, form) in candidates where entry.applies(toSourceTokens: tokens, tokenSet: tokenSet) {
            var others: [(rendering: String, range: Range<Int>)] = []
            for other in entry.otherRenderings {
                let needle = Array(other.unicodeScalars)
                var start = 0
                while let index = Self.firstIndex(of: needle, in: simplified, from: start) {
                    start = index + 1
                    let range = index..<index + needle.count
                    if !isInsideLongerWord(range, of: simplified) { others.append((other, range)) }
                }
            }
            guard !others.isEmpty, !hasRendering(of: entry, in: caseless, outside: caseless.count == simplified.count ? others.map(\.range) : [])
            else { continue }
            for (other, range) in others {
                let written = sameLength ? String(String.UnicodeScalarView(original[range])) : other
                guard reported.insert(form + "\u{0}" + written).inserted else { continue }
                found.append(Occurrence(entry: entry, sourceForm: form, found: written, scalars: range))
            }
        }
        return found.sorted { $0.scalars.lowerBound < $1.scalars.lowerBound }
    }

    /// Whether the translation has one of the domain's renderings (compared without case)
    /// outside the other sense's words: 服务 inside 服务员 (a waiter) is the waiter, not a
    /// rendering of "server".
    private func hasRendering(of entry: SenseEntry, in caseless: [Unicode.Scalar], outside others: [Range<Int>]) -> Bool {
        entry.renderings.contains { rendering in
            let needle = Array(rendering.lowercased().unicodeScalars)
            var start = 0
            while let index = Self.firstIndex(of: needle, in: caseless, from: start) {
                if !others.contains(where: { $0.contains(index) && $0.upperBound >= index + needle.count }) { return true }
                start = index + 1
            }
            return false
        }
    }

    /// Whether a dictionary word longer than `range` covers it (家 in 专家, 港 in 香港).
    private func isInsideLongerWord(_ range: Range<Int>, of text: [Unicode.Scalar]) -> Bool {
        guard let lexicon else { return false }
        let longest = lexicon.longestHeadword
        for start in max(0, range.upperBound - longest)...range.lowerBound {
            var hasher = HeadwordHasher()
            var end = start
            while end < text.count && end - start < longest && text[end].isHan {
                hasher.add(text[end].value)
                end += 1
                if end >= range.upperBound && end - start > range.count && lexicon.contains(hash: hasher.value) { return true }
            }
        }
        return false
    }

    private static func firstIndex(of needle: [Unicode.Scalar], in text: [Unicode.Scalar], from start: Int) -> Int? {
        guard !needle.isEmpty, text.count >= needle.count, start <= text.count - needle.count else { return nil }
        for index in start...(text.count - needle.count) where text[index] == needle[0] {
            if text[index..<index + needle.count].elementsEqual(needle) { return index }
        }
        return nil
    }
}
