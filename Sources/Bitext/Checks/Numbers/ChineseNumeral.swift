/// Chinese numeral characters and the value of a run of them: `三百零五` = 305,
/// `一千二百万` = 12,000,000, `两千亿` = 2e11, `一万亿` = 1e12, `二〇二四` = 2024, `二点五` = 2.5.
enum ChineseNumeral {
    /// Digits, including the `两` of counts and both zeros.
    static func digit(_ scalar: Unicode.Scalar) -> Double? {
        switch scalar {
        case "零", "〇": 0
        case "一": 1
        case "二", "两": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }

    /// Place units within a group of four (`十`, `百`, `千`) and the group units `万`, `亿`.
    static func unit(_ scalar: Unicode.Scalar) -> Double? {
        switch scalar {
        case "十": 10
        case "百": 100
        case "千": 1000
        case "万": 1e4
        case "亿": 1e8
        default: nil
        }
    }

    static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        digit(scalar) != nil || unit(scalar) != nil
    }

    /// The value of a run of numeral characters with an optional `点` decimal part, or nil
    /// when the run is not a well-formed numeral.
    static func value(_ run: ArraySlice<Unicode.Scalar>) -> Double? {
        if let point = run.firstIndex(of: "点") {
            guard let whole = value(run[run.startIndex..<point]) else { return nil }
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
        var result = 0.0
        var belowYi = 0.0
        var belowWan = 0.0
        var pending: Double?
        for scalar in run {
            if let digit = digit(scalar) {
                pending = digit
            } else if let unit = unit(scalar) {
                switch unit {
                case 1e8:
                    let group = belowYi + belowWan + (pending ?? 0)
                    result += (group == 0 ? 1 : group) * unit
                    belowYi = 0
                    belowWan = 0
                case 1e4:
                    let group = belowWan + (pending ?? 0)
                    belowYi += (group == 0 ? 1 : group) * unit
                    belowWan = 0
                default:
                    belowWan += (pending ?? 1) * unit
                }
                pending = nil
            }
        }
        return result + belowYi + belowWan + (pending ?? 0)
    }

    /// The product of a run of units written after digits: `万` = 1e4, `万亿` = 1e12, `百万` = 1e6.
    static func scale(_ run: ArraySlice<Unicode.Scalar>) -> Double {
        run.reduce(1) { $0 * (unit($1) ?? 1) }
    }
}
