/// English words that turn a sentence's claim around or soften it, and the Chinese that can
/// carry them. The Chinese lists are deliberately wide (any negating character, the
/// antonym-making words a translation uses instead, "at most" for "no more than"): the check
/// reports only a translation with none of them, where the qualifier is surely gone.
enum QualifierCounterparts {
    enum Kind: CaseIterable {
        /// not, never, without.
        case negation
        /// almost, nearly.
        case approximation
        /// "and other", "among others", "etc.", "and so on": the list goes on past what it names.
        case openList
    }

    struct Qualifier {
        var kind: Kind
        var range: Range<String.Index>
    }

    /// The qualifiers of an English text, outside set phrases, code (between backticks, as
    /// Markdown and reStructuredText write it, or code-like words) and tag questions.
    static func qualifiers(in text: String) -> [Qualifier] {
        let words = Self.words(in: text)
        let code = codeSpans(in: text)
        var found: [Qualifier] = []
        for (position, word) in words.enumerated() where !code.contains(where: { $0.contains(word.lowerBound) }) {
            var lower = text[word].lowercased()
            if lower.unicodeScalars.contains("’") { lower = lower.replacingOccurrences(of: "’", with: "'") }
            if let opening = openListStart(at: position, of: words, in: text) {
                found.append(Qualifier(kind: .openList, range: words[opening].lowerBound..<word.upperBound))
                continue
            }
            let kind: Kind
            if approximations.contains(lower) {
                kind = .approximation
            } else if negations.contains(lower) || (lower.hasSuffix("n't") && lower.count > 3) {
                kind = .negation
            } else {
                continue
            }
            guard !isCodeLike(word, in: text) else { continue }
            let next = position + 1 < words.count ? text[words[position + 1]].lowercased() : ""
            let afterNext = position + 2 < words.count ? text[words[position + 2]].lowercased() : ""
            let previous = position > 0 ? text[words[position - 1]].lowercased() : ""
            if kind == .negation {
                if lower == "no", isInterjection(word, in: text) { continue }
                if setPhrases[lower]?.contains(next) == true { continue }
                // "no more effort than", "no less than": a comparison a translation words as one of equality or a bound.
                if lower == "no", comparatives.contains(next) { continue }
                if (lower == "not" && ["if", "or"].contains(previous)) || (lower == "without" && previous == "from") { continue }
                if lower.hasSuffix("n't"), isTagQuestion(after: word, next: next, in: text) { continue }
            }
            found.append(Qualifier(kind: kind, range: word))
        }
        return found
    }

    /// Whether the target has something that can carry a qualifier of `kind`, or keeps the
    /// source's word as it is (`None`, a constant, kept in a translated sentence).
    static func hasCounterpart(of qualifier: Qualifier, from source: String, in target: String) -> Bool {
        let word = source[qualifier.range]
        if words(in: target).contains(where: { target[$0] == word }) { return true }
        if qualifier.kind == .negation, negatesTwice(source, besides: qualifier.range),
           universalWords.contains(where: { target.contains($0) }) {
            return true
        }
        return hasCounterpart(of: qualifier.kind, in: target)
    }

    /// Two negatives make a rule a translator states positively: “ensure that no traffic
    /// leaves bypassing the gateway” → 所有流量都要经过网关. The second is a word of exception
    /// or avoidance within the next ten words, not another “no” (“will not … until it is no
    /// more loaded” says something else).
    private static func negatesTwice(_ source: String, besides negation: Range<String.Index>) -> Bool {
        words(in: source).drop { $0.lowerBound <= negation.lowerBound }.prefix(10).contains { range in
            secondNegatives.contains(source[range].lowercased())
        }
    }

    private static let secondNegatives: Set<String> = ["without", "except", "unless", "bypass", "bypasses", "bypassing", "outside", "besides"]
    private static let universalWords = ["所有", "都", "全部", "一律", "必须", "必需", "一定", "总是", "總是", "始终", "始終", "务必", "務必", "每"]

    static func hasCounterpart(of kind: Kind, in target: String) -> Bool {
        let (characters, words) = switch kind {
        case .negation: (negatingCharacters, negatingWords)
        case .approximation: (approximatingCharacters, approximatingWords)
        case .openList: (openListCharacters, openListWords)
        }
        return target.unicodeScalars.contains { characters.contains($0) } || words.contains { target.contains($0) }
    }

