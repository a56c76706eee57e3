import Foundation

/// Thousands separators written as the full-width comma `，` (`10，000`), which machine
/// translation produces when it converts every comma of the source to Chinese punctuation.
enum FullWidthDigitSeparators {
    /// Whether `text` has a digit, `，`, digit in a row: one pass over the scalars before the
    /// Character-level search, as most Chinese targets have a `，` and few a separator.
    static func mayHold(_ text: String) -> Bool {
        var beforePrevious: UInt32 = 0
        var previous: UInt32 = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if previous == 0xFF0C, (0x30...0x39).contains(beforePrevious), (0x30...0x39).contains(value) { return true }
            beforePrevious = previous
            previous = value
        }
        return false
    }

    /// The numbers of `text` grouped with `，` that `source` writes with `,` (`10，000` for
    /// `10,000`). The source settles what is a separator: `240，000，250，000` for
    /// "240,000, 250,000" is two numbers and a list comma, and `1000，10000` is a list.
    static func spots(in text: String, confirmedBy source: String) -> [Range<String.Index>] {
        let characters = Array(text)
        let indices = Array(text.indices) + [text.endIndex]
        var spots: [Range<String.Index>] = []
        var index = 0
        while index < characters.count {
            guard characters[index].isASCIIDigit, index == 0 || !characters[index - 1].isASCIIDigit else {
                index += 1
                continue
            }
            var groups: [(start: Int, end: Int)] = []
            var end = index
            while end < characters.count, characters[end].isASCIIDigit { end += 1 }
            groups.append((index, end))
            while end + 3 < characters.count, characters[end] == "，",
                  (1...3).allSatisfy({ characters[end + $0].isASCIIDigit }), end + 4 == characters.count || !characters[end + 4].isASCIIDigit {
                groups.append((end + 1, end + 4))
                end += 4
            }
            spots += confirmed(groups, characters: characters, indices: indices, source: source)
            index = end
        }
        return spots
    }

    /// The longest runs of groups, from the first on, that the source writes with `,`.
    private static func confirmed(
        _ groups: [(start: Int, end: Int)], characters: [Character], indices: [String.Index], source: String
    ) -> [Range<String.Index>] {
        guard groups.count >= 2 else { return [] }
        var found: [Range<String.Index>] = []
        var first = 0
        while first < groups.count - 1 {
            var matched: Int?
            for last in stride(from: groups.count - 1, to: first, by: -1) where groups[first].end - groups[first].start <= 3 {
                let written = groups[first...last].map { String(characters[$0.start..<$0.end]) }.joined(separator: ",")
                if containsNumber(written, in: source) {
                    matched = last
                    break
                }
            }
            if let last = matched {
                found.append(indices[groups[first].start]..<indices[groups[last].end])
                first = last + 1
            } else {
                first += 1
            }
        }
        return found
    }

    /// Whether `number` stands in `source` as a whole number, not inside a longer one.
    private static func containsNumber(_ number: String, in source: String) -> Bool {
        var searchStart = source.startIndex
        while let range = source.range(of: number, range: searchStart..<source.endIndex) {
            let before = range.lowerBound > source.startIndex ? source[source.index(before: range.lowerBound)] : nil
            let after = range.upperBound < source.endIndex ? source[range.upperBound] : nil
            let continues = after == "," && source[source.index(after: range.upperBound)...].prefix(3).allSatisfy(\.isASCIIDigit)
                && source[source.index(after: range.upperBound)...].count >= 3
            if before?.isASCIIDigit != true, after?.isASCIIDigit != true, !continues { return true }
            searchStart = range.upperBound
        }
        return false
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
