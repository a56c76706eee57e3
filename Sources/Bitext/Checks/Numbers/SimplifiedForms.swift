/// Traditional characters read as their Simplified forms, one for one, so that the words the
/// Chinese number reader knows (`个`, `亿`, `分钟`, `美元`, its idioms) are found in Traditional
/// text (`個`, `億`, `分鐘`) while every position still points into the text as written.
/// The forms are OpenCC's; without its data, the characters numbers are written with.
enum SimplifiedForms {
    static let table: [Unicode.Scalar: Unicode.Scalar] = {
        if let forms = ChineseScriptConverter.toSimplified?.characterForms, !forms.isEmpty { return forms }
        let pairs = ["萬万", "億亿", "兩两", "點点", "個个", "幾几", "數数", "餘余", "雙双", "鐘钟", "時时", "週周", "歲岁", "幣币", "歐欧", "鎊镑", "塊块", "禮礼"]
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for pair in pairs {
            let scalars = Array(pair.unicodeScalars)
            table[scalars[0]] = scalars[1]
        }
        return table
    }()

    /// `scalars` with each Traditional character replaced by its Simplified form.
    static func fold(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard scalars.contains(where: { $0.value >= 0x3400 && table[$0] != nil }) else { return scalars }
        return scalars.map { $0.value >= 0x3400 ? table[$0] ?? $0 : $0 }
    }
}
