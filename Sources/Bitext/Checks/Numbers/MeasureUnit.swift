/// The unit written right after a number, for the families a translation must not change:
/// time spans, currencies and multiples. `157 seconds` is not `157 分钟`, `$200` is not `200 元`,
/// `2x` (twice as much, `两倍`) is not `两次` (twice, two occurrences).
/// Numbers without a recognised unit match numbers with any unit: translators move units
/// around (`five to twenty dollars` = `5 到 20 美元`), and calendar words (`10 月`, `26 日`,
/// `2022 年`) are not durations.
enum MeasureUnit: Sendable, Hashable {
    case second, minute, hour, day, week, month, year
    case usDollar, cent, yuan, euro, yen, pound
    /// A month of the year (`December`, `12 月`), not a span of months (`12 个月`). Only another
    /// calendar month matches it: `January` must not be found in the `一` of `一个`.
    case calendarMonth
    /// A multiple: `10x`, `10 倍`, not the count of occurrences `10 次`.
    case multiple
    /// A count of occurrences: `两次` (twice), which a multiple must not be read as.
    case occurrence

    /// English unit words after a number (singular and plural).
    static func english(_ word: String) -> MeasureUnit? { englishWords[word] }

    private static let englishWords: [String: MeasureUnit] = {
        var table: [String: MeasureUnit] = [:]
        let units: [(MeasureUnit, [String])] = [
            (.second, ["second", "seconds", "sec", "secs"]), (.minute, ["minute", "minutes", "min", "mins"]),
            (.hour, ["hour", "hours", "hr", "hrs"]), (.day, ["day", "days"]), (.week, ["week", "weeks"]),
            (.month, ["month", "months"]), (.year, ["year", "years", "yr", "yrs"]),
            (.usDollar, ["dollar", "dollars", "usd", "bucks"]), (.cent, ["cent", "cents"]),
            (.yuan, ["yuan", "rmb", "renminbi", "cny"]), (.euro, ["euro", "euros", "eur"]), (.yen, ["yen", "jpy"]),
            (.pound, ["pound", "pounds", "gbp"]),
        ]
        for (unit, words) in units {
            for word in words { table[word] = unit }
        }
        return table
    }()

    /// Currency signs written before a number.
    static func sign(_ scalar: Unicode.Scalar) -> MeasureUnit? {
        switch scalar {
        case "$": .usDollar
        case "€": .euro
        case "£": .pound
        default: nil
        }
    }

    /// Chinese units at `index`, with their length; longest first so `个月` wins over `月`.
    /// `月` alone is a calendar month (`10 月`); `日` alone is a day of the month and carries no unit.
    static func chinese(_ scalars: [Unicode.Scalar], at index: Int) -> (MeasureUnit, Int)? {
        for (unit, marker) in chineseMarkers
        where index + marker.count <= scalars.count && scalars[index..<(index + marker.count)].elementsEqual(marker) {
            if marker.count == 1, marker[0] == "年", index + 1 < scalars.count, scalars[index + 1] == "代" { return nil }
            return (unit, marker.count)
        }
        return nil
    }

    private static let chineseMarkers: [(MeasureUnit, [Unicode.Scalar])] = {
        let markers: [(MeasureUnit, String)] = [
            (.month, "个月"), (.hour, "个小时"), (.hour, "个钟头"), (.week, "个星期"), (.week, "个礼拜"),
            (.minute, "分钟"), (.hour, "小时"), (.hour, "钟头"), (.week, "星期"), (.week, "礼拜"),
            (.usDollar, "美元"), (.usDollar, "美金"), (.cent, "美分"), (.yuan, "人民币"), (.euro, "欧元"),
            (.yen, "日元"), (.pound, "英镑"), (.second, "秒"), (.day, "天"), (.week, "周"), (.year, "年"),
            (.year, "岁"), (.yuan, "元"), (.yuan, "块"), (.calendarMonth, "月"), (.multiple, "倍"), (.occurrence, "次"),
        ]
        return markers.map { ($0.0, Array($0.1.unicodeScalars)) }
    }()
}
