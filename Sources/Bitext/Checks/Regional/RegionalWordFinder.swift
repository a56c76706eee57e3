/// Finds the words of a Chinese translation that belong to the other region's vocabulary:
/// mainland words in a Taiwan text (軟件 for 軟體, 網絡 for 網路) or Taiwan words in a mainland
/// one (软体 for 软件).
///
/// The word pairs are OpenCC's phrase tables, asked word by word: the text is read in
/// Simplified characters, cut into CC-CEDICT words, and a word is the other region's when
/// OpenCC's regional conversion (`s2twp`, `tw2sp`) changes it beyond its characters. Many of
/// those words are right in some senses (支持 "to back a view" is Taiwan's word too, 程序 is a
/// "procedure"), so a word is reported only where the source says what the regional word
/// means, by the regional word's CC-CEDICT glosses, and does not also say what only the
/// written word means: 文件 is reported for "file" (檔案) and not for "document". A word
/// inside a longer dictionary word is not a word of the text. A short curated list adds words OpenCC lacks and narrows the few
/// senses glosses cannot tell apart (`RegionalWordList`).
struct RegionalWordFinder {
    struct Occurrence: Equatable {
        /// The word as the translation writes it.
        var found: String
        /// The region's word.
        var regional: String
        /// Offsets in Unicode scalars of `found` in the text.
        var scalars: Range<Int>
    }

    /// What a word of the other region is replaced with, and when.
    struct Replacement {
        var regional: String
        /// English stems the source must contain for the replacement to apply, or with
        /// `exactWords` the words themselves (`supported` but not `support`).
        var meanings: Set<String>
        var exactWords = false
        /// Stems of what only the written word means (文件 "document" beside 檔案 "file"): a
        /// source that says one of them may mean the written word's own sense.
        var ownMeanings: Set<String> = []
    }

    let region: ChineseRegion
    let lexicon: BilingualLexicon
    private var replacements: [String: Replacement?] = [:]

    /// Nil when the region has no vocabulary of its own to check (Hong Kong) or OpenCC's
    /// data is missing.
    init?(region: ChineseRegion, lexicon: BilingualLexicon) {
        switch region {
        case .taiwan:
            guard ChineseScriptConverter.toTaiwan != nil, ChineseScriptConverter.toTaiwanWords != nil else { return nil }
        case .mainland:
            guard ChineseScriptConverter.toTaiwan != nil, ChineseScriptConverter.toMainlandWords != nil else { return nil }
        case .hongKong:
            return nil
        }
        self.region = region
        self.lexicon = lexicon
    }

    /// The other region's words in `text`, for a pair whose source has these English words
    /// (lower-cased); each occurrence once, in text order.
    mutating func occurrences(in text: String, sourceWords: [String]) -> [Occurrence] {
        let original = Array(text.unicodeScalars)
        guard original.contains(where: \.isHan) else { return [] }
        let simplified = Array((ChineseScriptConverter.toSimplified?.convert(text) ?? text).unicodeScalars)
        // Traditional→Simplified keeps one character for one almost always; where it does
        // not, the word is quoted in its converted form.
        let sameLength = simplified.count == original.count
        var sourceStems: Set<String>?
        var sourceWordSet: Set<String>?
        var found: [Occurrence] = []
        var index = 0
        // Where the longest dictionary word seen so far ends: a word wholly inside a longer
        // one is not a word of the text (算子 in 運算子).
        var longestEnd = 0
        // Every dictionary word starting at each character, longest first, not only the
        // longest match: 不支持 holds 支持 although a longest-match cut reads 不支|持.
        while index < simplified.count {
            guard simplified[index].isHan else {
                index += 1
                continue
            }
            var width = 1
            let words = headwords(in: simplified, from: index)
            let coveredUntil = longestEnd
            longestEnd = max(longestEnd, index + (words.last?.length ?? 1))
            for (hash, length) in words.reversed() where length >= 2 && index + length > coveredUntil {
                let word = String(String.UnicodeScalarView(simplified[index..<index + length]))
                guard let replacement = replacement(of: word, hash: hash) else { continue }
                if replacement.exactWords {
                    if sourceWordSet == nil { sourceWordSet = Set(sourceWords.map { $0.lowercased() }) }
                    guard !replacement.meanings.isDisjoint(with: sourceWordSet!) else { continue }
                } else {
                    if sourceStems == nil { sourceStems = Self.stems(of: sourceWords) }
                    guard !replacement.meanings.isDisjoint(with: sourceStems!),
                          replacement.ownMeanings.isDisjoint(with: sourceStems!)
                    else { continue }
                }
                let written = sameLength
                    ? String(String.UnicodeScalarView(original[index..<index + length])) : writtenForm(of: word)
                guard written != replacement.regional,
                      !Self.isInside(replacement.regional, around: index..<index + length, of: original)
                else { continue }
                found.append(Occurrence(found: written, regional: replacement.regional, scalars: index..<index + length))
                width = length
                break
            }
            index += width
        }
        return found
    }

