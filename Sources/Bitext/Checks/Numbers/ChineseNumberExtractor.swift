/// Finds the numbers and digit-bearing names in Chinese text: digits with or without units
/// (`6000 亿`, `1.8 万亿`, `600 万美元`, `5 万`), numerals (`十万`, `五年`, `两个`), fractions and
/// percentages (`三分之一`, `百分之五十`, `50%`), and names in Latin letters (`GPT-4`, `H100`).
///
/// Required numbers are the ones a translation must keep. Not required, but matching:
/// a lone `一` (`一个`, `一样`: the article more often than a count), `半`, ordinals after `第`,
/// weekday numbers, and pairs of neighbouring digits (`两三个` = two or three).
/// Vague quantities are skipped: `几`, `数`, `十几`, `几十万`, `上百`, bare units (`千万` = must,
/// `百万` without a count) and a fixed list of idioms (`四面八方`, `十分` = very).
///
/// Traditional text is read through its Simplified forms (`SimplifiedForms`): `5 萬`, `1.5 億`,
/// `兩個` and `十分鐘` are read as `5 万`, `1.5 亿`, `两个` and `十分钟`, and shown as written.
/// The `兩` of weight (a tael) is read as the `两` it also is in Simplified.
struct ChineseNumberExtractor: Sendable {
    func extract(_ text: String) -> ExtractedNumbers {
        let written = Array(TextWidth.halfWidth(text).unicodeScalars)
        let scalars = SimplifiedForms.fold(written)
        var result = ExtractedNumbers()
        let labelEnd = TextMarkup.endOfLeadingLabel(scalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if let linkEnd = TextMarkup.endOfLink(scalars, at: index) {
                index = linkEnd
            } else if scalar.asciiDigit != nil {
                index = readDigits(scalars, written, at: index, labelEnd: labelEnd, into: &result)
            } else if scalar.isASCIILetter {
                index = readLatin(scalars, written, at: index, into: &result)
            } else if let idiom = ChineseIdioms.length(at: index, in: scalars) {
                index += idiom
            } else if let implied = ChineseIdioms.impliedNumber(at: index, in: scalars) {
                result.numbers.append(NumberMention(
                    value: implied.value, kind: implied.kind, surface: surface(written, index, index + implied.length), isRequired: false))
                index += implied.length
            } else if ChineseNumeral.isNumeral(scalar) {
                index = readNumeral(scalars, written, at: index, labelEnd: labelEnd, into: &result)
            } else if scalar == "半" {
                result.numbers.append(NumberMention(value: 0.5, surface: "半", isRequired: false))
                index += 1
            } else {
                index += 1
            }
        }
        return result
    }

    // MARK: Digits

    /// Digits, then units (`亿`, `万亿`), `%` or `个百分点`, or a fraction bar. `scalars` is the
    /// text in Simplified forms, `written` the same positions as written, for surfaces.
    private func readDigits(
        _ scalars: [Unicode.Scalar], _ written: [Unicode.Scalar], at start: Int, labelEnd: Int, into result: inout ExtractedNumbers
    ) -> Int {
        let number = DigitNumber.scan(scalars, from: start)
        let value: Double
        let isGlued: Bool
        switch number.reading {
        case .quantity(let quantity, let glued):
            value = quantity
            isGlued = glued
        case .name:
            result.names.append(NameMention(surface: surface(written, start, number.end)))
            return number.end
        case .timestamp:
            let text = surface(written, start, number.end)
            result.numbers += number.otherReadings.map { NumberMention(value: $0, surface: text, isRequired: false) }
            return number.end
        }
        var scaled = value
        var end = number.end
        var sharedScale: Double?
        var zhaoReadings: [Double] = []
        if !isGlued {
            let unitsStart = skipApproximation(scalars, from: skipSpaces(scalars, from: end))
            let unitsEnd = endOfUnits(scalars, from: unitsStart)
            if unitsEnd > unitsStart {
                let units = scalars[unitsStart..<unitsEnd]
                scaled *= ChineseNumeral.scale(units)
                if units.contains("兆") {
                    // `100 兆`: 100 trillion in Taiwan, 100 mega(bits, bytes) on the mainland.
                    zhaoReadings = [value * ChineseNumeral.scale(units, zhao: 1e6), value]
                }
                end = unitsEnd
            } else if end + 1 < scalars.count, scalars[end] == "/", scalars[end + 1].asciiDigit != nil {
                let denominator = DigitNumber.scan(scalars, from: end + 1)
                if case .quantity(let divisor, false) = denominator.reading, DigitNumber.isFraction(scaled, divisor) {
                    scaled /= divisor
                    end = denominator.end
                }
            } else {
                sharedScale = scaleOfRangeEnd(scalars, after: end)
            }
        }
        var (kind, kindEnd) = percent(scalars, after: end)
        if kind == .count, !isGlued, isRangeToPercent(scalars, after: kindEnd) { kind = .percentByRange }
        let (unit, unitEnd) = unit(scalars, before: start, after: kindEnd)
        let isStructure = start < labelEnd || TextMarkup.isListMarker(scalars, start: start, end: number.end, textStart: 0)
        let text = surface(written, start, unitEnd)
        // 5 到 6 亿: the 5 may be 5 亿.
        var mention = NumberMention(
            value: scaled, alternatives: (sharedScale.map { [scaled * $0] } ?? []) + zhaoReadings + number.otherReadings, kind: kind,
            surface: text, isRequired: !isStructure, unit: unit)
        mention.nameKey = nameKey(scalars, numberStart: start, numberEnd: number.end)
        result.numbers.append(mention)
        return unitEnd
    }

