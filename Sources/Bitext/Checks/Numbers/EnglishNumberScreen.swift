/// A byte scan that tells English text in which `EnglishNumberExtractor` can find no name
/// and no required number, so `NumbersCheck` can skip most sources without extracting.
///
/// Names and digit quantities need a digit. Full-width forms (lead byte EF) may fold to
/// digits or letters (`TextWidth`), so text with them is always passed on. Without digits, the extractor's tokens are words (maximal runs of ASCII
/// letters, lower-cased) and symbols, and a required number can only start at a word that
/// is a unit, tens or scale number word (`one year`, `twenty`, `a million`), at `half`,
/// or at a capitalised month name; every other word yields nothing or a number that only
/// helps matching. `CharacterFastPathTests` compares the screen with the extractor.
enum EnglishNumberScreen {
    /// Whether `text` may hold a name or a required number.
    static func mayRequire(_ text: String) -> Bool {
        scan(text, digitsAnswer: true)
    }

    /// Whether `text` has a word that may start a required number, digits aside: the English
    /// a Chinese translation keeps (a code sample copied as it is, a quoted title).
    static func mayHoldNumberWord(_ text: String) -> Bool {
        scan(text, digitsAnswer: false)
    }

    /// One pass over the bytes: a digit (or a full-width form's lead byte) settles it when
    /// `digitsAnswer`; otherwise only a trigger word does.
    @inline(__always)
    private static func scan(_ text: String, digitsAnswer: Bool) -> Bool {
        var word = PackedWord()
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), 0xEF:
                if digitsAnswer || word.isTrigger { return true }
                word = PackedWord()
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                word.append(byte)
            default:
                if word.isTrigger { return true }
                word = PackedWord()
            }
        }
        return word.isTrigger
    }

    /// A word's lower-cased letters, five bits each, as long as it fits in 64 bits.
    private struct PackedWord {
        static let maximumLength = 12
        var code: UInt64 = 0
        var length = 0
        var isCapitalised = false

        init() {}

        init(_ word: String) {
            for byte in word.utf8 { append(byte) }
        }

        mutating func append(_ byte: UInt8) {
            if length == 0 { isCapitalised = byte <= UInt8(ascii: "Z") }
            length += 1
            if length <= Self.maximumLength { code = code << 5 | UInt64((byte | 0x20) - 0x60) }
        }

        var isTrigger: Bool {
            guard length > 0, length <= Self.maximumLength else { return false }
            return EnglishNumberScreen.triggers.containsSorted(code)
                || isCapitalised && EnglishNumberScreen.capitalisedTriggers.containsSorted(code)
        }
    }

    /// Words that may start a required number in any case, sorted: a binary search over some
    /// forty codes is cheaper than hashing every word of every source.
    private static let triggers: [UInt64] = {
        var words: [String] = ["half"]
        for (word, role) in EnglishNumberWords.roles {
            switch role {
            case .unit, .tens, .scale: words.append(word)
            case .fraction, .optional, .month, .vague, .percent: break
            }
        }
        return packed(words)
    }()

    /// Month names, required only when capitalised; sorted.
    private static let capitalisedTriggers: [UInt64] = packed(EnglishNumberWords.roles.compactMap { word, role in
        if case .month = role { word } else { nil }
    })

    private static func packed(_ words: [String]) -> [UInt64] {
        words.map { word in
            precondition(word.utf8.count <= PackedWord.maximumLength && word.utf8.allSatisfy { (0x61...0x7A).contains($0) })
            return PackedWord(word).code
        }.sorted()
    }
}

extension Array where Element == UInt64 {
    /// Binary search in a sorted array.
    fileprivate func containsSorted(_ value: UInt64) -> Bool {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < count && self[low] == value
    }
}
