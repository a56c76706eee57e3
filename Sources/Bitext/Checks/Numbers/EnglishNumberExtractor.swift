/// Finds the numbers and digit-bearing names in English text: digits (`10,000`, `$6M`,
/// `2.7`, `60K`, `10x`), digits with scale words (`1.8 trillion`, `600 something billion`),
/// number words (`twenty-five`, `a million`, `two hundred and fifty thousand`), percentages
/// (`50%`, `50 percent`), fractions (`1/4`, `two thirds`) and names (`GPT-4`, `H100`).
/// See `EnglishNumberWords` for which words count as required numbers.
struct EnglishNumberExtractor: Sendable {
    fileprivate enum Token {
        case number(Double, isGlued: Bool, otherReadings: [Double])
        case word(String)
        case symbol(Unicode.Scalar)
    }

    private struct Located {
        var token: Token
        var start: Int
        var end: Int
    }

    func extract(_ text: String) -> ExtractedNumbers {
        let scalars = Array(TextWidth.halfWidth(text).unicodeScalars)
        var result = ExtractedNumbers()
        let tokens = tokenize(scalars, names: &result.names, timeParts: &result.numbers)
        let labelEnd = TextMarkup.endOfLeadingLabel(scalars)
        var index = 0
        while index < tokens.count {
            let located = tokens[index]
            switch located.token {
            case .number(let value, let isGlued, _):
                index = readDigits(value, isGlued: isGlued, at: index, tokens, scalars, labelEnd: labelEnd, into: &result)
            case .word(let word):
                index = readWords(word, at: index, tokens, scalars, into: &result)
            case .symbol:
                index += 1
            }
        }
        return result
    }

    // MARK: Tokens