    /// Latin letters: a name when digits are glued on (`H100`) or hyphenated to a capitalised
    /// word (`GPT-4`); other words are skipped.
    private func readLatin(_ scalars: [Unicode.Scalar], _ written: [Unicode.Scalar], at start: Int, into result: inout ExtractedNumbers) -> Int {
        let wordEnd = DigitNumber.endOfName(scalars, from: start)
        if scalars[start..<wordEnd].contains(where: { $0.asciiDigit != nil }) {
            result.names.append(NameMention(surface: surface(written, start, wordEnd)))
            return wordEnd
        }
        if wordEnd + 1 < scalars.count, scalars[wordEnd] == "-", scalars[wordEnd + 1].asciiDigit != nil,
           scalars[start..<wordEnd].contains(where: { $0.value >= 0x41 && $0.value <= 0x5A }) {
            let end = DigitNumber.endOfName(scalars, from: wordEnd + 1)
            result.names.append(NameMention(surface: surface(written, start, end)))
            return end
        }
        return wordEnd
    }

    // MARK: Numerals

    private func readNumeral(
        _ scalars: [Unicode.Scalar], _ written: [Unicode.Scalar], at start: Int, labelEnd: Int, into result: inout ExtractedNumbers
    ) -> Int {
        let end = endOfNumeral(scalars, from: start)
        // A metric 千 on its own (千兆瓦) reads as no numeral.
        guard end > start else { return start + 1 }
        let run = scalars[start..<end]
        // Financial numerals are also words (参数, 陆续, 队伍): only an amount with a unit in
        // it (伍佰, 壹萬貳仟) is a number.
        if run.contains(where: ChineseNumeral.isFinancial),
           run.count { ChineseNumeral.isFinancial($0) } < 2 || !run.contains(where: { ChineseNumeral.unit($0) != nil }) {
            return end
        }
        let previous = start > 0 ? scalars[start - 1] : " "
        let next = end < scalars.count ? scalars[end] : " "
        // X分之Y: a fraction (三分之一), or a percentage (百分之五十).
        if next == "分", end + 1 < scalars.count, scalars[end + 1] == "之" {
            if run.count == 1, run.first == "百" || run.first == "千" {
                return readPerCent(scalars, written, after: end + 2, per: run.first == "百" ? 100 : 1000, start: start, into: &result)
            }
            return readFraction(scalars, written, denominator: run, start: start, after: end + 2, into: &result)
        }
        // 十分 (very), 十足 (fully): adverbs, unless 十分钟 (ten minutes).
        if run.count == 1, run.first == "十", next == "分" || next == "足",
           !(next == "分" && end + 1 < scalars.count && scalars[end + 1] == "钟") {
            return end + 1
        }
        // 几十, 数十, 十几, 好几万, and units with no count before them (千万, 上百, 成千上万).
        if previous == "几" || previous == "数" || next == "几"
            || (ChineseNumeral.digit(run.first!) == nil && run.first != "十" && run.first != "拾") {
            return end
        }
        // 十四五岁, 十七八个, 二三十年: neighbouring digits beside a unit, an estimate; each end matches.
        let estimates = Self.estimate(run)
        if !estimates.isEmpty {
            let (_, unitEnd) = unit(scalars, before: start, after: end)
            for estimate in estimates {
                result.numbers.append(NumberMention(value: estimate, surface: surface(written, start, unitEnd), isRequired: false))
            }
            return unitEnd
        }
        guard let value = ChineseNumeral.value(run) else { return end }
        if next == "个", end + 1 < scalars.count, scalars[end + 1] == "亿" {
            // 一个亿, 两个亿: colloquial hundreds of millions.
            let (unit, unitEnd) = unit(scalars, before: start, after: end + 2)
            result.numbers.append(NumberMention(value: value * 1e8, surface: surface(written, start, unitEnd), unit: unit))
            return unitEnd
        }
        if next == "成", run.count == 1 {
            // 三成 is 30%, but 八成 is also "probably": it only helps matching.
            result.numbers.append(NumberMention(value: value * 10, kind: .percent, surface: surface(written, start, end + 1), isRequired: false))
            return end + 1
        }
        let (kind, kindEnd) = percent(scalars, after: end)
        let (unit, unitEnd) = unit(scalars, before: start, after: kindEnd)
        let text = surface(written, start, unitEnd)
        let hasUnits = run.contains { ChineseNumeral.unit($0) != nil }
        if !hasUnits, run.count == 2, !run.contains("〇"), !run.contains("零") {
            // Two neighbouring digits: an estimate (两三个, 七八年), each end matches.
            for scalar in run {
                result.numbers.append(NumberMention(value: ChineseNumeral.digit(scalar)!, surface: text, isRequired: false))
            }
            return kindEnd
        }
        // 两个半小时 is two and a half hours.
        let halfMore = next == "个" && end + 1 < scalars.count && scalars[end + 1] == "半" ? [value + 0.5] : []
        let isOrdinal = previous == "第" || previous == "期" || previous == "周" || previous == "拜"
        let isLoneOne = run.count == 1 && (run.first == "一" || run.first == "零" || run.first == "〇") && kind == .count
        let isStructure = start < labelEnd || TextMarkup.isListMarker(scalars, start: start, end: end, textStart: 0)
        let zhaoReadings = run.contains("兆") ? ChineseNumeral.value(run, zhao: 1e6).map { [$0] } ?? [] : []
        result.numbers.append(NumberMention(
            value: value, alternatives: halfMore + zhaoReadings, kind: kind, surface: text,
            isRequired: !(isOrdinal || isLoneOne || isStructure), unit: unit))
        return unitEnd
    }