    private static let negations: Set<String> = [
        "not", "never", "no", "none", "nothing", "nobody", "neither", "nor", "without", "cannot", "nowhere",
    ]
    private static let approximations: Set<String> = ["almost", "nearly"]
    private static let comparatives: Set<String> = [
        "more", "less", "fewer", "better", "worse", "bigger", "smaller", "larger", "higher", "lower", "longer", "shorter",
        "greater", "later", "earlier", "faster", "slower",
    ]

    /// Negations whose phrase a faithful translation words without one: "not only" → 不仅 is
    /// fine either way, "no longer" → 已经不, "no doubt" → 当然, "nothing but" → 只是.
    private static let setPhrases: [String: Set<String>] = [
        "not": ["only", "until", "bad"],
        "no": ["doubt", "matter", "longer", "sooner"],
        "nothing": ["but"],
        "never": ["mind"],
        "none": ["other"],
    ]

    /// Characters that negate, forbid, lack, limit, fault or differ (不没无非未别否莫勿毋甭免缺拒禁忽忘欠误差异),
    /// in both scripts, and those of "only" (只、仅), which say "nothing but".
    private static let negatingCharacters: Set<Unicode.Scalar> = Set(
        "不没沒无無非未别別否莫勿毋甭免缺拒禁忽忘欠仅僅只少失空零难難防避除止误誤差异異".unicodeScalars)
    private static let negatingWords = ["至多", "最多", "最大", "最小", "以内", "以內", "之内", "之內", "错误", "錯誤", "相差", "远远", "遠遠", "甚远", "甚遠"]

    private static let approximatingCharacters: Set<Unicode.Scalar> = Set("几幾近约約快余餘险險差".unicodeScalars)
    private static let approximatingWords = ["基本", "大概", "大部分", "大多", "大都", "绝大", "絕大", "多数", "多數", "左右", "上下", "接近", "将近", "將近"]

    /// Characters and words that say "and others" (等, 其他, 另外, 其余, 别的, 诸如, 之类, 一些,
    /// 更多, 什么的), in both scripts.
    private static let openListCharacters: Set<Unicode.Scalar> = Set("等其另余餘别別诸諸类類些".unicodeScalars)
    private static let openListWords = ["更多", "什么的", "什麼的", "之流", "众多", "眾多", "多种", "多種", "各种", "各種"]

    /// The first word of an open list's phrase ending at `position`: "and other", "or others",
    /// "among others", "etc", "and so on", "and so forth", "and the like". Nil for any other word.
    private static func openListStart(at position: Int, of words: [Range<String.Index>], in text: String) -> Int? {
        func word(_ offset: Int) -> String {
            position - offset >= 0 ? text[words[position - offset]].lowercased() : ""
        }
        let (last, previous, first) = (word(0), word(1), word(2))
        let next = position + 1 < words.count ? text[words[position + 1]].lowercased() : ""
        if last == "etc" { return position }
        // "and other times it does not" sets a time against another, "somehow or other" says
        // how: neither lists anything.
        if ["other", "others"].contains(last), ["and", "or"].contains(previous),
           !["times", "time", "hand", "way", "day", "days"].contains(next), !["somehow", "some", "one"].contains(first) { return position - 1 }
        if last == "others", previous == "among" { return position - 1 }
        if ["on", "forth"].contains(last), previous == "so", first == "and" { return position - 2 }
        if last == "like", previous == "the", first == "and" { return position - 2 }
        return nil
    }

    /// "No," or "No." opening an answer: the translator may drop it, the claim stays.
    private static func isInterjection(_ word: Range<String.Index>, in text: String) -> Bool {
        let before = text[..<word.lowerBound].reversed().first { !$0.isWhitespace }
        let after = text[word.upperBound...].first { !$0.isWhitespace }
        let opensClause = before == nil || ",.!?;:".contains(before!)
        return opensClause && (after == nil || ",.!?;:—-".contains(after!))
    }

