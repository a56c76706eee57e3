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
            // One pair cannot have two variants: skip normalising its other side.
            guard pairs.count > 1 else { return nil }
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
        let lowercased = TextWidth.halfWidth(text).lowercased()
        if let collapsed = collapsingASCIISpaces(lowercased) { return collapsed }
        return lowercased.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whitespace runs collapsed to one space and the ends trimmed, on UTF-8 bytes, for text
    /// where that is what splitting on whitespace Characters gives: every scalar stands as a
    /// Character of its own (ASCII, Latin-1 letters, general punctuation, CJK punctuation and
    /// ideographs, half-width forms; none extends or joins a neighbour) and the only
    /// whitespace is ASCII. Nil for any other text.
    private static func collapsingASCIISpaces(_ text: String) -> String? {
        guard text.unicodeScalars.allSatisfy(standsAlone) else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace {
                output.append(0x20)
                pendingSpace = false
            }
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x7F, 0xA1...0xFF, 0x2010...0x2027, 0x2030...0x205E, 0x3001...0x3029, 0x3030...0x303F,
             0x4E00...0x9FFF, 0xFF01...0xFF9D: true
        default: false
        }
    }

    static func describe(_ variants: [(text: String, pairs: [AlignedPair])], lines: (AlignedPair) -> Int?) -> String {
        variants.map { variant in
            let where_ = variant.pairs.compactMap(lines).map(String.init).joined(separator: ", ")
            return "“\(variant.text)” ×\(variant.pairs.count) (line \(where_))"
        }.joined(separator: "; ")
    }
}
