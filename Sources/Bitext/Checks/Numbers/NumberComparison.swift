/// Compares what two sides say in numbers. A required number is matched by any number of
/// equal value on the other side (presence is enough: a value said twice need not be said
/// twice); a percentage is matched by the same percentage or the same fraction (50% = 0.5).
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

    /// Required source numbers with no equal on the target, each value reported once.
    var missingNumbers: [NumberMention] {
        var missing: [NumberMention] = []
        for number in source.numbers where number.isRequired {
            let isMatched = target.numbers.contains { Self.matches(number, $0) }
                || target.names.contains { name in Self.digitGroups(of: name.key).contains { Self.isClose(number.value, $0) } }
            if !isMatched, !missing.contains(where: { $0.kind == number.kind && Self.isClose($0.value, number.value) }) {
                missing.append(number)
            }
        }
        return missing
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
        switch (required.kind, candidate.kind) {
        case (.percent, .count):
            isClose(required.value / 100, candidate.value)
        case (.percent, .percent), (.count, _):
            isClose(required.value, candidate.value)
        }
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