    /// Splits the text into numbers, lower-cased words and symbols; names go straight to
    /// `names`, and the parts of clock times to `timeParts` as numbers that only help matching.
    private func tokenize(_ scalars: [Unicode.Scalar], names: inout [NameMention], timeParts: inout [NumberMention]) -> [Located] {
        var tokens: [Located] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if let linkEnd = TextMarkup.endOfLink(scalars, at: index) {
                index = linkEnd
            } else if scalar.asciiDigit != nil {
                let number = DigitNumber.scan(scalars, from: index)
                switch number.reading {
                case .quantity(let value, let isGlued):
                    tokens.append(Located(token: .number(value, isGlued: isGlued, otherReadings: number.otherReadings), start: index, end: number.end))
                case .name:
                    names.append(NameMention(surface: surface(scalars, index, number.end)))
                case .timestamp:
                    let text = surface(scalars, index, number.end)
                    timeParts += number.otherReadings.map { NumberMention(value: $0, surface: text, isRequired: false) }
                }
                index = number.end
            } else if scalar.isASCIILetter {
                let end = DigitNumber.endOfName(scalars, from: index)
                if let nameEnd = nameEnd(scalars, start: index, wordEnd: end) {
                    names.append(NameMention(surface: surface(scalars, index, nameEnd)))
                    index = nameEnd
                } else {
                    tokens.append(Located(token: .word(lowercased(scalars, index, end)), start: index, end: end))
                    index = end
                }
            } else {
                // ASCII whitespace is tab to carriage return and space; other scalars ask Unicode.
                let isWhitespace = scalar.isASCII ? (0x09...0x0D).contains(scalar.value) || scalar == " " : scalar.properties.isWhitespace
                if !isWhitespace {
                    tokens.append(Located(token: .symbol(scalar), start: index, end: index + 1))
                }
                index += 1
            }
        }
        return tokens
    }

    /// The end of a name starting with letters: letters glued to digits (`H100`, `GPT4o`), or a
    /// capitalised word joined by a hyphen to digits (`GPT-4`, `COVID-19`). Lower-case
    /// `top-5` stays a word and a number.
    private func nameEnd(_ scalars: [Unicode.Scalar], start: Int, wordEnd: Int) -> Int? {
        if scalars[start..<wordEnd].contains(where: { $0.asciiDigit != nil }) { return wordEnd }
        guard wordEnd + 1 < scalars.count, scalars[wordEnd] == "-", scalars[wordEnd + 1].asciiDigit != nil,
              scalars[start..<wordEnd].contains(where: { $0.value >= 0x41 && $0.value <= 0x5A }) else { return nil }
        return DigitNumber.endOfName(scalars, from: wordEnd + 1)
    }

    // MARK: Phrases

    /// Digits, then scale words, a fraction bar or a percent sign.
    private func readDigits(
        _ value: Double, isGlued: Bool, at start: Int, _ tokens: [Located], _ scalars: [Unicode.Scalar],
        labelEnd: Int, into result: inout ExtractedNumbers
    ) -> Int {
        var value = value
        var index = start + 1
        var sharedScale: Double?
        // `50-50`, `50/50`: an even split is one number.
        if index + 1 < tokens.count, tokens[index].token.isHyphen || tokens[index].token.isSlash,
           tokens[index].start == tokens[start].end, tokens[index + 1].start == tokens[index].end,
           case .number(let repeated, false, _) = tokens[index + 1].token, repeated == value {
            index += 2
        }
        if !isGlued {
            let scaleStart = index
            index = applyScales(to: &value, from: index, tokens)
            if index == scaleStart { sharedScale = scaleOfRangeEnd(after: index, tokens) }
            if index + 1 < tokens.count, case .symbol("/") = tokens[index].token, tokens[index].start == tokens[index - 1].end,
               case .number(let denominator, false, _) = tokens[index + 1].token, tokens[index + 1].start == tokens[index].end,
               DigitNumber.isFraction(value, denominator) {
                value /= denominator
                index += 2
            }
        }
        let whole = value
        if !isGlued, let halfEnd = andAHalf(at: index, tokens) {
            value += 0.5
            index = halfEnd
        }
        var (kind, percentEnd) = percent(after: index, tokens)
        if kind == .count, !isGlued, isRangeToPercent(after: percentEnd, tokens) { kind = .percentByRange }
        var (unit, end) = unit(before: start, after: percentEnd, tokens)
        let first = tokens[start]
        if unit == nil, isGlued, end == start + 1, Self.isMultiple(scalars, first.start, first.end) { unit = .multiple }
        let isStructure = first.start < labelEnd
            || TextMarkup.isListMarker(scalars, start: first.start, end: first.end, textStart: 0)
        let text = surface(scalars, first.start, tokens[end - 1].end)
        // `4 or 5 million`: the 4 may be four million.
        let counted = countedGroup(at: end, tokens).map { [value * $0] } ?? []
        // `2 and a half` may be written `两个半`: the whole part alone also matches.
        let wholePart = whole == value ? [] : [whole]
        // "in his late 20s" is 快 30 岁 ("nearly 30").
        let lateDecade = isGlued && start > 0 && wordAt(start - 1, tokens) == "late" && Self.isDecadeOfAge(value, scalars, first.end) ? [value + 10] : []
        var mention = NumberMention(
            value: value, alternatives: (sharedScale.map { [value * $0] } ?? []) + otherReadings(of: first) + counted + wholePart + lateDecade,
            kind: kind, surface: text, isRequired: !isStructure, unit: unit)
        mention.nameKey = nameKey(endingWith: start, tokens, scalars)
        result.numbers.append(mention)
        return end
    }

    /// Number words, `a`/`an`/`half a` before a scale, and the optional and vague words.
    private func readWords(_ word: String, at start: Int, _ tokens: [Located], _ scalars: [Unicode.Scalar], into result: inout ExtractedNumbers) -> Int {
        if word == "a" || word == "an" || word == "another" || word == "half" {
            return readArticle(word, at: start, tokens, scalars, into: &result)
        }
        switch EnglishNumberWords.role(of: word) {
        case .unit, .tens, .scale:
            return readNumberWords(at: start, tokens, scalars, into: &result)
        case .optional(let value):
            result.numbers.append(NumberMention(value: value, surface: surface(scalars, tokens[start].start, tokens[start].end), isRequired: false))
            return start + 1
        case .month(let value):
            let isCapitalised = scalars[tokens[start].start].properties.isUppercase
            let isBeforeDay: Bool = if start + 1 < tokens.count, case .number = tokens[start + 1].token { true } else { false }
            let isRequired = isCapitalised && (isBeforeDay || !EnglishNumberWords.ambiguousMonths.contains(word))
            result.numbers.append(NumberMention(
                value: value, surface: surface(scalars, tokens[start].start, tokens[start].end), isRequired: isRequired,
                unit: isRequired ? .calendarMonth : nil))
            return start + 1
        case .vague:
            return skipVague(from: start + 1, tokens)
        case .fraction(let denominator):
            result.numbers.append(NumberMention(value: 1 / denominator, surface: surface(scalars, tokens[start].start, tokens[start].end), isRequired: false))
            return start + 1
        case .percent, nil:
            return start + 1
        }
    }

    /// `a hundred`, `a million`, `another billion`, `half a million` and `half` are quantities;
    /// `a third`, `a quarter`, `a couple` only help matching; `a few hundred` is vague.
    private func readArticle(_ word: String, at start: Int, _ tokens: [Located], _ scalars: [Unicode.Scalar], into result: inout ExtractedNumbers) -> Int {
        var index = start + 1
        var multiplier = 1.0
        if word == "half" {
            guard index < tokens.count, let next = wordAt(index, tokens), next == "a" || next == "an" else {
                // `Half-Width`, `half-hearted`: half of a compound names a thing, not a quantity
                // the translation must state.
                let end = tokens[start].end
                let isCompound = end < scalars.count && scalars[end] == "-"
                result.numbers.append(NumberMention(value: 0.5, surface: "half", isRequired: !isCompound))
                return index
            }
            multiplier = 0.5
            index += 1
        }
        guard let next = wordAt(index, tokens) else { return index }
        switch EnglishNumberWords.role(of: next) {
        case .scale:
            var value = multiplier
            let end = applyScales(to: &value, from: index, tokens)
            let (kind, percentEnd) = percent(after: end, tokens)
            let (unit, unitEnd) = unit(before: start, after: percentEnd, tokens)
            result.numbers.append(NumberMention(
                value: value, kind: kind, surface: surface(scalars, tokens[start].start, tokens[unitEnd - 1].end), unit: unit))
            return unitEnd
        case .fraction(let denominator) where multiplier == 1:
            result.numbers.append(NumberMention(value: 1 / denominator, surface: surface(scalars, tokens[start].start, tokens[index].end), isRequired: false))
            return index + 1
        case .optional(let value) where multiplier == 1:
            if let denominator = Self.singularDenominators[next] {
                result.numbers.append(NumberMention(value: 1 / denominator, surface: surface(scalars, tokens[start].start, tokens[index].end), isRequired: false))
                return index + 1
            }
            result.numbers.append(NumberMention(value: value, surface: surface(scalars, tokens[index].start, tokens[index].end), isRequired: false))
            return skipVague(from: index + 1, tokens)
        case .vague:
            return skipVague(from: index + 1, tokens)
        default:
            return index
        }
    }

    /// The ordinals that end a compound one (`twenty-first`, `ninety-ninth`).
    private static let ordinalUnits: [String: Double] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    ]

    /// Ordinals that double as denominators after `a` or `one`: `a third`, `one fifth`.
    private static let singularDenominators: [String: Double] = ["third": 3, "fourth": 4, "fifth": 5, "tenth": 10]

    /// `twenty-five`, `two hundred and fifty thousand`, `one million`, `two thirds`, `five percent`.
    private func readNumberWords(at start: Int, _ tokens: [Located], _ scalars: [Unicode.Scalar], into result: inout ExtractedNumbers) -> Int {
        var total = 0.0
        var current = 0.0
        var index = start
        var last: EnglishNumberWords.Role?
        var wordCount = 0
        loop: while index < tokens.count {
            if case .symbol("-") = tokens[index].token, case .tens = last, index + 1 < tokens.count,
               case .word(let next) = tokens[index + 1].token, case .unit = EnglishNumberWords.role(of: next) {
                index += 1
                continue
            }
            guard let word = wordAt(index, tokens) else { break }
            if word == "and", case .scale = last, index + 1 < tokens.count, let next = wordAt(index + 1, tokens),
               let role = EnglishNumberWords.role(of: next), role.isUnitOrTens {
                index += 1
                continue
            }
            guard let role = EnglishNumberWords.role(of: word) else { break }
            switch role {
            case .unit(let value):
                if let last, !last.isScale, !(last.isTens && value < 10) { break loop }
                current += value
            case .tens(let value):
                if let last, !last.isScale { break loop }
                current += value
            case .scale(let value) where value == 100:
                current = (current == 0 ? 1 : current) * 100
            case .scale(let value):
                total += (current == 0 ? 1 : current) * value
                current = 0
            default:
                break loop
            }
            last = role
            wordCount += 1
            index += 1
        }
        let value = total + current
        let denominatorIndex = index + 1 < tokens.count && tokens[index].token.isHyphen ? index + 1 : index
        if case .tens = last, let word = wordAt(denominatorIndex, tokens), let ordinal = Self.ordinalUnits[word],
           denominatorIndex > index || word != "second" {
            // `twenty-first`: an ordinal, which only helps matching (二十一岁); `a twenty second
            // delay` is twenty seconds.
            result.numbers.append(NumberMention(
                value: value + ordinal, surface: surface(scalars, tokens[start].start, tokens[denominatorIndex].end), isRequired: false))
            return denominatorIndex + 1
        }
        if let word = wordAt(denominatorIndex, tokens), value >= 1, value <= 10,
           let denominator = EnglishNumberWords.role(of: word).flatMap({ $0.denominator }) ?? (value == 1 ? Self.singularDenominators[word] : nil) {
            // `one fourth`, `two-thirds`: a count before the fraction makes it a quantity.
            result.numbers.append(NumberMention(value: value / denominator, surface: surface(scalars, tokens[start].start, tokens[denominatorIndex].end)))
            return denominatorIndex + 1
        }
        let halfEnd = andAHalf(at: index, tokens)
        let (kind, percentEnd) = percent(after: halfEnd ?? index, tokens)
        let (unit, end) = unit(before: start, after: percentEnd, tokens)
        let counted = countedGroup(at: end, tokens)
        // `one` and `zero` alone are pronouns and idioms as often as counts, unless a unit
        // follows (`one year`); a scale alone is a rate (`per million tokens`).
        let isBare = wordCount == 1 && kind == .count && ((value <= 1 && unit == nil) || last?.isScale == true)
        result.numbers.append(NumberMention(
            value: halfEnd == nil ? value : value + 0.5,
            alternatives: (counted.map { [value * $0] } ?? []) + (halfEnd == nil ? [] : [value]), kind: kind,
            surface: surface(scalars, tokens[start].start, tokens[end - 1].end), isRequired: !isBare || halfEnd != nil, unit: unit))
        return end
    }

    // MARK: Helpers

    /// Multiplies by the scale words from `index` on (`billion`, `hundred thousand`), letting a
    /// filler stand before them (`600 something billion`).
    private func applyScales(to value: inout Double, from start: Int, _ tokens: [Located]) -> Int {
        var index = start
        if let word = wordAt(index, tokens), EnglishNumberWords.scaleFillers.contains(word),
           let next = wordAt(index + 1, tokens), case .scale = EnglishNumberWords.role(of: next) {
            index += 1
        } else if index + 1 < tokens.count, case .symbol("-") = tokens[index].token,
                  let next = wordAt(index + 1, tokens), case .scale = EnglishNumberWords.role(of: next) {
            index += 1
        }
        while let word = wordAt(index, tokens), case .scale(let scale) = EnglishNumberWords.role(of: word) {
            value *= scale
            index += 1
        }
        return index
    }

    /// The end of `and a half` at `index`, if it is there.
    private func andAHalf(at index: Int, _ tokens: [Located]) -> Int? {
        guard wordAt(index, tokens) == "and", let article = wordAt(index + 1, tokens), article == "a" || article == "an",
              wordAt(index + 2, tokens) == "half" else { return nil }
        return index + 3
    }

    /// The size of the groups a number counts when a group word follows: `two decades` may be
    /// `二十年`, `two dozen` may be `二十四`.
    private func countedGroup(at index: Int, _ tokens: [Located]) -> Double? {
        switch wordAt(index, tokens) {
        case "decade", "decades": 10
        case "dozen", "dozens": 12
        case "century", "centuries": 100
        default: nil
        }
    }

    /// The scale of the upper end of a range or list whose lower end has none: `4 or 5 million`,
    /// `2 to 3 billion`, `5-10 million`, `30, $40 billion`.
    private func scaleOfRangeEnd(after index: Int, _ tokens: [Located]) -> Double? {
        guard index + 2 < tokens.count else { return nil }
        switch tokens[index].token {
        case .word("or"), .word("to"), .symbol("-"), .symbol(","):
            var upper = index + 1
            if case .symbol(let sign) = tokens[upper].token, MeasureUnit.sign(sign) != nil { upper += 1 }
            guard upper + 1 < tokens.count, case .number(_, false, _) = tokens[upper].token else { return nil }
            var scale = 1.0
            return applyScales(to: &scale, from: upper + 1, tokens) > upper + 1 ? scale : nil
        default:
            return nil
        }
    }

    /// The name a number forms with a capitalised, hyphenated or slashed word just before it
    /// (`Llama 3`, `gpt-4`, `HTTP/2`), if any.
    private func nameKey(endingWith index: Int, _ tokens: [Located], _ scalars: [Unicode.Scalar]) -> String? {
        var previous = index - 1
        var isHyphenated = false
        if previous >= 1, case .symbol(let joiner) = tokens[previous].token, joiner == "-" || joiner == "/" {
            previous -= 1
            isHyphenated = true
        }
        guard previous >= 0, case .word(let word) = tokens[previous].token, word.count > 1,
              isHyphenated || scalars[tokens[previous].start].properties.isUppercase,
              EnglishNumberWords.role(of: word) == nil else { return nil }
        return NameMention.key(word + surface(scalars, tokens[index].start, tokens[index].end))
    }

    /// Whether a range or list continues to a percentage, so that its first number is one
    /// too: the `80` of `80 to 90%`, the `2` of `2, 3%`.
    private func isRangeToPercent(after index: Int, _ tokens: [Located]) -> Bool {
        guard index + 2 < tokens.count, case .number(_, false, _) = tokens[index + 1].token else { return false }
        switch tokens[index].token {
        case .word("or"), .word("to"), .word("and"), .symbol("-"), .symbol(","), .symbol("~"):
            return percent(after: index + 2, tokens).0 == .percent
        default:
            return false
        }
    }

    /// A time or currency unit after a number (`seconds`, `-year`, `dollars`), or a currency sign
    /// before it (`$200`), with the index past what was read.
    private func unit(before start: Int, after index: Int, _ tokens: [Located]) -> (MeasureUnit?, Int) {
        var position = index
        if position + 1 < tokens.count, case .symbol("-") = tokens[position].token { position += 1 }
        if let word = wordAt(position, tokens), let unit = MeasureUnit.english(word) { return (unit, position + 1) }
        if start > 0, case .symbol(let sign) = tokens[start - 1].token, let unit = MeasureUnit.sign(sign) {
            // NT$, HK$, A$: another dollar, which the translation names its own way (新台幣, 港元).
            if sign == "$", start > 1, tokens[start - 2].end == tokens[start - 1].start, let prefix = wordAt(start - 2, tokens), prefix != "us" {
                return (nil, index)
            }
            return (unit, index)
        }
        return (nil, index)
    }

    /// `%`, `percent`, `per cent` after a number.
    private func percent(after index: Int, _ tokens: [Located]) -> (NumberMention.Kind, Int) {
        guard index < tokens.count else { return (.count, index) }
        if case .symbol("%") = tokens[index].token { return (.percent, index + 1) }
        if let word = wordAt(index, tokens) {
            if case .percent = EnglishNumberWords.role(of: word) { return (.percent, index + 1) }
            if word == "per", wordAt(index + 1, tokens) == "cent" { return (.percent, index + 2) }
        }
        return (.count, index)
    }

    /// Skips what a vague quantity governs: `of`, scale words and plural scales.
    private func skipVague(from start: Int, _ tokens: [Located]) -> Int {
        var index = start
        while let word = wordAt(index, tokens) {
            switch EnglishNumberWords.role(of: word) {
            case .scale, .vague:
                index += 1
            default:
                if word == "of", let next = wordAt(index + 1, tokens), let role = EnglishNumberWords.role(of: next), role.isScaleOrVague {
                    index += 1
                } else {
                    return index
                }
            }
        }
        return index
    }

    /// Digits glued to one `x` (`2x`, `10X`): a multiple, said `2 倍` or `翻番`.
    private static func isMultiple(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        end - start >= 2 && (scalars[end - 1] == "x" || scalars[end - 1] == "X") && scalars[end - 2].asciiDigit != nil
    }

    /// `20s` … `90s` written as an age span: a multiple of ten below a hundred glued to `s`.
    private static func isDecadeOfAge(_ value: Double, _ scalars: [Unicode.Scalar], _ end: Int) -> Bool {
        (10...90).contains(value) && value.truncatingRemainder(dividingBy: 10) == 0 && scalars[end - 1] == "s"
    }

    private func otherReadings(of located: Located) -> [Double] {
        if case .number(_, _, let readings) = located.token { readings } else { [] }
    }

    private func wordAt(_ index: Int, _ tokens: [Located]) -> String? {
        guard index < tokens.count, case .word(let word) = tokens[index].token else { return nil }
        return word
    }

    private func surface(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        String(String.UnicodeScalarView(scalars[start..<end]))
    }

    /// The scalars with ASCII capitals lower-cased. Words are runs of ASCII letters, so the
    /// string is made from bytes; the scalar path is kept for anything else.
    private func lowercased(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        let word = scalars[start..<end]
        guard word.allSatisfy(\.isASCII) else {
            var view = String.UnicodeScalarView()
            for scalar in word {
                view.append(scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value + 32)! : scalar)
            }
            return String(view)
        }
        return String(unsafeUninitializedCapacity: word.count) { buffer in
            for (offset, scalar) in word.enumerated() {
                let byte = UInt8(scalar.value)
                buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
            }
            return word.count
        }
    }
}

extension EnglishNumberExtractor.Token {
    fileprivate var isHyphen: Bool { if case .symbol("-") = self { true } else { false } }
    fileprivate var isSlash: Bool { if case .symbol("/") = self { true } else { false } }
}

extension EnglishNumberWords.Role {
    fileprivate var isScale: Bool { if case .scale = self { true } else { false } }
    fileprivate var isTens: Bool { if case .tens = self { true } else { false } }
    fileprivate var isUnitOrTens: Bool {
        switch self {
        case .unit, .tens: true
        default: false
        }
    }
    fileprivate var isScaleOrVague: Bool {
        switch self {
        case .scale, .vague: true
        default: false
        }
    }
    fileprivate var denominator: Double? { if case .fraction(let value) = self { value } else { nil } }
}
