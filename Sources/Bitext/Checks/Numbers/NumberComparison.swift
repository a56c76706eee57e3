/// Compares what two sides say in numbers. A required number is matched by any number of
/// equal value on the other side, required or not (`1` by `一个`); a value the source says
/// n times needs n equals, since one changed repeat is the commonest slip and translations
/// rarely merge repeats (measured on the Lex Fridman #459 pairs). A percentage is matched by
/// the same percentage or the same fraction (50% = 0.5), and the first number of a range to a
/// percentage also by the bare number (`2020, 30%`). When both sides write a time or currency
/// unit, the units must agree. Names are matched by key inside the other side's text, not
/// followed by a digit (so `H100` is not found in `H1000`).
struct NumberComparison: Sendable {
    let source: ExtractedNumbers
    let target: ExtractedNumbers
    /// The target reduced like name keys.
    let targetKey: [UInt8]
    /// Whether the target has 版 ("version, edition"), for versions said in words.
    let targetSaysVersion: Bool

    init(source: ExtractedNumbers, target: ExtractedNumbers, targetText: String) {
        self.source = source
        self.target = target
        self.targetSaysVersion = targetText.contains("版")
        self.targetKey = Array(NameMention.key(targetText).utf8)
    }

    /// A required source number the target does not have as often as the source.
    struct Shortfall: Sendable, Hashable {
        var number: NumberMention
        var sourceCount: Int
        var targetCount: Int
    }

    /// Required source numbers with no equal on the target, or with fewer equals than in the
    /// source (a repeated value of which one occurrence was changed: `405B … 405 billion` →
    /// `405B … 4050 万`). Each value is reported once.
    var shortfalls: [Shortfall] {
        var result: [Shortfall] = []
        let required = source.numbers.filter(\.isRequired)
        for number in required where !result.contains(where: { Self.isSame($0.number, number) }) {
            let repeats = required.filter { Self.isSame($0, number) }
            let asNumber = target.numbers.count { candidate in repeats.contains { Self.matches($0, candidate) } }
            // `Llama 3` may be written `Llama3`; the name's count then stands for the number's.
            let asName = number.nameKey.map(occurrences(of:)) ?? 0
            let targetCount = max(asNumber, asName, isRatioSaidAsPercent(number) ? repeats.count : 0)
            if targetCount < repeats.count {
                result.append(Shortfall(number: number, sourceCount: repeats.count, targetCount: targetCount))
            }
        }
        return result
    }

    /// A source name the target lacks, or has fewer times while also naming something the
    /// source does not (`O3 … O3` → `o3 … o4`).
    struct NameShortfall: Sendable, Hashable {
        var name: NameMention
        var sourceCount: Int
        var targetCount: Int
    }

    /// Source names the target lacks or has fewer times; each name reported once.
    var nameShortfalls: [NameShortfall] {
        let strayTargetNames = unmatchedTargetNames
        var result: [NameShortfall] = []
        for name in source.names where !name.key.isEmpty && !result.contains(where: { $0.name.key == name.key }) {
            let targetCount = occurrences(of: name.key) + (isLayerSaidInWords(name.key) || isVersionSaidInWords(name.key) || isCountedWordSaidAsNumber(name.key) ? 1 : 0)
            let sourceCount = source.names.count { $0.key == name.key }
            if targetCount == 0, isRecognitionSlip(name.key) { continue }
            if targetCount == 0 || (sourceCount > targetCount && !strayTargetNames.isEmpty) {
                result.append(NameShortfall(name: name, sourceCount: sourceCount, targetCount: targetCount))
            }
        }
        return result
    }

    /// A transcript's misheard name the translator wrote as meant (`DeepSeekar1` → `DeepSeek
    /// R1`): the target has, one edit away, a name with the same digits. Only names of six
    /// characters or more, where one edit cannot turn one real name into another (`H100` and
    /// `H200` differ by one).
    private func isRecognitionSlip(_ key: String) -> Bool {
        let needle = Array(key.utf8)
        guard needle.count >= 6 else { return false }
        let digits = needle.filter { (0x30...0x39).contains($0) }
        guard !digits.isEmpty else { return false }
        for length in (needle.count - 1)...(needle.count + 1) where length <= targetKey.count {
            for start in 0...(targetKey.count - length) {
                let window = targetKey[start..<start + length]
                guard window.filter({ (0x30...0x39).contains($0) }) == digits else { continue }
                if EditDistance.between(String(decoding: window, as: UTF8.self), key) <= 1 { return true }
            }
        }
        return false
    }

    /// "1 out of every 1000" said as 千分之一 (0.1%): the number and another of the source
    /// make the ratio a target percentage states.
    private func isRatioSaidAsPercent(_ number: NumberMention) -> Bool {
        let percents = target.numbers.filter { $0.kind == .percent }.map(\.value)
        guard !percents.isEmpty, number.value != 0 else { return false }
        return source.numbers.contains { other in
            other.value != 0 && !Self.isSame(other, number) && percents.contains { percent in
                Self.isClose(other.value / number.value * 100, percent) || Self.isClose(number.value / other.value * 100, percent)
            }
        }
    }

