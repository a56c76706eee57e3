/// Chinese numeral characters and the value of a run of them: `三百零五` = 305,
/// `一千二百万` = 12,000,000, `两千亿` = 2e11, `一万亿` = 1e12, `二〇二四` = 2024, `二点五` = 2.5,
/// in either script (`萬`, `億`, `兩`) and in the financial forms cheques and contracts use
/// (`壹萬貳仟元` = 12,000 yuan).
enum ChineseNumeral {
    /// Digits, including the `两` of counts, both zeros and the financial digits.
    static func digit(_ scalar: Unicode.Scalar) -> Double? {
        switch scalar {
        case "零", "〇": 0
        case "一", "壹": 1
        case "二", "两", "兩", "贰", "貳": 2
        case "三", "叁", "叄", "参", "參": 3
        case "四", "肆": 4
        case "五", "伍": 5
        case "六", "陆", "陸": 6
        case "七", "柒": 7
        case "八", "捌": 8
        case "九", "玖": 9
        default: nil
        }
    }

    /// Place units within a group of four (`十`, `百`, `千`, financial `拾`, `佰`, `仟`) and the
    /// group units `万`, `亿` and `兆`. `兆` is 10^12 in Taiwan and in financial Chinese, but a
    /// mega- prefix on the mainland (`兆瓦`, `兆字节`): readers give it both readings.
    static func unit(_ scalar: Unicode.Scalar) -> Double? {
        switch scalar {
        case "十", "拾": 10
        case "百", "佰": 100
        case "千", "仟": 1000
        case "万", "萬": 1e4
        case "亿", "億": 1e8
        case "兆": 1e12
        default: nil
        }
    }

    static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        digit(scalar) != nil || unit(scalar) != nil
    }

    /// The financial forms, written so that no stroke can be added to change the amount.
    /// Most are also ordinary words (`参数`, `陆续`, `队伍`, `收拾`): a run of them is a number
    /// only when it has the shape of an amount (see `ChineseNumberExtractor`).
    static func isFinancial(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "壹", "贰", "貳", "叁", "叄", "参", "參", "肆", "伍", "陆", "陸", "柒", "捌", "玖", "拾", "佰", "仟": true
        default: false
        }
    }

    /// Characters that belong to ordinary and financial numerals alike: zeros and group units.
    static func isShared(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "零", "〇", "万", "萬", "亿", "億", "兆": true
        default: false
        }
    }

    /// The value of a run of numeral characters with an optional `点` decimal part, or nil
    /// when the run is not a well-formed numeral. `zhao` is the value `兆` is read with.
    static func value(_ run: ArraySlice<Unicode.Scalar>, zhao: Double = 1e12) -> Double? {
        if let point = run.firstIndex(where: { $0 == "点" || $0 == "點" }) {
            guard let whole = value(run[run.startIndex..<point], zhao: zhao) else { return nil }
            var fraction = 0.0
            var scale = 0.1
            for scalar in run[(point + 1)...] {
                guard let digit = digit(scalar) else { return nil }
                fraction += digit * scale
                scale /= 10
            }
            return whole + fraction
        }
        guard !run.isEmpty else { return nil }
        if !run.contains(where: { unit($0) != nil }) {
            // Digit by digit, as years are written: 二〇二四.
            var result = 0.0
            for scalar in run { result = result * 10 + (digit(scalar) ?? 0) }
            return result
        }
        // Completed groups of the group units, smallest last: 三亿五千万 is [(1e8, 3e8), (1e4, 5e7)].
        var groups: [(unit: Double, value: Double)] = []
        var belowWan = 0.0
        var pending: Double?
        for scalar in run {
            if let digit = digit(scalar) {
                pending = digit
            } else if var unit = unit(scalar) {
                if unit == 1e12 { unit = zhao }
                if unit >= 1e4 {
                    // A group unit multiplies everything smaller said before it: 一万亿 = 1e4 × 1e8.
                    var amount = belowWan + (pending ?? 0)
                    while let last = groups.last, last.unit < unit {
                        amount += last.value
                        groups.removeLast()
                    }
                    groups.append((unit, (amount == 0 ? 1 : amount) * unit))
                    belowWan = 0
                } else {
                    belowWan += (pending ?? 1) * unit
                }
                pending = nil
            }
        }
        return groups.reduce(0) { $0 + $1.value } + belowWan + (pending ?? 0)
    }

    /// The product of a run of units written after digits: `万` = 1e4, `万亿` = 1e12, `百万` = 1e6.
    static func scale(_ run: ArraySlice<Unicode.Scalar>, zhao: Double = 1e12) -> Double {
        run.reduce(1) { $0 * ($1 == "兆" ? zhao : unit($1) ?? 1) }
    }
}