    /// The two readings of a numeral with two neighbouring digits beside a unit: 十四五 is 14 or
    /// 15 (the digits after the unit), 二三十 is 20 or 30 (before it); empty for any other run.
    static func estimate(_ run: ArraySlice<Unicode.Scalar>) -> [Double] {
        guard run.count >= 3 else { return [] }
        func neighbours(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
            guard let low = ChineseNumeral.digit(first), let high = ChineseNumeral.digit(second) else { return false }
            return high == low + 1 && low >= 1
        }
        let (first, second) = (run[run.startIndex], run[run.startIndex + 1])
        let (beforeLast, last) = (run[run.endIndex - 2], run[run.endIndex - 1])
        let readings: [[Unicode.Scalar]]
        if neighbours(beforeLast, last), ChineseNumeral.unit(run[run.endIndex - 3]) != nil {
            let stem = Array(run.dropLast(2))
            readings = [stem + [beforeLast], stem + [last]]
        } else if neighbours(first, second), ChineseNumeral.unit(run[run.startIndex + 2]) != nil {
            let rest = Array(run.dropFirst(2))
            readings = [[first] + rest, [second] + rest]
        } else {
            return []
        }
        let values = readings.compactMap { ChineseNumeral.value($0[...]) }
        return values.count == 2 ? values : []
    }