    /// Whether the text already writes the regional word over these characters: 算法 inside
    /// 演算法 is Taiwan's word, which the dictionary lacks.
    static func isInside(_ regional: String, around range: Range<Int>, of text: [Unicode.Scalar]) -> Bool {
        let word = Array(regional.unicodeScalars)
        guard word.count > range.count else { return false }
        let lower = max(0, range.upperBound - word.count), upper = min(range.lowerBound, text.count - word.count)
        guard lower <= upper else { return false }
        return (lower...upper).contains { start in Array(text[start..<start + word.count]) == word }
    }

    /// The dictionary words starting at `start`, shortest first, with their hashes.
    private func headwords(in scalars: [Unicode.Scalar], from start: Int) -> [(hash: UInt64, length: Int)] {
        var hasher = HeadwordHasher()
        var words: [(hash: UInt64, length: Int)] = []
        var end = start
        while end < scalars.count && end - start < lexicon.longestHeadword && scalars[end].isHan {
            hasher.add(scalars[end].value)
            end += 1
            if lexicon.contains(hash: hasher.value) { words.append((hasher.value, end - start)) }
        }
        return words
    }

    /// The replacement of a Simplified word, worked out once a run.
    private mutating func replacement(of word: String, hash: UInt64) -> Replacement? {
        if let known = replacements[word] { return known }
        let replacement = RegionalWordList.replacement(of: word, in: region).map { entry in
            Replacement(regional: entry.regional, meanings: entry.sourceWords, exactWords: true)
        } ?? convertedReplacement(of: word, hash: hash)
        replacements[word] = replacement
        return replacement
    }

    private func convertedReplacement(of word: String, hash: UInt64) -> Replacement? {
        guard !RegionalWordList.isLeftAsWritten(word, in: region), let toTaiwan = ChineseScriptConverter.toTaiwan else { return nil }
        let regional: String
        switch region {
        case .taiwan:
            guard let words = ChineseScriptConverter.toTaiwanWords else { return nil }
            let characters = toTaiwan.convert(word)
            regional = words.convert(word)
            guard regional != characters else { return nil }
        case .mainland:
            // Only words CC-CEDICT marks as Taiwan's: OpenCC's reverse table also turns
            // words both regions use (文件, 程序) into their mainland synonyms.
            guard lexicon.isTaiwanUsage(hash: hash), let words = ChineseScriptConverter.toMainlandWords else { return nil }
            regional = words.convert(toTaiwan.convert(word))
            guard regional != word else { return nil }
        case .hongKong:
            return nil
        }
        // The regional word's own glosses decide; one the dictionary lacks is not reported
        // (the written word's glosses would take in every sense it has).
        let meanings = meanings(of: regional)
        guard !meanings.isEmpty else { return nil }
        let ownMeanings = Self.stems(of: lexicon.englishWords(hash: hash)).subtracting(meanings)
        return Replacement(regional: regional, meanings: meanings, ownMeanings: ownMeanings)
    }

    /// Stems of the CC-CEDICT glosses of a word written in either script.
    private func meanings(of word: String) -> Set<String> {
        let simplified = ChineseScriptConverter.toSimplified?.convert(word) ?? word
        var hasher = HeadwordHasher()
        for scalar in simplified.unicodeScalars { hasher.add(scalar.value) }
        return Self.stems(of: lexicon.englishWords(hash: hasher.value))
    }

    /// How the region's own script writes the other region's word (the text's own form is
    /// used whenever its characters line up).
    private func writtenForm(of word: String) -> String {
        region == .taiwan ? (ChineseScriptConverter.toTaiwan?.convert(word) ?? word) : word
    }

    static func stems(of words: [String]) -> Set<String> {
        Set(words.lazy.map { $0.lowercased() }.filter { $0.count > 1 && !AlignmentStopwords.contains($0) }.map(EnglishWords.stem))
    }
}
