/// Fixed expressions whose numerals are not numbers (`四面八方` = everywhere, `三星` =
/// Samsung). Only expressions whose numerals the extractor would otherwise require are
/// listed: a lone `一` and leading units (`千万`, `百度`) are already not required.
enum ChineseIdioms {
    private static let idioms: [String] = [
        "四面八方", "五花八门", "七嘴八舌", "七上八下", "三心二意", "接二连三", "三番五次", "九死一生", "十全十美",
        "四分五裂", "五湖四海", "三言两语", "半斤八两", "丢三落四", "不三不四", "说三道四", "三长两短", "一五一十",
        "独一无二", "说一不二", "一清二楚", "一石二鸟", "一举两得", "两全其美", "三思", "三星", "五角大楼", "八卦",
        "三明治", "二手", "不二", "四处", "四川", "二进制", "十进制", "二元", "三角", "十字", "九州", "两极", "两岸",
        "二把手", "三角洲",
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
