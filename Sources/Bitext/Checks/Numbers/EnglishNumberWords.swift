/// The English words that say numbers, by role. Which words are required numbers and which
/// only help matching is decided here, in one place:
/// - `two` … `ninety-nine`, `hundred` … `trillion` (and `a hundred`, `a million`) are quantities.
/// - `one` and `zero` alone are not: `one` is a pronoun as often as a count (`this one`,
///   `one of them`), and Chinese renders it as the ubiquitous `一个`. They still match a `1`.
/// - Capitalised month names are their number (`December` = `12 月`).
/// - Fractions with a count (`one fourth`, `two thirds`) and `half` are quantities.
/// - Ordinals, fractions with an article (`a third`, `a quarter`) and words like `twice`, `both`,
///   `a couple`, `a dozen` only help matching: translators render them too freely to require.
/// - Plural scales and quantifiers (`hundreds of`, `a few thousand`, `dozens`) are vague.
enum EnglishNumberWords {
    enum Role: Sendable, Hashable {
        /// `one` … `nineteen`, `zero`.
        case unit(Double)
        /// `twenty` … `ninety`.
        case tens(Double)
        /// `hundred`, `thousand`, `million`, `billion`, `trillion`.
        case scale(Double)
        /// Denominators after a count (`two thirds`, `a quarter`).
        case fraction(Double)
        /// Words that match a number but are never required (`first`, `twice`, `both`).
        case optional(Double)
        /// Month names: required when capitalised (`December` = `12 月`), since Chinese always
        /// writes the month's number; `May`, `March` and abbreviations (`Dec`) only before a
        /// day (`May 5`, `Dec 26`).
        case month(Double)
        /// Quantities with no definite value: what follows them (`hundreds of thousands`) is vague too.
        case vague
        /// `percent`, `pct`.
        case percent
    }

    static func role(of word: String) -> Role? { roles[word] }

    /// Every number word with its role.
    static let roles: [String: Role] = {
        var roles: [String: Role] = [:]
        let units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        for (value, word) in units.enumerated() { roles[word] = .unit(Double(value)) }
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (offset, word) in tens.enumerated() { roles[word] = .tens(Double(20 + offset * 10)) }
        for (word, value) in [("hundred", 1e2), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)] {
            roles[word] = .scale(value)
        }
        for (word, value) in [("half", 2.0), ("halves", 2), ("thirds", 3), ("quarter", 4), ("quarters", 4),
                              ("fifths", 5), ("tenths", 10)] {
            roles[word] = .fraction(value)
        }
        let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                        "eleventh", "twelfth"]
        for (offset, word) in ordinals.enumerated() { roles[word] = .optional(Double(offset + 1)) }
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                      "october", "november", "december"]
        for (offset, word) in months.enumerated() { roles[word] = .month(Double(offset + 1)) }
        let abbreviations = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        for (offset, word) in abbreviations.enumerated() { roles[word] = .month(Double(offset + 1)) }
        roles["sept"] = .month(9)
        for (word, value) in [("once", 1.0), ("single", 1), ("twice", 2), ("double", 2), ("both", 2), ("pair", 2),
                              ("couple", 2), ("twos", 2), ("threes", 3), ("fours", 4), ("fives", 5), ("sixes", 6),
                              ("sevens", 7), ("eights", 8), ("nines", 9), ("triple", 3), ("dozen", 12), ("decade", 10), ("century", 100)] {
            roles[word] = .optional(value)
        }
        for word in ["hundreds", "thousands", "millions", "billions", "trillions", "tens", "dozens", "scores",
                     "few", "several", "many", "multiple", "numerous", "decades"] {
            roles[word] = .vague
        }
        roles["percent"] = .percent
        roles["pct"] = .percent
        return roles
    }()

    /// Month words that are also other words (`may`, `march`) or abbreviations (`dec`).
    static let ambiguousMonths: Set<String> = [
        "may", "march", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Words that may stand between a number and its scale: `600 something billion`, `400-odd thousand`.
    static let scaleFillers: Set<String> = ["something", "odd", "plus", "some"]
}
