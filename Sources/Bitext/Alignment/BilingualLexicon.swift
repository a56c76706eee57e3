import Foundation

/// A Chinese→English word list read from CC-CEDICT: headword (simplified, and traditional
/// where it differs, for zh-TW and zh-HK text) → English gloss words. Loading keeps only the
/// glosses, back to back in one buffer, and an index (headword hash → the lines of its
/// glosses); glosses are cleaned and split only for the headwords a document uses, so the
/// 9 MB dictionary costs a few tens of milliseconds and 8 MB of memory, not a String per line.
public struct BilingualLexicon: Sendable {
    /// The glosses of line `l` (the text between its first and last `/`):
    /// `glosses[glossOffsets[l]..<glossOffsets[l + 1]]`.
    private let glosses: [UInt8]
    private let glossOffsets: [Int32]
    /// Headword hash → the lines of its entries.
    private let headwords: HeadwordIndex
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
            return try BilingualLexicon(cedictFile: url)
        } catch {
            throw InputError(file: url.path, "cannot read bitext's dictionary: \(error.localizedDescription)")
        }
    }

    /// Reads the file a chunk at a time (see `CedictIndexBuilder`): read whole, or mapped,
    /// its 9 MB would be resident next to the index while it is parsed.
    init(cedictFile url: URL) throws {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0
        var builder = CedictIndexBuilder(expectedBytes: size)
        var pending: [UInt8] = []
        while true {
            let chunk = try handle.read(upToCount: Self.readChunkSize) ?? Data()
            pending.append(contentsOf: chunk)
            let parsed = pending.withUnsafeBufferPointer { builder.addLines($0, isLast: chunk.isEmpty) }
            pending.removeFirst(parsed)
            if chunk.isEmpty { break }
        }
        self.init(builder)
    }

    private static let readChunkSize = 1 << 16

    /// Parses CC-CEDICT lines `傳統 传统 [chuan2 tong3] /tradition/traditional/`; comment
    /// lines (`#`) and malformed lines are skipped.
    public init(cedict bytes: [UInt8]) {
        var builder = CedictIndexBuilder(expectedBytes: bytes.count)
        _ = bytes.withUnsafeBufferPointer { builder.addLines($0, isLast: true) }
        self.init(builder)
    }

    private init(_ builder: CedictIndexBuilder) {
        glosses = builder.glosses
        glossOffsets = builder.glossOffsets
        headwords = builder.headwordIndex()
        entryCount = headwords.count
        longestHeadword = builder.longestHeadword
    }

    /// Number of dictionary entries indexed.
    public let entryCount: Int

    /// Every English word of the glosses, lower-cased: what tells an English word (`cancel`)
    /// from a name (`Yandex`) when a UI string is copied untranslated.
    public var englishVocabulary: Set<String> {
        var words: Set<String> = []
        var start: Int?
        for line in 0..<(glossOffsets.count - 1) {
            let range = glossRange(line: Int32(line))
            for position in range.lowerBound...range.upperBound {
                let isLetter = position < range.upperBound && (glosses[position] | 0x20) >= 0x61 && (glosses[position] | 0x20) <= 0x7A
                if isLetter {
                    if start == nil { start = position }
                } else if let begin = start {
                    words.insert(String(decoding: glosses[begin..<position], as: UTF8.self).lowercased())
                    start = nil
                }
            }
        }
        return words
    }

    /// Whether a headword with this hash (see `HeadwordHasher`) is in the dictionary.
    public func contains(hash: UInt64) -> Bool { headwords.contains(hash) }

    /// The cleaned English words of every gloss of the headword with this hash, lower-cased
    /// and unstemmed; empty when the headword is unknown.
    public func englishWords(hash: UInt64) -> [String] {
        var words: [String] = []
        for line in headwords.lines(of: hash) {
            let range = glossRange(line: line)
            var glossBegin = range.lowerBound
            for index in range.lowerBound...range.upperBound where index == range.upperBound || glosses[index] == UInt8(ascii: "/") {
                appendWords(ofGloss: glosses[glossBegin..<index], to: &words)
                glossBegin = index + 1
            }
        }
        return words
    }

    /// Whether CC-CEDICT marks a sense of the headword as Taiwan's usage (`(Tw)`,
    /// "Taiwanese term for 網絡"): words a mainland text would say otherwise.
    public func isTaiwanUsage(hash: UInt64) -> Bool {
        headwords.lines(of: hash).contains { line in
            let gloss = String(decoding: glosses[glossRange(line: line)], as: UTF8.self)
            return gloss.contains("(Tw)") || gloss.contains("Taiwanese term") || gloss.contains("(Taiwan)")
        }
    }

    private func glossRange(line: Int32) -> Range<Int> {
        Int(glossOffsets[Int(line)])..<Int(glossOffsets[Int(line) + 1])
    }

    /// Glosses that name a classifier, a variant, a surname or an abbreviation say nothing about
    /// the meaning in running text, and parenthesised notes are commentary, not translation.
    /// ASCII glosses (nine in ten) are split byte by byte (`ASCIICharacters`); the others go
    /// through Characters, for Unicode lower-casing and grapheme clusters (`e` + U+0301 is
    /// one Character, and no ASCII letter).
    private func appendWords(ofGloss gloss: ArraySlice<UInt8>, to words: inout [String]) {
        guard ASCIICharacters.hold(in: gloss) else { return appendWords(ofUnicodeGloss: gloss, to: &words) }
        for prefix in Self.skippedGlossPrefixes where gloss.count >= prefix.utf8.count {
            if zip(gloss, prefix.utf8).allSatisfy({ ASCIICharacters.lowercased($0) == $1 }) { return }
        }
        var depth = 0
        var wordStart: Int?
        for index in gloss.indices {
            let byte = ASCIICharacters.lowercased(gloss[index])
            if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") {
                depth = max(0, depth - 1)
            } else if depth == 0, ASCIICharacters.isLetterOrDigit(byte) {
                if wordStart == nil { wordStart = index }
                continue
            } else if depth == 0, byte == UInt8(ascii: "'"), wordStart != nil {
                continue
            }
            if let start = wordStart {
                words.append(ASCIICharacters.lowercased(gloss[start..<index]))
                wordStart = nil
            }
        }
        if let start = wordStart { words.append(ASCIICharacters.lowercased(gloss[start..<gloss.endIndex])) }
    }

    private func appendWords(ofUnicodeGloss gloss: ArraySlice<UInt8>, to words: inout [String]) {
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
