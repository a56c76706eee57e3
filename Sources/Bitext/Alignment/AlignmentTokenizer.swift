/// Turns sentences into tokens with shared keys, so a Chinese word and the English words of
/// its dictionary glosses meet on the same key. Keeps the per-run vocabularies (one
/// tokenizer per alignment; not shared between threads).
struct AlignmentTokenizer {
    let lexicon: BilingualLexicon
    /// Key of every stem, number, Latin token and punctuation mark seen in this run.
    private(set) var keys: [String: Int32] = [:]
    private var stemKeyOfWord: [String: Int32?] = [:]
    private var chineseType: [UInt64: Int32] = [:]
    private var latinType: [Int32: Int32] = [:]

    init(lexicon: BilingualLexicon) {
        self.lexicon = lexicon
    }

    var keyCount: Int { keys.count }

    mutating func tokenize(_ sentences: [String], language: Language) -> TokenizedSide {
        var side = TokenizedSide()
        side.lengths.reserveCapacity(sentences.count)
        chineseType = [:]
        latinType = [:]
        let lexicon = lexicon
        let parts = concurrentMap(count: sentences.count) { index in
            switch language {
            case .english: Self.englishParts(sentences[index])
            case .chinese: Self.chineseParts(sentences[index], lexicon: lexicon)
            }
        }
        for sentence in parts {
            side.lengths.append(Double(sentence.length))
            side.endings.append(sentence.ending)
            side.clauses.append(sentence.clauses)
            side.finality.append(sentence.finality)
            let pieceCount = Float(max(sentence.pieces.count, 1))
            for (index, piece) in sentence.pieces.enumerated() {
                switch piece {
                case .word(let word):
                    if let key = stemKey(word) { append(typeForKey: key, to: &side) }
                case .headword(let hash):
                    appendChineseWord(hash: hash, to: &side)
                }
                let position = (Float(index) + 0.5) / pieceCount
                while side.positions.count < side.tokens.count { side.positions.append(position) }
            }
            for mark in sentence.marks {
                append(typeForKey: intern(mark.key), to: &side)
                side.positions.append(-1)
            }
            for number in sentence.numbers {
                guard let key = stemKey(number) else { continue }
                append(typeForKey: key, to: &side)
                side.positions.append(-1)
            }
            side.sentenceStart.append(side.tokens.count)
        }
        return side
    }

    /// What a sentence yields before keys are given out. Found for all sentences at once on
    /// all cores; keys are then given in sentence order, so they do not depend on scheduling.
    private struct SentenceParts: Sendable {
        var length = 0
        var pieces: [Piece] = []
        var marks: [PunctuationMark] = []
        /// Spelled-out numbers as digits: they stand for words the sentence already has, so
        /// like marks they have no place of their own in it.
        var numbers: [String] = []
        var ending: UInt8 = 0
        var clauses: Int32 = 1
        var finality: UInt8 = 0
    }

    private enum Piece: Sendable {
        case word(String)
        case headword(UInt64)
    }

    // MARK: English

    private static func englishParts(_ sentence: String) -> SentenceParts {
        var parts = SentenceParts()
        for scalar in sentence.unicodeScalars where isWordScalar(scalar) {
            parts.length += 1
        }
        parts.pieces = EnglishWords.tokens(joiningInitialisms(sentence)).map(Piece.word)
        parts.numbers = spelledOutNumbers(sentence)
        parts.marks = PunctuationMark.marks(inEnglish: sentence)
        parts.ending = SentenceForm.ending(sentence)
        parts.finality = SentenceForm.finality(sentence, ending: parts.ending)
        parts.clauses = Int32(SentenceForm.clauseCount(sentence))
        return parts
    }

    /// Numbers an English sentence spells out ("one hundred and twenty eight"), as digits: a
    /// translation writes them 128, and the words alone would never meet it. Only numbers a
    /// translation must carry (not the pronoun "one"), from eleven up, where digits are usual.
    static func spelledOutNumbers(_ sentence: String) -> [String] {
        guard EnglishNumberScreen.mayHoldNumberWord(sentence) else { return [] }
        return EnglishNumberExtractor().extract(sentence).numbers.compactMap { mention in
            guard mention.isRequired, mention.kind == .count, mention.surface.contains(where: \.isLetter),
                  mention.value >= 11, mention.value < 1e9, mention.value == mention.value.rounded()
            else { return nil }
            return String(Int(mention.value))
        }
    }

