/// Character classes the sentence splitters ask about, on scalars rather than `Character`
/// so they stay integer comparisons for ASCII and skip grapheme breaking altogether
/// (the splitters run over every character of both documents).
extension Character {
    /// Whether every scalar of the character is whitespace. `Character.isWhitespace` asks
    /// only the first scalar, so a space carrying a combining mark (" \u{65A}") counts as
    /// whitespace there, and trimming or blank-line tests built on it drop the mark.
    var isSpaceOnly: Bool {
        unicodeScalars.allSatisfy(\.isSpaceOrNewline)
    }
}

extension Unicode.Scalar {
    /// Unicode's White_Space set, spelled out: it is small and fixed, and a table lookup
    /// per Han character would dominate the cost of splitting Chinese.
    var isSpaceOrNewline: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }

    /// A mark that joins the character before it (Mn, Mc, Me).
    var isCombiningMark: Bool {
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    var isLineBreak: Bool {
        value == 0x0A || value == 0x0D || value == 0x85 || value == 0x2028 || value == 0x2029
    }

    var isLetterOfAnyScript: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        return isHan || properties.isAlphabetic
    }

    var isLowercaseLetter: Bool {
        if value < 0x80 { return (0x61...0x7A).contains(value) }
        return properties.isLowercase
    }

    var isUppercaseLetter: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) }
        return properties.isUppercase
    }

    var isDigit: Bool {
        if value < 0x80 { return (0x30...0x39).contains(value) }
        return properties.numericType != nil
    }

    /// Han, kana, bopomofo, CJK punctuation and full-width forms.
    var isCJK: Bool {
        switch value {
        case 0x3000...0x303F, 0xFF00...0xFFEF, 0x2E80...0x2FDF, 0x3040...0x30FF, 0x3100...0x312F:
            true
        default:
            isHan
        }
    }

    /// CJK symbols and punctuation (`、`, `。`, `「`) and the full-width forms (`，`, `（`).
    var isFullWidthForm: Bool {
        (0x3000...0x303F).contains(value) || (0xFF00...0xFFEF).contains(value)
    }

    /// Punctuation or symbol: what may follow a closing emphasis marker.
    var isPunctuationOrSymbol: Bool {
        if value < 0x80 {
            return (0x21...0x2F).contains(value) || (0x3A...0x40).contains(value)
                || (0x5B...0x60).contains(value) || (0x7B...0x7E).contains(value)
        }
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