    /// `L4`, `L7` (network layers) said as 四层, 七层: the target has the layer's number.
    private func isLayerSaidInWords(_ key: String) -> Bool {
        guard key.count >= 2, key.first == "l", let layer = Double(key.dropFirst()) else { return false }
        return target.numbers.contains { $0.kind == .count && Self.isClose($0.value, layer) }
    }

    /// `v2` said as 第 2 版, 版本 2, 2.0 版: the target has the version's number and 版.
    private func isVersionSaidInWords(_ key: String) -> Bool {
        guard key.count >= 2, key.first == "v", let version = Double(key.dropFirst()), targetSaysVersion else { return false }
        return target.numbers.contains { Self.isClose($0.value, version) }
    }

    /// Words that number what they name (`page0`, `step2`): 第0页, 第 2 步 say them with the number.
    private static let countedWords: Set<Substring> = [
        "page", "step", "item", "level", "chapter", "slide", "tab", "row", "column", "line", "section", "part", "track",
        "round", "day", "week", "month", "year", "option", "player", "team", "group", "screen", "image", "photo", "file",
    ]

    private func isCountedWordSaidAsNumber(_ key: String) -> Bool {
        let word = key.prefix { $0.isLetter }
        guard Self.countedWords.contains(word), let number = Double(key.dropFirst(word.count)) else { return false }
        return target.numbers.contains { Self.isClose($0.value, number) }
    }

    /// Target names that look like a source name with other digits (`H20` → `H30`, `o3` →
    /// `o4-mini`): a changed name even when the source name also appears elsewhere.
    var changedTargetNames: [(target: NameMention, source: NameMention)] {
        unmatchedTargetNames.compactMap { name in
            let prefix = name.key.prefix { !$0.isNumber }
            guard !prefix.isEmpty, let original = source.names.first(where: { $0.key.prefix { !$0.isNumber } == prefix }) else { return nil }
            return (name, original)
        }
    }

    /// Target names that no source name accounts for.
    var unmatchedTargetNames: [NameMention] {
        let sourceKeys = Set(source.names.map(\.key))
        return target.names.filter { name in !sourceKeys.contains { $0 == name.key || name.key.contains($0) } }
    }

    /// Required target numbers that match nothing in the source: what a wrong number became.
    var unmatchedTargetNumbers: [NumberMention] {
        var unmatched: [NumberMention] = []
        for number in target.numbers where number.isRequired {
            let isMatched = source.numbers.contains { Self.matches(number, $0) || Self.matches($0, number) }
            if !isMatched, !unmatched.contains(where: { $0.surface == number.surface }) {
                unmatched.append(number)
            }
        }
        return unmatched
    }

    /// Whether `candidate` on the other side says the number `required` says.
    static func matches(_ required: NumberMention, _ candidate: NumberMention) -> Bool {
        if let unit = required.unit, let other = candidate.unit, unit != other { return false }
        if required.unit == .calendarMonth, candidate.unit != .calendarMonth { return false }
        let isEqual: (Double, Double) -> Bool = switch (required.kind, candidate.kind) {
        case (.count, _), (.percent, .percent), (.percent, .percentByRange), (.percentByRange, .percent), (.percentByRange, .percentByRange):
            { isClose($0, $1) }
        case (.percent, .count):
            { isClose($0 / 100, $1) }
        case (.percentByRange, .count):
            { isClose($0 / 100, $1) || isClose($0, $1) }
        }
        return required.anyReading { value in candidate.anyReading { isEqual(value, $0) } }
    }

    /// Two mentions of the same number on one side (for counting repeats): `30 years` and
    /// `30 companies` are both 30.
    static func isSame(_ left: NumberMention, _ right: NumberMention) -> Bool {
        (left.kind == .count) == (right.kind == .count) && (left.unit == nil || right.unit == nil || left.unit == right.unit)
            && isClose(left.value, right.value)
    }

    static func isClose(_ left: Double, _ right: Double) -> Bool {
        abs(left - right) <= 1e-9 * max(abs(left), abs(right)) + 1e-12
    }

    /// How often `key` occurs in the target, not followed by a digit.
    private func occurrences(of key: String) -> Int {
        let needle = Array(key.utf8)
        guard !needle.isEmpty, needle.count <= targetKey.count else { return 0 }
        var count = 0
        for start in 0...(targetKey.count - needle.count) where targetKey[start] == needle[0] {
            let end = start + needle.count
            if targetKey[start..<end].elementsEqual(needle), end == targetKey.count || !(0x30...0x39).contains(targetKey[end]) {
                count += 1
            }
        }
        return count
    }
}
