import Foundation

/// The English words of CC-CEDICT's glosses as they are written there, capitals kept: `mark`
/// and `store` are common words, `PC` and `AI` (in `artificial intelligence (AI)`) acronyms
/// with a Chinese translation, while `Elon` or `Dylan` appear only capitalised, as names.
/// What tells a name a translation should keep consistently from a word it may translate.
enum DictionaryEnglishWords {
    /// Read from the bundled dictionary at first use (`BundledResources`; a run without it
    /// has already stopped at `BundledResources.verify`); empty when it is missing.
    static let bundled: Set<String> = {
        guard let url = try? BundledResources.url("cedict_ts.u8"),
              let data = try? Data(contentsOf: url, options: .alwaysMapped) else { return [] }
        return words(ofCEDICT: [UInt8](data))
    }()

    /// ASCII words between the first and last `/` of every entry line.
    static func words(ofCEDICT bytes: [UInt8]) -> Set<String> {
        var words: Set<String> = []
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            guard bytes[lineStart] != UInt8(ascii: "#"),
                  let glossStart = bytes[lineStart..<lineEnd].firstIndex(of: UInt8(ascii: "/")) else { continue }
            var wordStart: Int?
            for position in glossStart...lineEnd {
                let byte = position < lineEnd ? bytes[position] : 0
                let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
                if isLetter {
                    if wordStart == nil { wordStart = position }
                } else if let start = wordStart {
                    words.insert(String(decoding: bytes[start..<position], as: UTF8.self))
                    wordStart = nil
                }
            }
        }
        return words
    }

    /// Whether `word` is an English word or acronym the dictionary translates: written in
    /// lower case there (`Store` as `store`), or an acronym as written (`PC`, `AIs` as `AI`).
    static func translates(_ word: String, in words: Set<String> = bundled) -> Bool {
        if words.contains(word.lowercased()) { return true }
        let capitals = word.filter(\.isUppercase).count
        guard capitals >= 2 else { return false }
        let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
        return words.contains(word) || words.contains(singular)
    }
}
