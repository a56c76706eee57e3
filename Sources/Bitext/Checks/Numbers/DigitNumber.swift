/// A run of ASCII digits read as one token, in either language: `10,000`, `2.7`, `2E25`,
/// `60K`, `10x`, `26th`, `2010s`, `5nm`. The caller decides what follows (scale words,
/// `万`, `%`); this only reads what is glued to the digits.
struct DigitNumber: Sendable, Hashable {
    enum Reading: Sendable, Hashable {
        /// A quantity, already multiplied by a glued magnitude (`60K` = 60000, `405B` = 4.05e11).
        /// `isGlued` when letters follow the digits (`60K`, `10x`, `26th`): no scale word may follow.
        case quantity(Double, isGlued: Bool)
        /// Digits that continue into letters and digits again (`32h1`, `1.2.3`): a name.
        case name
        /// A clock time or timestamp (`12:30`, `01:02:03`): its parts (in `otherReadings`) may
        /// match `9 点 30 分`, but a transcript's timestamps are structure a translation may drop.
        case timestamp
    }

    var reading: Reading
    /// Index just past the token in the scanned scalars.
    var end: Int
    /// Other values the token may stand for. For a timestamp, its parts. With two or more
    /// thousands commas, the values on either side of each comma: in `240，000，250，000` the
    /// full-width commas may separate a list (240000, 250000). For a decade, its two digits
    /// (`1990s` = `90 年代`), or for the first decade of a century, the century
    /// (`2000s` = `21 世纪初`).
    var otherReadings: [Double] = []

    /// Magnitudes glued to digits. Lower-case `m` and `t` are left out: `5m` is metres far
    /// more often than millions.
    private static let magnitudes: [String: Double] = [
        "k": 1e3, "K": 1e3, "M": 1e6, "mn": 1e6, "MM": 1e6, "B": 1e9, "b": 1e9, "bn": 1e9, "T": 1e12, "tn": 1e12,
    ]

    /// Reads the token starting at `start`, which must be an ASCII digit.
    static func scan(_ scalars: [Unicode.Scalar], from start: Int) -> DigitNumber {
        let count = scalars.count
        var index = start
        var integer: Double = 0
        while index < count, let digit = scalars[index].asciiDigit {
            integer = integer * 10 + Double(digit)
            index += 1
        }
        // Thousands groups: a comma followed by exactly three digits.
        var commas: [Int] = []
        while index + 3 < count, scalars[index] == ",",
              (1...3).allSatisfy({ scalars[index + $0].asciiDigit != nil }),
              index + 4 >= count || scalars[index + 4].asciiDigit == nil {
            for offset in 1...3 { integer = integer * 10 + Double(scalars[index + offset].asciiDigit!) }
            commas.append(index)
            index += 4
        }
        let listReadings = commas.count >= 2 ? Self.listReadings(scalars, start: start, end: index, commas: commas) : []
        if index + 2 < count, scalars[index] == ":", scalars[index + 1].asciiDigit != nil, scalars[index + 2].asciiDigit != nil {
            var components: [Double] = [integer]
            var component: Double?
            index += 1
            while index < count, scalars[index].asciiDigit != nil || scalars[index] == ":" {
                if let digit = scalars[index].asciiDigit {
                    component = (component ?? 0) * 10 + Double(digit)
                } else if let finished = component {
                    components.append(finished)
                    component = nil
                }
                index += 1
            }
            if let component { components.append(component) }
            return DigitNumber(reading: .timestamp, end: index, otherReadings: components)
        }
        var value = integer
        if index + 1 < count, scalars[index] == ".", scalars[index + 1].asciiDigit != nil {
            index += 1
            var scale = 0.1
            while index < count, let digit = scalars[index].asciiDigit {
                value += Double(digit) * scale
                scale /= 10
                index += 1
            }
            if index + 1 < count, scalars[index] == ".", scalars[index + 1].asciiDigit != nil {
                return DigitNumber(reading: .name, end: endOfName(scalars, from: index))
            }
        }
        if let exponentEnd = exponent(scalars, from: index) {
            let written = String(String.UnicodeScalarView(scalars[start..<exponentEnd].filter { $0 != "," }))
            return DigitNumber(reading: .quantity(Double(written) ?? value, isGlued: true), end: exponentEnd)
        }
        let suffixStart = index
        while index < count, scalars[index].isASCIILetter { index += 1 }
        if index < count, scalars[index].asciiDigit != nil, index > suffixStart {
            return DigitNumber(reading: .name, end: endOfName(scalars, from: index))
        }
        if index > suffixStart {
            let suffix = String(String.UnicodeScalarView(scalars[suffixStart..<index]))
            // The 1990s are also the 90s (`90 年代`); the 2000s are the early 21st century (`21 世纪初`).
            let isDecade = suffix == "s" && value >= 1000 && value == value.rounded()
            let decadeOfCentury = value.truncatingRemainder(dividingBy: 100)
            let decade = isDecade ? [decadeOfCentury == 0 ? value / 100 + 1 : decadeOfCentury] : []
            return DigitNumber(reading: .quantity(value * (magnitudes[suffix] ?? 1), isGlued: true), end: index, otherReadings: decade)
        }
        return DigitNumber(reading: .quantity(value, isGlued: false), end: index, otherReadings: listReadings)
    }

    /// Whether `a/b` reads as a fraction (`1/4`, `3/8`, `5/100`) rather than a date or a
    /// name (`9/11`, `12/25`, `24/7`), whose numbers are then compared one by one.
    static func isFraction(_ numerator: Double, _ denominator: Double) -> Bool {
        guard numerator < denominator, numerator == numerator.rounded(), denominator == denominator.rounded() else { return false }
        return denominator <= 10 || [16, 32, 64, 100, 1000].contains(denominator)
    }

    private static func listReadings(_ scalars: [Unicode.Scalar], start: Int, end: Int, commas: [Int]) -> [Double] {
        func digits(_ range: Range<Int>) -> Double {
            scalars[range].reduce(0) { value, scalar in scalar.asciiDigit.map { value * 10 + Double($0) } ?? value }
        }
        return commas.flatMap { [digits(start..<$0), digits(($0 + 1)..<end)] }
    }

    /// The end of an exponent (`e25`, `E+26`) at `start`, only when no letter or digit follows it.
    private static func exponent(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start < scalars.count, scalars[start] == "e" || scalars[start] == "E" else { return nil }
        var index = start + 1
        if index < scalars.count, scalars[index] == "+" || scalars[index] == "-" { index += 1 }
        let digitsStart = index
        while index < scalars.count, scalars[index].asciiDigit != nil, index - digitsStart < 3 { index += 1 }
        guard index > digitsStart else { return nil }
        if index < scalars.count, scalars[index].isASCIILetter || scalars[index].asciiDigit != nil { return nil }
        return index
    }

    /// The end of a run of letters and digits from `start`, with dots between digits (`GPT3.5`).
    static func endOfName(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isASCIILetter || scalar.asciiDigit != nil {
                index += 1
            } else if scalar == ".", index + 1 < scalars.count, scalars[index + 1].asciiDigit != nil, index > start,
                      scalars[index - 1].asciiDigit != nil {
                index += 1
            } else {
                break
            }
        }
        return index
    }
}

extension Unicode.Scalar {
    /// The value of an ASCII digit; full-width digits are folded by `TextWidth` first.
    var asciiDigit: Int? {
        value >= 0x30 && value <= 0x39 ? Int(value - 0x30) : nil
    }

    var isASCIILetter: Bool {
        (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
    }
}
