/// A number found in one side of a pair, reduced to the value it is compared by, so that
/// `1,000`, `1000`, `一千` and `1 千` are the same number and `600 billion` equals `6000 亿`.
struct NumberMention: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case count
        /// `50%`, `50 percent`, `百分之五十`: the value is the number of hundredths (50).
        case percent
        /// The first number of a range or list that ends in a percentage (the `80` of
        /// `80 to 90%`): most likely a percentage, but it may be a count (`2020, 30%`).
        case percentByRange
    }

    var value: Double
    /// Other readings the writing allows: the `4` of `4 or 5 million` may be four million, and
    /// `240,000,250,000` (commas as list separators) may be 240000 and 250000, and `2 and a
    /// half` may be written `两个半`.
    var alternatives: [Double]
    var kind: Kind
    /// The text as written, for messages.
    var surface: String
    /// Whether the other side must contain it. Words that are only sometimes numbers (the
    /// pronoun `one`, `a couple`, `一个`, `一半`, ordinals) are not required, but they still
    /// count as a match for a required number on the other side.
    var isRequired: Bool
    /// The time or currency unit written with it, if any.
    var unit: MeasureUnit?
    /// The name the number forms with the word before it (`Llama 3` → `llama3`, lower-case
    /// `gpt-4` → `gpt4`): the other side may write it as one name (`Llama3`, `GPT-4`).
    var nameKey: String?

    init(
        value: Double, alternatives: [Double] = [], kind: Kind = .count, surface: String, isRequired: Bool = true,
        unit: MeasureUnit? = nil
    ) {
        self.value = value
        self.alternatives = alternatives
        self.kind = kind
        self.surface = surface
        self.isRequired = isRequired
        self.unit = unit
    }
}

extension NumberMention {
    /// Whether any reading of the mention satisfies the predicate.
    func anyReading(_ predicate: (Double) -> Bool) -> Bool {
        predicate(value) || alternatives.contains(where: predicate)
    }
}

/// A token where digits are glued to letters (`GPT-4`, `H100`, `o3-mini`, `R1`): a name that
/// must reappear in the other side as written, not a count.
struct NameMention: Sendable, Hashable {
    var surface: String
    /// Lower-cased letters, digits and inner dots only, so `GPT-4` and `gpt4` share a key.
    var key: String

    init(surface: String) {
        self.surface = surface
        var key = NameMention.key(surface)
        // Plurals: `H100s` names the H100.
        if key.count > 2, key.hasSuffix("s"), key.dropLast().last?.isNumber == true { key.removeLast() }
        self.key = key
    }

    /// Reduces text the way name keys are reduced, so a key can be searched in a whole text.
    /// Spaces and punctuation go, except between two digits: `H1 100` must not read as `h1100`.
    /// A zero between a letter and a digit reads as the letter o, which transcripts confuse
    /// with it: `OpenAI03` is `OpenAI o3`.
    static func key<S: StringProtocol>(_ text: S) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in TextWidth.halfWidth(text).unicodeScalars {
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9", ".":
                if pendingSpace, scalar.asciiDigit != nil, result.last?.asciiDigit != nil { result.append(" ") }
                result.append(scalar.value <= 0x5A && scalar.value >= 0x41 ? Unicode.Scalar(scalar.value + 32)! : scalar)
                pendingSpace = false
            case "\u{00D7}" where result.last.map { $0.isASCII && $0.properties.isAlphabetic || $0.asciiDigit != nil } == true:
                // `4K×4K` is the `4Kx4K` of the source.
                result.append("x")
                pendingSpace = false
            default:
                pendingSpace = true
            }
        }
        return String(zeroAsLetterO(result))
    }

    private static func zeroAsLetterO(_ key: String.UnicodeScalarView) -> String.UnicodeScalarView {
        var scalars = Array(key)
        for index in scalars.indices.dropFirst().dropLast() where scalars[index] == "0"
            && scalars[index - 1].isASCIILetter && scalars[index + 1].asciiDigit != nil {
            scalars[index] = "o"
        }
        return String.UnicodeScalarView(scalars)
    }
}

/// Everything one side of a pair says in numbers.
struct ExtractedNumbers: Sendable, Hashable {
    var numbers: [NumberMention] = []
    var names: [NameMention] = []
}