    /// Dotted initialisms as one word (`U.S.` → `US`, `U.K.` → `UK`, `e.g.` → `eg`), so that
    /// they meet the dictionary's glosses; `Mr.` and other words are left alone.
    static func joiningInitialisms(_ sentence: String) -> String {
        // Cheap screen: most sentences have no letter-dot-letter at all.
        var hasInitialism = false
        var beforePrevious: UInt8 = 0
        var previous: UInt8 = 0
        for byte in sentence.utf8 {
            if previous == UInt8(ascii: "."), isASCIILetter(beforePrevious), isASCIILetter(byte) {
                hasInitialism = true
                break
            }
            beforePrevious = previous
            previous = byte
        }
        guard hasInitialism else { return sentence }
        let characters = Array(sentence)
        var result = ""
        var index = 0
        while index < characters.count {
            // Single letters each followed by a full stop (the last one's is optional).
            var end = index
            var letters = ""
            if index == 0 || !characters[index - 1].isLetter {
                while end < characters.count, characters[end].isASCII, characters[end].isLetter,
                    end + 1 == characters.count || !characters[end + 1].isLetter
                {
                    letters.append(characters[end])
                    guard end + 1 < characters.count, characters[end + 1] == "." else {
                        end += 1
                        break
                    }
                    end += 2
                }
            }
            if letters.count >= 2 {
                result += letters
                index = end
            } else {
                result.append(characters[index])
                index += 1
            }
        }
        return result
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    // MARK: Chinese

    private static func chineseParts(_ sentence: String, lexicon: BilingualLexicon) -> SentenceParts {
        var parts = SentenceParts()
        let scalars = Array(sentence.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isHan {
                let (hash, width) = longestHeadword(in: scalars, from: index, lexicon: lexicon)
                parts.length += width
                index += width
                if let hash { parts.pieces.append(.headword(hash)) }
            } else if isASCIIAlphanumeric(scalar) || fullWidthDigit(scalar) != nil {
                var run = ""
                while index < scalars.count {
                    let next = scalars[index]
                    if let digit = fullWidthDigit(next) {
                        run.unicodeScalars.append(digit)
                    } else if isASCIIAlphanumeric(next) || next == "'" || next == "-" {
                        run.unicodeScalars.append(next)
                    } else {
                        break
                    }
                    index += 1
                }
                parts.length += max(1, run.count / 3)
                parts.pieces.append(contentsOf: EnglishWords.tokens(run).map(Piece.word))
            } else {
                index += 1
            }
        }
        parts.marks = PunctuationMark.marks(inChinese: sentence)
        parts.ending = SentenceForm.ending(sentence)
        parts.finality = SentenceForm.finality(sentence, ending: parts.ending)
        parts.clauses = Int32(SentenceForm.clauseCount(sentence))
        return parts
    }

    /// Forward longest match against the dictionary; an unknown character stands alone.
    static func longestHeadword(in scalars: [Unicode.Scalar], from start: Int, lexicon: BilingualLexicon) -> (UInt64?, Int) {
        var hasher = HeadwordHasher()
        var best: (UInt64?, Int) = (nil, 1)
        var end = start
        while end < scalars.count && end - start < lexicon.longestHeadword && scalars[end].isHan {
            hasher.add(scalars[end].value)
            end += 1
            if lexicon.contains(hash: hasher.value) { best = (hasher.value, end - start) }
        }
        return best
    }

    private mutating func appendChineseWord(hash: UInt64, to side: inout TokenizedSide) {
        if let type = chineseType[hash] {
            side.tokens.append(type)
            return
        }
        var typeKeys: [Int32] = []
        for word in lexicon.englishWords(hash: hash) {
            if let key = stemKey(word), !typeKeys.contains(key) { typeKeys.append(key) }
        }
        let type = Int32(side.typeKeys.count)
        side.typeKeys.append(typeKeys)
        chineseType[hash] = type
        side.tokens.append(type)
    }

    // MARK: Keys

    private mutating func append(typeForKey key: Int32, to side: inout TokenizedSide) {
        if let type = latinType[key] {
            side.tokens.append(type)
            return
        }
        let type = Int32(side.typeKeys.count)
        side.typeKeys.append([key])
        latinType[key] = type
        side.tokens.append(type)
    }

    /// The key of a word's stem, or nil for function words (which every sentence has).
    private mutating func stemKey(_ word: String) -> Int32? {
        if let known = stemKeyOfWord[word] { return known }
        let key: Int32? = AlignmentStopwords.contains(word) ? nil : intern(EnglishWords.stem(word))
        stemKeyOfWord[word] = key
        return key
    }

    private mutating func intern(_ text: String) -> Int32 {
        if let key = keys[text] { return key }
        let key = Int32(keys.count)
        keys[text] = key
        return key
    }

    private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: false
        }
    }

    /// Letters and digits; ASCII is decided without a Unicode property lookup.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? isASCIIAlphanumeric(scalar) : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func fullWidthDigit(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        (0xFF10...0xFF19).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0xFF10 + 0x30) : nil
    }
}