    /// `isn't it?`, `don't you think`, `aren't they,`: asking for agreement (对吧), not denying.
    private static func isTagQuestion(after word: Range<String.Index>, next: String, in text: String) -> Bool {
        let pronouns: Set<String> = ["it", "you", "they", "we", "he", "she", "that", "there", "i", "this"]
        guard pronouns.contains(next) else { return false }
        let rest: Substring = text[word.upperBound...].drop(while: \.isWhitespace).drop(while: \.isLetter).drop(while: \.isWhitespace)
        guard let following = rest.first else { return true }
        return "?,".contains(following) || rest.hasPrefix("think") || rest.hasPrefix("know")
    }

    /// Text between backticks: `` `code` `` and ``` ``code`` ```, roles such as :const:`None`.
    static func codeSpans(in text: String) -> [Range<String.Index>] {
        guard text.contains("`") else { return [] }
        let characters = Array(text.indices)
        func run(at position: Int) -> Int {
            var length = 0
            while position + length < characters.count, text[characters[position + length]] == "`" { length += 1 }
            return length
        }
        var spans: [Range<String.Index>] = []
        var position = 0
        while position < characters.count {
            let opening = run(at: position)
            guard opening > 0 else { position += 1; continue }
            // The closing run has the opening's length; without one, the backticks are text.
            var closing = position + opening
            while closing < characters.count, !(run(at: closing) == opening && (closing == 0 || text[characters[closing - 1]] != "`")) {
                closing += max(run(at: closing), 1)
            }
            guard closing < characters.count else { break }
            spans.append(characters[position]..<characters[closing])
            position = closing + opening
        }
        return spans
    }

    /// Part of an identifier, path, option or link: `allow-nothing`, `no_proxy`, `#not-found`.
    static func isCodeLike(_ word: Range<String.Index>, in text: String) -> Bool {
        let joiners: Set<Character> = ["-", "_", "/", "#", "=", "."]
        if word.lowerBound > text.startIndex, joiners.contains(text[text.index(before: word.lowerBound)]) { return true }
        guard word.upperBound < text.endIndex, joiners.contains(text[word.upperBound]) else { return false }
        let following = text.index(after: word.upperBound)
        return following < text.endIndex && (text[following].isLetter || text[following].isNumber)
    }

    /// Runs of ASCII letters with inner apostrophes (`don't`, `can’t`). Every English pair is
    /// scanned, and Characters cost ten times as much as bytes: text whose every scalar is a
    /// Character of its own (`SingleScalarCharacters`, nearly all text) is read byte by byte.
    static func words(in text: String) -> [Range<String.Index>] {
        SingleScalarCharacters.hold(in: text) ? wordsByByte(in: text) : wordsByCharacter(in: text)
    }

    static func wordsByCharacter(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            let isApostrophe = (character == "'" || character == "’") && start != nil
                && next < text.endIndex && text[next].isASCII && text[next].isLetter
            if (character.isASCII && character.isLetter) || isApostrophe {
                if start == nil { start = index }
            } else if let begun = start {
                ranges.append(begun..<index)
                start = nil
            }
            index = next
        }
        if let begun = start { ranges.append(begun..<text.endIndex) }
        return ranges
    }

    private static func wordsByByte(in text: String) -> [Range<String.Index>] {
        let utf8 = text.utf8
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        var index = utf8.startIndex
        func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) }
        while index < utf8.endIndex {
            let byte = utf8[index]
            var width = 1
            var isWordPart = isLetter(byte)
            if !isWordPart, start != nil {
                // ' or ’ (E2 80 99) between letters.
                if byte == UInt8(ascii: "'") {
                    width = 1
                } else if byte == 0xE2, utf8.index(index, offsetBy: 2, limitedBy: utf8.endIndex).map({ $0 < utf8.endIndex }) == true,
                          utf8[utf8.index(index, offsetBy: 1)] == 0x80, utf8[utf8.index(index, offsetBy: 2)] == 0x99 {
                    width = 3
                } else {
                    width = 0
                }
                if width > 0 {
                    let after = utf8.index(index, offsetBy: width)
                    isWordPart = after < utf8.endIndex && isLetter(utf8[after])
                }
                width = max(width, 1)
            }
            if isWordPart {
                if start == nil { start = index }
            } else if let begun = start {
                ranges.append(begun..<index)
                start = nil
            }
            index = utf8.index(index, offsetBy: width)
        }
        if let begun = start { ranges.append(begun..<text.endIndex) }
        return ranges
    }
}
