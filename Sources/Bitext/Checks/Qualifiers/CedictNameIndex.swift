import Foundation

/// The names CC-CEDICT gives a Chinese form for, English → Chinese: entries whose pinyin is
/// capitalised (a proper noun: 日本 [Ri4 ben3] "Japan", 世界银行 "World Bank", 北约 "NATO"),
/// each gloss giving the capitalised words it starts with ("San Francisco" of "San
/// Francisco, California", "Shanghai" of "Shanghai municipality"; "North Atlantic Treaty
/// Organization" of "abbr. for …, North Atlantic Treaty Organization"). Left out: bare given
/// names and surnames ("John (name)"), whose renderings vary too much to check; compound
/// entries ("India and Pakistan"); months
/// and weekdays, which Chinese writes with numbers (12月); one-word names the dictionary
/// uses more often as a word ("Apple", "Mark", "Internet").
struct CedictNameIndex: Sendable {
    /// Name → its Chinese forms (simplified and traditional; the parts of a 伊隆·马斯克).
    private(set) var forms: [String: Set<String>] = [:]
    /// Every Chinese form of a name.
    private(set) var chineseNames: Set<String> = []
    /// Each character's readings in pinyin without tones (汪: wang; 绿: lu, lv), to tell a
    /// romanised Chinese name in the target ("Wang" as 汪, "Qingyang" as 清扬).
    private(set) var readings: [Unicode.Scalar: Set<String>] = [:]
    /// Every syllable of those readings.
    private(set) var syllables: Set<String> = []
    /// The longest name in words.
    private(set) var longestName = 1

    /// How many pinyin syllables spell `word` (Wang: 1, Qingyang: 2), nil when none do.
    func pinyinSyllableCount(of word: String) -> Int? {
        let letters = Array(word.lowercased())
        guard letters.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        var fewest: [Int?] = Array(repeating: nil, count: letters.count + 1)
        fewest[0] = 0
        for end in 1...max(letters.count, 1) where end <= letters.count {
            for start in max(0, end - 6)..<end {
                guard let before = fewest[start], syllables.contains(String(letters[start..<end])) else { continue }
                fewest[end] = min(fewest[end] ?? .max, before + 1)
            }
        }
        return letters.isEmpty ? nil : fewest[letters.count]
    }

    static let bundled: CedictNameIndex = {
        guard let url = try? BundledResources.url("cedict_ts.u8"),
              let data = try? Data(contentsOf: url, options: .alwaysMapped) else { return CedictNameIndex() }
        return data.withUnsafeBytes { CedictNameIndex(cedict: $0.bindMemory(to: UInt8.self)) }
    }()

    init() {}

