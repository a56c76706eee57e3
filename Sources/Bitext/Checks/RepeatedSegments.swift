/// Groups aligned pairs by the normalised text of one side, for the two consistency checks.
/// Short segments ("Yeah.", "Right?") are left out: in speech they are translated
/// differently on purpose, depending on what they answer.
struct RepeatedSegments {
    struct Group {
        var key: String
        /// The other side's distinct texts, each with the pairs that use it, most used first.
        var variants: [(text: String, pairs: [AlignedPair])]
    }

    /// Letters in English, characters in Chinese (a Han character carries about three letters).
    static func minimumWeight(_ language: Language) -> Int {
        language == .english ? 20 : 8
    }

    static func groups(in bitext: Bitext, by side: UnalignedSpan.Side) -> [Group] {
        var byKey: [String: [AlignedPair]] = [:]
        var order: [String] = []
        for pair in bitext.pairs where !pair.isUnaligned {
            let text = side == .source ? pair.sourceText : pair.targetText
            let language = side == .source ? bitext.sourceLanguage : bitext.targetLanguage
            guard LengthExpectation.weight(text) >= minimumWeight(language) else { continue }
            let key = normalised(text)
            if byKey[key] == nil { order.append(key) }
            byKey[key, default: []].append(pair)
        }
        return order.compactMap { key in
            let pairs = byKey[key]!
            var variants: [String: [AlignedPair]] = [:]
            var variantOrder: [String] = []
            for pair in pairs {
                let other = normalised(side == .source ? pair.targetText : pair.sourceText)
                if variants[other] == nil { variantOrder.append(other) }
                variants[other, default: []].append(pair)
            }
            guard variants.count > 1 else { return nil }
            let sorted = variantOrder.map { ($0, variants[$0]!) }.sorted { $0.1.count > $1.1.count }
            return Group(key: key, variants: sorted.map { (text: $0.0, pairs: $0.1) })
        }
    }

    /// Case, width and spacing differences do not make two segments different.
    static func normalised(_ text: String) -> String {
        TextWidth.halfWidth(text).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func describe(_ variants: [(text: String, pairs: [AlignedPair])], lines: (AlignedPair) -> Int?) -> String {
        variants.map { variant in
            let where_ = variant.pairs.compactMap(lines).map(String.init).joined(separator: ", ")
            return "“\(variant.text)” ×\(variant.pairs.count) (line \(where_))"
        }.joined(separator: "; ")
    }
}