    /// 三分之一 = 1/3, 十分之一 = 0.1. A fraction is always a quantity.
    private func readFraction(
        _ scalars: [Unicode.Scalar], _ written: [Unicode.Scalar], denominator: ArraySlice<Unicode.Scalar>, start: Int, after index: Int,
        into result: inout ExtractedNumbers
    ) -> Int {
        guard let divisor = ChineseNumeral.value(denominator), divisor != 0,
              let (numerator, end) = number(scalars, at: index) else { return index }
        result.numbers.append(NumberMention(value: numerator / divisor, surface: surface(written, start, end)))
        return end
    }

    /// 百分之五十, 百分之 5 (percent), 千分之三 (per mille, kept as a percentage: 0.3%).
    private func readPerCent(
        _ scalars: [Unicode.Scalar], _ written: [Unicode.Scalar], after index: Int, per: Double, start: Int, into result: inout ExtractedNumbers
    ) -> Int {
        guard let (value, end) = number(scalars, at: index) else { return index }
        result.numbers.append(NumberMention(value: value * 100 / per, kind: .percent, surface: surface(written, start, end)))
        return end
    }

    /// A numeral or digits at `index` (spaces allowed before digits), with where it ends.
    private func number(_ scalars: [Unicode.Scalar], at index: Int) -> (Double, Int)? {
        let start = skipSpaces(scalars, from: index)
        guard start < scalars.count else { return nil }
        if scalars[start].asciiDigit != nil {
            let digits = DigitNumber.scan(scalars, from: start)
            guard case .quantity(let value, _) = digits.reading else { return nil }
            return (value, digits.end)
        }
        let end = endOfNumeral(scalars, from: start)
        guard end > start, let value = ChineseNumeral.value(scalars[start..<end]) else { return nil }
        return (value, end)
    }

    // MARK: Helpers

    /// The end of a run of numeral characters, taking `点` only between numerals (二点五, not 一点).
    /// A run is ordinary or financial numerals, not both: in `大陆五万`, `陆` is land.
    private func endOfNumeral(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        var sawPoint = false
        var isFinancial: Bool?
        while index < scalars.count {
            let scalar = scalars[index]
            if ChineseNumeral.isNumeral(scalar) {
                if !ChineseNumeral.isShared(scalar) {
                    guard isFinancial == nil || isFinancial == ChineseNumeral.isFinancial(scalar) else { break }
                    isFinancial = ChineseNumeral.isFinancial(scalar)
                }
                index += 1
            } else if scalars[index] == "点", !sawPoint, index > start, index + 1 < scalars.count,
                      ChineseNumeral.digit(scalars[index + 1]) != nil {
                sawPoint = true
                index += 1
            } else {
                break
            }
        }
        return trimUnitPrefix(scalars, start: start, end: index)
    }

    /// The end of the units after digits (`6000 亿`, `1.8 万亿`), or `start` when there are none.
    private func endOfUnits(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count, let unit = ChineseNumeral.unit(scalars[index]), unit >= 100 || index > start {
            index += 1
        }
        return trimUnitPrefix(scalars, start: start, end: index)
    }

