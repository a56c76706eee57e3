/// Compares what two sides say in numbers. A required number is matched by any number of
/// equal value on the other side (presence is enough: a value said twice need not be said
/// twice); a percentage is matched by the same percentage, the same fraction (50% = 0.5) or
/// the bare number (the `80` of `80 to 90%`);
/// when both sides write a time or currency unit, the units must agree.
/// Names are matched by key inside the other side's text, not followed by a digit (so `H100`
/// is not found in `H1000`).
struct NumberComparison: Sendable {
    let source: ExtractedNumbers
    let target: ExtractedNumbers
    /// The target reduced like name keys.
    let targetKey: [UInt8]

    init(source: ExtractedNumbers, target: ExtractedNumbers, targetText: String) {
        self.source = source
        self.target = target
        self.targetKey = Array(NameMention.key(targetText).utf8)
    }

    /// A required source number the target does not have as often as the source.
    struct Shortfall: Sendable, Hashable {
        var number: NumberMention
        var sourceCount: Int
        var targetCount: Int
    }

    /// Required source numbers with no equal on the target, each value reported once. A value
    /// the target has, but fewer times than the source, is reported only when the target also
    /// has a number the source lacks: then one occurrence was most likely changed
    /// (`405B … 405 billion` → `405B … 4050 万`); otherwise repeating it is the translator's choice.
    var shortfalls: [Shortfall] {
        let hasStrayTargetNumber = !unmatchedTargetNumbers.isEmpty
        var result: [Shortfall] = []
        for number in source.numbers where number.isRequired {
            guard !result.contains(where: { Self.isSame($0.number, number) }) else { continue }
            let inName = target.names.contains { name in
                Self.digitGroups(of: name.key).contains { group in number.anyReading { Self.isClose($0, group) } }
            }
            let targetCount = target.numbers.count { Self.matches(number, $0) } + (inName ? 1 : 0)
            if targetCount == 0 {
                result.append(Shortfall(number: number, sourceCount: 1, targetCount: 0))
            } else if hasStrayTargetNumber {
                let sourceCount = source.numbers.count { $0.isRequired && Self.isSame($0, number) }
                if sourceCount > targetCount {
                    result.append(Shortfall(number: number, sourceCount: sourceCount, targetCount: targetCount))
                }
            }
        }
        return result
    }

    /// Source names the target does not contain.
    var missingNames: [NameMention] {
        var missing: [NameMention] = []
        for name in source.names where !name.key.isEmpty && !contains(name.key) && !missing.contains(where: { $0.key == name.key }) {
            missing.append(name)
        }
        return missing
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

    static func matches(_ required: NumberMention, _ candidate: NumberMention) -> Bool {
        if let unit = required.unit, let other = candidate.unit, unit != other { return false }
        // A percentage also matches the bare number: ranges write the sign once (`80 to 90%`).
        let asFraction = required.kind == .percent && candidate.kind == .count
        return required.anyReading { value in
            candidate.anyReading { isClose(value, $0) || (asFraction && isClose(value / 100, $0)) }
        }
    }

    /// Two mentions of the same number on one side (for counting repeats).
    static func isSame(_ left: NumberMention, _ right: NumberMention) -> Bool {
        left.kind == right.kind && left.unit == right.unit && isClose(left.value, right.value)
    }

    static func isClose(_ left: Double, _ right: Double) -> Bool {
        abs(left - right) <= 1e-9 * max(abs(left), abs(right)) + 1e-12
    }

    /// The digits inside a name key (`h100` → 100): a number the target wrote as part of a
    /// name still counts (`gpt-4` in lower case is a word and 4 against `GPT-4`).
    static func digitGroups(of key: String) -> [Double] {
        var groups: [Double] = []
        var current: Double?
        for scalar in key.unicodeScalars {
            if let digit = scalar.asciiDigit {
                current = (current ?? 0) * 10 + Double(digit)
            } else if let value = current {
                groups.append(value)
                current = nil
            }
        }
        if let current { groups.append(current) }
        return groups
    }

    private func contains(_ key: String) -> Bool {
        let needle = Array(key.utf8)
        guard needle.count <= targetKey.count else { return false }
        for start in 0...(targetKey.count - needle.count) where targetKey[start] == needle[0] {
            let end = start + needle.count
            if targetKey[start..<end].elementsEqual(needle), end == targetKey.count || !(0x30...0x39).contains(targetKey[end]) {
                return true
            }
        }
        return false
    }
}