    /// Reads the dictionary byte by byte: only names and headwords become strings, so that
    /// the index costs tens of milliseconds, not the second that splitting 9 MB into
    /// Characters and Foundation's string searching take.
    init(cedict bytes: UnsafeBufferPointer<UInt8>) {
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let next = lineEnd + 1
            if lineEnd > lineStart, bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
            defer { lineStart = next }
            guard lineEnd > lineStart, bytes[lineStart] != UInt8(ascii: "#"),
                  let bracket = (lineStart..<lineEnd).first(where: { bytes[$0] == UInt8(ascii: "[") }),
                  let close = (bracket..<lineEnd).first(where: { bytes[$0] == UInt8(ascii: "]") }),
                  (close..<lineEnd).contains(where: { bytes[$0] == UInt8(ascii: "/") })
            else { continue }
            addReadings(headwords: UnsafeBufferPointer(rebasing: bytes[lineStart..<bracket]), pinyin: UnsafeBufferPointer(rebasing: bytes[(bracket + 1)..<close]))
            if (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[bracket + 1]),
               let slash = (close..<lineEnd).first(where: { bytes[$0] == UInt8(ascii: "/") }) {
                addNames(headwords: UnsafeBufferPointer(rebasing: bytes[lineStart..<bracket]), glosses: UnsafeBufferPointer(rebasing: bytes[slash..<lineEnd]))
            }
        }
        removeCommonWords(cedict: bytes)
        chineseNames = Set(forms.values.joined())
        syllables = Set(readings.values.joined())
    }

    private mutating func addNames(headwords: UnsafeBufferPointer<UInt8>, glosses: UnsafeBufferPointer<UInt8>) {
        let written = headwords.split(separator: UInt8(ascii: " "))
        guard written.count == 2 else { return }
        var chinese = Set(written.map { String(decoding: $0, as: UTF8.self) })
        for headword in chinese where headword.unicodeScalars.contains("·") {
            chinese.formUnion(headword.split(separator: "·").filter { $0.count >= 2 }.map(String.init))
        }
        for gloss in glosses.split(whereSeparator: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ";") }) {
            for name in Self.names(inGloss: gloss) where Self.isName(name) {
                forms[name, default: []].formUnion(chinese)
                longestName = max(longestName, name.split(separator: " ").count)
            }
        }
    }

    /// A one-word name must be a name far more often than a word: "China" (瓷器 "china" in a
    /// few glosses, a proper noun's in hundreds) is, "Apple", "Mark", "Internet" (mostly in
    /// common words' glosses) and "Avatar" (a film once, "avatar" once) are not.
    /// An acronym is one when proper nouns' glosses have it more often (US, not "TV").
    /// Counted by hash over the bytes of every gloss: no string for the million words.
    private mutating func removeCommonWords(cedict bytes: UnsafeBufferPointer<UInt8>) {
        let oneWordNames = forms.keys.filter { !$0.contains(" " as Character) }
        var uses: [UInt64: (proper: Int, common: Int, lowerCase: Int)] = [:]
        for name in oneWordNames {
            uses[Self.hash(name.utf8)] = (0, 0, 0)
            uses[Self.hash(name.lowercased().utf8)] = (0, 0, 0)
        }
        var isProperNoun = false
        var inGloss = false
        var wordStart: Int?
        for position in 0...bytes.count {
            let byte = position < bytes.count ? bytes[position] : UInt8(ascii: "\n")
            if ASCIICharacters.isLetterOrDigit(byte) {
                if wordStart == nil { wordStart = position }
                continue
            }
            if let start = wordStart, inGloss {
                let hash = Self.hash(UnsafeBufferPointer(rebasing: bytes[start..<position]))
                if uses[hash] != nil {
                    let first = bytes[start]
                    if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) {
                        uses[hash]!.lowerCase += 1
                    } else if isProperNoun {
                        uses[hash]!.proper += 1
                    } else {
                        uses[hash]!.common += 1
                    }
                }
            }
            wordStart = nil
            if byte == UInt8(ascii: "\n") {
                inGloss = false
            } else if byte == UInt8(ascii: "["), !inGloss, position + 1 < bytes.count {
                isProperNoun = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[position + 1])
            } else if byte == UInt8(ascii: "/") {
                inGloss = true
            }
        }
        for name in oneWordNames {
            let counts = uses[Self.hash(name.utf8)] ?? (0, 0, 0)
            let lowerCase = uses[Self.hash(name.lowercased().utf8)]?.lowerCase ?? 0
            let isAcronym = name.allSatisfy(\.isUppercase)
            let isWord = isAcronym ? counts.common > counts.proper
                : (counts.common >= 10 && counts.common > 3 * counts.proper) || lowerCase * 3 > counts.proper
            if name.count < 2 || isWord { forms[name] = nil }
        }
    }

    /// FNV-1a over bytes.
    private static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return value
    }

    /// The reading of a one-character entry (`汪 汪 [Wang1] /…/`), for both its forms.
    private mutating func addReadings(headwords: UnsafeBufferPointer<UInt8>, pinyin: UnsafeBufferPointer<UInt8>) {
        guard headwords.count <= 9, !pinyin.contains(UInt8(ascii: " ")), !pinyin.isEmpty else { return }
        let written = String(decoding: headwords, as: UTF8.self).split(separator: " ")
        guard written.count == 2, written.allSatisfy({ $0.unicodeScalars.count == 1 }) else { return }
        let spelled = String(decoding: pinyin.filter { !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.map(ASCIICharacters.lowercased), as: UTF8.self)
        let spellings = spelled.utf8.contains(UInt8(ascii: ":")) ? [spelled.replacingOccurrences(of: "u:", with: "u"), spelled.replacingOccurrences(of: "u:", with: "v")] : [spelled]
        for headword in written { readings[headword.unicodeScalars.first!, default: []].formUnion(spellings) }
    }

    /// Words that are no name to read: months and weekdays, figures of speech.
    static func isExcluded(_ word: String) -> Bool {
        calendarNames.contains(word) || figuresOfSpeech.contains(word)
    }

    /// The name a gloss part gives, if it gives one: its first comma-separated part (its last
    /// for an abbreviation's "abbr. for 北大西洋公約組織…, North Atlantic…"), notes in
    /// parentheses and a leading "the" taken out. An acronym in parentheses is a name of its
    /// own ("Chinese Communist Party (CCP)").
    private static func names(inGloss gloss: Slice<UnsafeBufferPointer<UInt8>>) -> [String] {
        var text = Array(gloss.drop { $0 == UInt8(ascii: " ") })
        if contains(Array("(name)".utf8), in: text) || contains(Array("surname".utf8), in: text) { return [] }
        if starts(text, with: "abbr. for ") || starts(text, with: "abbr. to ") {
            guard let comma = text.lastIndex(of: UInt8(ascii: ",")) else { return [] }
            text = Array(text[(comma + 1)...])
        } else if let comma = text.firstIndex(of: UInt8(ascii: ",")) {
            text = Array(text[..<comma])
        }
        var names: [String] = []
        var kept: [UInt8] = []
        var note: [UInt8] = []
        var depth = 0
        for byte in text {
            if byte == UInt8(ascii: "(") {
                depth += 1
            } else if byte == UInt8(ascii: ")") {
                if depth == 1, names.isEmpty, note.count >= 2, note.allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) {
                    names.append(String(decoding: note, as: UTF8.self))
                }
                depth = max(0, depth - 1)
                note = []
            } else if depth > 0 {
                note.append(byte)
            } else {
                kept.append(byte)
            }
        }
        var words = kept.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
        if words.first == "the" { words.removeFirst() }
        // "Shanghai municipality", "Shenzhen subprovincial city in Guangdong": the name is the
        // capitalised words before the description.
        let named = words.prefix { $0.first?.isUppercase == true || linkWords.contains($0) }
        words = Array(named.reversed().drop { linkWords.contains($0) }.reversed())
        if (1...6).contains(words.count) { names.append(words.joined(separator: " ")) }
        return names
    }

    private static func starts(_ bytes: [UInt8], with prefix: String) -> Bool {
        bytes.starts(with: prefix.utf8)
    }

    private static func contains(_ pattern: [UInt8], in bytes: [UInt8]) -> Bool {
        guard bytes.count >= pattern.count else { return false }
        return (0...(bytes.count - pattern.count)).contains { start in bytes[start..<(start + pattern.count)].elementsEqual(pattern) }
    }

    /// Capitalised words, with "of", "the", "for", "de" between them ("Bank of China"), and
    /// not a list of two names joined by "and".
    private static func isName(_ name: String) -> Bool {
        let capitals = UInt8(ascii: "A")...UInt8(ascii: "Z")
        let words = name.utf8.split(separator: UInt8(ascii: " "))
        guard let first = words.first?.first, let last = words.last?.first, capitals.contains(first), capitals.contains(last) else { return false }
        for word in words {
            guard word.allSatisfy({ ASCIICharacters.isLetterOrDigit($0) && !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") })
            else { return false }
            if !capitals.contains(word.first!), !linkWords.contains(String(decoding: word, as: UTF8.self)) { return false }
        }
        if words.count == 1 {
            return !calendarNames.contains(name) && !figuresOfSpeech.contains(name)
        }
        return true
    }

    private static let linkWords: Set<String> = ["of", "the", "for", "de", "on"]
    /// Names exclamations, idioms and directions use without naming anyone or anywhere
    /// ("my God" → 天啊, "Western media" → 西方): a translation rightly says them otherwise.
    private static let figuresOfSpeech: Set<String> = [
        "God", "Lord", "Heaven", "Buddha", "Christ", "Jesus", "West", "Western", "East", "Eastern", "North", "Northern", "South", "Southern",
    ]
    private static let calendarNames: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]
}
