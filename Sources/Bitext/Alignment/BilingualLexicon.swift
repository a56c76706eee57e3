import Foundation

/// A Chinese→English word list read from CC-CEDICT: headword (simplified, and traditional
/// where it differs, for zh-TW and zh-HK text) → English gloss words. Loading parses the raw bytes once and keeps only an index (headword hash → gloss
/// byte range); glosses are cleaned and split only for the headwords a document uses, so
/// the 9 MB dictionary costs a few tens of milliseconds, not a String per line.
public struct BilingualLexicon: Sendable {
    private let bytes: [UInt8]
    /// Headword hash → index of its first entry; further entries chain through `nextEntry`.
    private let firstEntry: [UInt64: Int32]
    private let glossStart: [Int32]
    private let glossEnd: [Int32]
    private let nextEntry: [Int32]
    /// Longest headword in Unicode scalars (capped), the longest match worth trying.
    public let longestHeadword: Int

    /// The CC-CEDICT copy bundled with the library, loaded at first use. Entry points call
    /// `loadBundled()` first, which throws if the file is missing; this one is empty then.
    public static var bundled: BilingualLexicon {
        (try? bundledLoad.get()) ?? BilingualLexicon(cedict: [])
    }

    /// The bundled dictionary, or the error naming the file that could not be read: alignment
    /// without it is so much worse that a run must not go on quietly.
    @discardableResult
    public static func loadBundled() throws(InputError) -> BilingualLexicon {
        try bundledLoad.get()
    }

    private static let bundledLoad = Result<BilingualLexicon, InputError> { () throws(InputError) in
        let url = try BundledResources.url("cedict_ts.u8")
        do {
            return BilingualLexicon(cedict: [UInt8](try Data(contentsOf: url, options: .alwaysMapped)))
        } catch {
            throw InputError(file: url.path, "cannot read bitext's dictionary: \(error.localizedDescription)")
        }
    }

    /// Number of dictionary entries indexed.
    public var entryCount: Int { glossStart.count }

    /// Parses CC-CEDICT lines `傳統 传统 [chuan2 tong3] /tradition/traditional/`; comment
    /// lines (`#`) and malformed lines are skipped.
    public init(cedict bytes: [UInt8]) {
        var firstEntry: [UInt64: Int32] = [:]
        firstEntry.reserveCapacity(bytes.count / 50)
        var glossStart: [Int32] = []
        var glossEnd: [Int32] = []
        var nextEntry: [Int32] = []
        var longest = 1
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var position = 0
            while position < count {
                var lineEnd = position
                while lineEnd < count && buffer[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                defer { position = lineEnd + 1 }
                guard buffer[position] != UInt8(ascii: "#") else { continue }
                var firstSpace = position
                while firstSpace < lineEnd && buffer[firstSpace] != UInt8(ascii: " ") { firstSpace += 1 }
                var secondSpace = firstSpace + 1
                while secondSpace < lineEnd && buffer[secondSpace] != UInt8(ascii: " ") { secondSpace += 1 }
                var slash = secondSpace
                while slash < lineEnd && buffer[slash] != UInt8(ascii: "/") { slash += 1 }
                var lastSlash = lineEnd - 1
                while lastSlash > slash && buffer[lastSlash] != UInt8(ascii: "/") { lastSlash -= 1 }
                guard secondSpace < lineEnd, lastSlash > slash else { continue }
                var traditional = HeadwordHasher()
                var index = position
                while index < firstSpace {
                    let (scalar, width) = Self.decodeScalar(buffer, at: index)
                    traditional.add(scalar)
                    index += width
                }
                var hasher = HeadwordHasher()
                var scalars = 0
                index = firstSpace + 1
                while index < secondSpace {
                    let (scalar, width) = Self.decodeScalar(buffer, at: index)
                    hasher.add(scalar)
                    scalars += 1
                    index += width
                }
                longest = max(longest, min(scalars, 8))
                func addEntry(_ headword: UInt64) {
                    let entry = Int32(glossStart.count)
                    glossStart.append(Int32(slash + 1))
                    glossEnd.append(Int32(lastSlash))
                    nextEntry.append(firstEntry[headword] ?? -1)
                    firstEntry[headword] = entry
                }
                addEntry(hasher.value)
                // The traditional headword, where it differs, is an entry of its own with the same glosses.
                if traditional.value != hasher.value { addEntry(traditional.value) }
            }
        }
        self.bytes = bytes
        self.firstEntry = firstEntry
        self.glossStart = glossStart
        self.glossEnd = glossEnd
        self.nextEntry = nextEntry
        self.longestHeadword = longest
    }