    /// `千` and `兆` before a measure (`千瓦`, `千兆瓦`, `千米`, `兆字节`) are metric prefixes, not
    /// a thousand and a trillion.
    private func trimUnitPrefix(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> Int {
        var end = end
        while end > start, end < scalars.count, scalars[end - 1] == "千" || scalars[end - 1] == "兆",
              Self.measuresAfterPrefix.contains(scalars[end]) {
            end -= 1
        }
        return end
    }

    /// First characters of measures that take a metric prefix: watts, metres, grams, bytes
    /// (字节, 位元组), bits (比特), joules, calories, hertz, pascals, volts, ohms, pixels (像素).
    private static let measuresAfterPrefix = Set("兆瓦米克字位比焦卡赫帕伏欧安像".unicodeScalars)

    /// The name a number forms with the Latin word just before it (`Llama 3`), if any.
    private func nameKey(_ scalars: [Unicode.Scalar], numberStart: Int, numberEnd: Int) -> String? {
        var wordEnd = numberStart
        while wordEnd > 0, scalars[wordEnd - 1] == " " || scalars[wordEnd - 1] == "-" { wordEnd -= 1 }
        var wordStart = wordEnd
        while wordStart > 0, scalars[wordStart - 1].isASCIILetter { wordStart -= 1 }
        guard wordEnd - wordStart > 1 else { return nil }
        return NameMention.key(surface(scalars, wordStart, wordEnd) + surface(scalars, numberStart, numberEnd))
    }

    /// Whether a range or list continues to a percentage (`80 到 90%`, `20、25%`), so that its
    /// first number is one too.
    private func isRangeToPercent(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        let connector = skipSpaces(scalars, from: index)
        guard connector < scalars.count, "到至-~或、,和".unicodeScalars.contains(scalars[connector]) else { return false }
        let upper = skipSpaces(scalars, from: connector + 1)
        guard upper < scalars.count, scalars[upper].asciiDigit != nil else { return false }
        return percent(scalars, after: DigitNumber.scan(scalars, from: upper).end).0 == .percent
    }

    /// The units of the upper end of a range whose lower end has none: `5 到 6 亿`, `4-5 万`.
    private func scaleOfRangeEnd(_ scalars: [Unicode.Scalar], after index: Int) -> Double? {
        let connector = skipSpaces(scalars, from: index)
        guard connector < scalars.count, "到至-~或、".unicodeScalars.contains(scalars[connector]) else { return nil }
        let upper = skipSpaces(scalars, from: connector + 1)
        guard upper < scalars.count, scalars[upper].asciiDigit != nil else { return nil }
        let upperNumber = DigitNumber.scan(scalars, from: upper)
        guard case .quantity(_, false) = upperNumber.reading else { return nil }
        let unitsStart = skipApproximation(scalars, from: skipSpaces(scalars, from: upperNumber.end))
        let unitsEnd = endOfUnits(scalars, from: unitsStart)
        return unitsEnd > unitsStart ? ChineseNumeral.scale(scalars[unitsStart..<unitsEnd]) : nil
    }

    /// A time or currency unit after a number (`157 秒`, `80 个小时`, `200 美元`, `100 多年`), or a
    /// currency sign before it (`$200`), with the index past what was read.
    private func unit(_ scalars: [Unicode.Scalar], before start: Int, after index: Int) -> (MeasureUnit?, Int) {
        var position = skipSpaces(scalars, from: index)
        if position < scalars.count, "多余来".unicodeScalars.contains(scalars[position]) { position += 1 }
        if position < scalars.count, let (unit, length) = MeasureUnit.chinese(scalars, at: position) {
            return (unit, position + length)
        }
        var before = start - 1
        while before >= 0, scalars[before] == " " { before -= 1 }
        if before >= 0, let unit = MeasureUnit.sign(scalars[before]) {
            // NT$, HK$: another dollar than the US one.
            let isOtherDollar = scalars[before] == "$" && before > 0 && scalars[before - 1].isASCIILetter
            return (isOtherDollar ? nil : unit, index)
        }
        return (nil, index)
    }

    /// `%`, `个百分点` or `百分点` after a number (spaces allowed).
    private func percent(_ scalars: [Unicode.Scalar], after index: Int) -> (NumberMention.Kind, Int) {
        let start = skipSpaces(scalars, from: index)
        guard start < scalars.count else { return (.count, index) }
        if scalars[start] == "%" { return (.percent, start + 1) }
        for marker in [Self.percentagePoints, Self.percentagePointsShort] where hasPrefix(scalars, at: start, marker) {
            return (.percent, start + marker.count)
        }
        return (.count, index)
    }

    private static let percentagePoints = Array("个百分点".unicodeScalars)
    private static let percentagePointsShort = Array("百分点".unicodeScalars)

    private func hasPrefix(_ scalars: [Unicode.Scalar], at index: Int, _ prefix: [Unicode.Scalar]) -> Bool {
        index + prefix.count <= scalars.count && scalars[index..<(index + prefix.count)].elementsEqual(prefix)
    }

    /// `多` or `余` between digits and their units (`6000 多亿` is 600-odd billion), and the
    /// colloquial `个` before `亿` (`3 个亿` is 300 million).
    private func skipApproximation(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        guard start + 1 < scalars.count, ChineseNumeral.unit(scalars[start + 1]) != nil else { return start }
        switch scalars[start] {
        case "多", "余": return start + 1
        case "个": return scalars[start + 1] == "亿" ? start + 1 : start
        default: return start
        }
    }

    private func skipSpaces(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count, scalars[index] == " " { index += 1 }
        return index
    }

    private func surface(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        String(String.UnicodeScalarView(scalars[start..<end]))
    }
}
