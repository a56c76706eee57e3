/// Reads and checks a cue timing line, `00:00:01,000 --> 00:00:02,500` in SRT or
/// `00:01.000 --> 00:02.500 align:start` in WebVTT.
enum SubtitleTiming {
    /// Returns the timing as written (`start --> end`, without WebVTT cue settings), or
    /// throws an error naming the line when either time cannot be read or they are reversed.
    static func parse(_ line: Substring, flavor: SubtitleReader.Flavor, path: String, line lineNumber: Int) throws -> String {
        func malformed(_ reason: String) -> InputError {
            InputError(file: path, line: lineNumber, "malformed cue timing \"\(line.prefix(80))\": \(reason)")
        }
        guard let arrow = line.range(of: "-->") else { throw malformed("expected start --> end") }
        let startText = line[..<arrow.lowerBound].trimmingWhitespace
        let afterArrow = line[arrow.upperBound...].trimmingWhitespace
        let endText = afterArrow.prefix { !$0.isWhitespace }
        guard let start = milliseconds(startText, flavor: flavor) else { throw malformed("cannot read start time \"\(startText)\"") }
        guard let end = milliseconds(endText, flavor: flavor) else { throw malformed("cannot read end time \"\(endText)\"") }
        guard end >= start else { throw malformed("the cue ends before it starts") }
        return "\(startText) --> \(endText)"
    }

    /// `hh:mm:ss,mmm` (SRT also tolerates `.`), `mm:ss.mmm` in WebVTT; nil when malformed.
    static func milliseconds(_ text: Substring, flavor: SubtitleReader.Flavor) -> Int? {
        let separators: Set<Character> = flavor == .srt ? [",", "."] : ["."]
        guard let fractionSeparator = text.lastIndex(where: { separators.contains($0) }) else { return nil }
        let fraction = text[text.index(after: fractionSeparator)...]
        let clock = text[..<fractionSeparator].split(separator: ":", omittingEmptySubsequences: false)
        guard fraction.count == 3, let millis = Int(fraction), fraction.allSatisfy(\.isASCII) else { return nil }
        guard clock.count == 3 || (flavor == .vtt && clock.count == 2) else { return nil }
        var values: [Int] = []
        for part in clock {
            guard !part.isEmpty, part.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(part) else { return nil }
            values.append(value)
        }
        let seconds = values[values.count - 1]
        let minutes = values[values.count - 2]
        let hours = values.count == 3 ? values[0] : 0
        // A bound on hours keeps the arithmetic below from overflowing on a run of digits.
        guard seconds < 60, minutes < 60, hours < 100_000 else { return nil }
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis
    }
}