    /// Every English word of the glosses, lower-cased: what tells an English word (`cancel`)
    /// from a name (`Yandex`) when a UI string is copied untranslated.
    public var englishVocabulary: Set<String> {
        var words: Set<String> = []
        var start: Int?
        for index in glossStart.indices {
            let range = Int(glossStart[index])..<Int(glossEnd[index])
            for position in range.lowerBound...range.upperBound {
                let isLetter = position < range.upperBound && (bytes[position] | 0x20) >= 0x61 && (bytes[position] | 0x20) <= 0x7A
                if isLetter {
                    if start == nil { start = position }
                } else if let begin = start {
                    words.insert(String(decoding: bytes[begin..<position], as: UTF8.self).lowercased())
                    start = nil
                }
            }
        }
        return words
    }

    /// Whether a headword with this hash (see `HeadwordHasher`) is in the dictionary.
    public func contains(hash: UInt64) -> Bool { firstEntry[hash] != nil }

    /// The cleaned English words of every gloss of the headword with this hash, lower-cased
    /// and unstemmed; empty when the headword is unknown.
    public func englishWords(hash: UInt64) -> [String] {
        var words: [String] = []
        var entry = firstEntry[hash] ?? -1
        while entry >= 0 {
            let start = Int(glossStart[Int(entry)])
            let end = Int(glossEnd[Int(entry)])
            var glossBegin = start
            for index in start...end where index == end || bytes[index] == UInt8(ascii: "/") {
                appendWords(ofGloss: bytes[glossBegin..<index], to: &words)
                glossBegin = index + 1
            }
            entry = nextEntry[Int(entry)]
        }
        return words
    }

    /// Whether CC-CEDICT marks a sense of the headword as Taiwan's usage (`(Tw)`,
    /// "Taiwanese term for 網絡"): words a mainland text would say otherwise.
    public func isTaiwanUsage(hash: UInt64) -> Bool {
        var entry = firstEntry[hash] ?? -1
        while entry >= 0 {
            let gloss = String(decoding: bytes[Int(glossStart[Int(entry)])..<Int(glossEnd[Int(entry)])], as: UTF8.self)
            if gloss.contains("(Tw)") || gloss.contains("Taiwanese term") || gloss.contains("(Taiwan)") { return true }
            entry = nextEntry[Int(entry)]
        }
        return false
    }

    /// Glosses that name a classifier, a variant, a surname or an abbreviation say nothing about
    /// the meaning in running text, and parenthesised notes are commentary, not translation.
    private func appendWords(ofGloss gloss: ArraySlice<UInt8>, to words: inout [String]) {
        let lowered = String(decoding: gloss, as: UTF8.self).lowercased()
        for prefix in Self.skippedGlossPrefixes where lowered.hasPrefix(prefix) { return }
        var depth = 0
        var current = ""
        for character in lowered {
            if character == "(" || character == "[" {
                depth += 1
            } else if character == ")" || character == "]" {
                depth = max(0, depth - 1)
            } else if depth == 0, character.isASCII, character.isLetter || character.isNumber {
                current.append(character)
                continue
            } else if depth == 0, character == "'", !current.isEmpty {
                current.append(character)
                continue
            }
            if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
    }

    private static let skippedGlossPrefixes = [
        "cl:", "variant of", "old variant of", "japanese variant", "surname", "abbr.", "see ", "used in",
        "also written", "also pr.", "pr.", "taiwan pr.", "erhua variant",
    ]

    private static func decodeScalar(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(buffer[index])
        func continuation(_ offset: Int) -> UInt32 {
            index + offset < buffer.count ? UInt32(buffer[index + offset] & 0x3F) : 0
        }
        switch lead {
        case 0..<0x80: return (lead, 1)
        case 0xC0..<0xE0: return ((lead & 0x1F) << 6 | continuation(1), 2)
        case 0xE0..<0xF0: return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
        case 0xF0..<0xF8:
            return ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
        default: return (0xFFFD, 1)
        }
    }
}

/// FNV-1a over Unicode scalar values: lets a caller extend a candidate headword one
/// character at a time and look each prefix up without building strings.
public struct HeadwordHasher: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func add(_ scalar: UInt32) {
        value ^= UInt64(scalar)
        value &*= 0x0000_0100_0000_01b3
    }
}
