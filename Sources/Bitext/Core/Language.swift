/// The two languages bitext works between. Direction is free: either may be the source.
public enum Language: String, Sendable, Codable, CaseIterable, Hashable {
    case english = "en"
    case chinese = "zh"

    /// The BCP 47 tag written into exchange formats.
    public var tag: String {
        switch self {
        case .english: "en"
        case .chinese: "zh-CN"
        }
    }

    /// Sentences of one bead are joined with a space in English and directly in Chinese.
    public var sentenceJoiner: String {
        switch self {
        case .english: " "
        case .chinese: ""
        }
    }

    public func join<S: Sequence>(_ sentences: S) -> String where S.Element == String {
        sentences.joined(separator: sentenceJoiner)
    }

    /// Guesses the language of a text from its share of Han characters among letters.
    /// Returns nil when the text has no letters at all.
    public static func detect<S: StringProtocol>(_ text: S) -> Language? {
        var han = 0
        var latin = 0
        for scalar in text.unicodeScalars {
            if scalar.isHan || (0x3000...0x303F).contains(scalar.value) || (0xFF01...0xFF0F).contains(scalar.value) {
                han += 1
            } else if scalar.isASCII {
                // The only alphabetic ASCII scalars are the letters: no property lookup needed.
                if (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) { latin += 1 }
            } else if scalar.properties.isAlphabetic {
                latin += 1
            }
        }
        if han == 0 && latin == 0 { return nil }
        // A Han character carries about a word of English; Chinese text keeps Latin names and
        // model ids, so Latin letters weigh less than the characters around them.
        return Double(han) * 6 >= Double(latin) ? .chinese : .english
    }

    public var other: Language { self == .english ? .chinese : .english }
}

extension Unicode.Scalar {
    /// CJK Unified Ideographs and their extensions, plus compatibility ideographs.
    public var isHan: Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F, 0x30000...0x3134F:
            true
        default:
            false
        }
    }
}
