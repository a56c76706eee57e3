/// Fixed expressions whose numerals are not numbers (`四面八方` = everywhere, `三星` = Samsung,
/// `马六甲` = Malacca, `二次` = quadratic). Only expressions whose numerals the extractor would
/// otherwise require are listed: a lone `一` and leading units (`千万`, `百度`) are already not
/// required.
enum ChineseIdioms {
    private static let idioms: [String] = [
        "四面八方", "五花八门", "七嘴八舌", "七上八下", "三心二意", "接二连三", "三番五次", "九死一生", "十全十美",
        "四分五裂", "五湖四海", "三言两语", "半斤八两", "丢三落四", "不三不四", "说三道四", "三长两短", "一五一十",
        "独一无二", "说一不二", "一清二楚", "一石二鸟", "一举两得", "两全其美", "三思", "三星", "五角大楼", "八卦",
        "三明治", "二手", "不二", "四处", "四川", "二进制", "十进制", "二元", "三角", "十字", "九州", "两极", "两岸",
        "二把手", "三角洲", "胡说八道", "二次", "十四行诗", "四旋翼", "马六甲", "三藩市", "九龙", "七七八八",
        "三十六计", "一百八十度", "十字架", "五金", "三国", "四书五经",
    ]

    /// Idioms keyed by their first character, longest first so the longest wins.
    private static let byFirst: [Unicode.Scalar: [[Unicode.Scalar]]] = {
        var table: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        for idiom in idioms {
            let scalars = Array(idiom.unicodeScalars)
            table[scalars[0], default: []].append(scalars)
        }
        return table.mapValues { $0.sorted { $0.count > $1.count } }
    }()

    /// Words that say a number without a numeral for it, or with one that means another
    /// (`增加一倍` doubles, it does not add one): they only help matching.
    private static let impliedNumbers: [([Unicode.Scalar], Double, NumberMention.Kind)] = {
        let counts: [(String, Double)] = [
            ("翻一番", 2), ("翻番", 2), ("翻倍", 2), ("加倍", 2), ("双倍", 2), ("一倍", 2), ("一打", 12), ("俩", 2), ("仨", 3),
            ("五五开", 50), ("双方", 2), ("两者", 2), ("二者", 2),
        ]
        let words = counts.map { (Array($0.0.unicodeScalars), $0.1, NumberMention.Kind.count) }
        // "100% of the features" is often 全部 ("all of them").
        return words + [(Array("百分百".unicodeScalars), 100, .percent), (Array("全部".unicodeScalars), 100, .percent)]
    }()

    /// The number an implied-number word at `index` says, with the word's length.
    static func impliedNumber(at index: Int, in scalars: [Unicode.Scalar]) -> (value: Double, kind: NumberMention.Kind, length: Int)? {
        // 双 starting a word says two (双门 "2-door", 双核 "dual-core", 双重验证 "2FA").
        if scalars[index] == "双", index + 1 < scalars.count, scalars[index + 1].properties.isIdeographic {
            return (2, .count, 1)
        }
        for (word, value, kind) in impliedNumbers where word[0] == scalars[index] && index + word.count <= scalars.count
            && scalars[index..<(index + word.count)].elementsEqual(word) {
            return (value, kind, word.count)
        }
        return nil
    }

    /// The length in scalars of the idiom starting at `index`, or nil.
    static func length(at index: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard let candidates = byFirst[scalars[index]] else { return nil }
        for idiom in candidates where index + idiom.count <= scalars.count
            && scalars[index..<(index + idiom.count)].elementsEqual(idiom) {
            return idiom.count
        }
        return nil
    }
}
