/// Sentence punctuation that translators keep: a question stays a question, an exclamation an
/// exclamation, quoted speech stays quoted. (Telling opening from closing quotes measured
/// slightly worse: translators move quotation boundaries between sentences.)
enum PunctuationMark: CaseIterable {
    case question
    case exclamation
    case quotation

    var key: String {
        switch self {
        case .question: "<?>"
        case .exclamation: "<!>"
        case .quotation: "<quote>"
        }
    }

    /// The marks an English sentence carries.
    static func marks(inEnglish text: String) -> [PunctuationMark] {
        var question = false
        var exclamation = false
        var quotation = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "?": question = true
            case "!": exclamation = true
            case "“", "”": quotation = true
            default: break
            }
        }
        if !quotation && text.unicodeScalars.contains(where: { $0 == "\"" || $0 == "'" || $0 == "‘" || $0 == "’" }) {
            quotation = hasQuote(text, opening: true) || hasQuote(text, opening: false)
        }
        return marks(question: question, exclamation: exclamation, quotation: quotation)
    }

    /// The marks a Chinese sentence carries (full-width or ASCII).
    static func marks(inChinese text: String) -> [PunctuationMark] {
        var question = false
        var exclamation = false
        var quotation = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "？", "?": question = true
            case "！", "!": exclamation = true
            case "“", "”", "「", "」", "『", "』", "\"": quotation = true
            default: break
            }
        }
        return marks(question: question, exclamation: exclamation, quotation: quotation)
    }

    private static func marks(question: Bool, exclamation: Bool, quotation: Bool) -> [PunctuationMark] {
        var marks: [PunctuationMark] = []
        if question { marks.append(.question) }
        if exclamation { marks.append(.exclamation) }
        if quotation { marks.append(.quotation) }
        return marks
    }

    /// Straight and single quotes that quote rather than elide: an opening one before a word
    /// at the start or after a space or dash, a closing one after a word or sentence
    /// punctuation and before a space or the end. Apostrophes (`don't`) are neither; a
    /// plural possessive (`taels' worth`) can pass for a closing quote, which costs little.
    private static func hasQuote(_ text: String, opening: Bool) -> Bool {
        if ASCIICharacters.hold(in: text.utf8) { return hasASCIIQuote(text, opening: opening) }
        var previous: Character = " "
        var iterator = text.makeIterator()
        var current = iterator.next()
        while let character = current {
            let next = iterator.next()
            if character == "\"" || character == "'" || character == "‘" || character == "’" {
                let opens = (previous.isWhitespace || "([—–-".contains(previous)) && (next.map { $0.isLetter || $0.isNumber } ?? false)
                let closes = ".,!?;:—–".contains(previous) || (character == "\"" && !opens && !previous.isWhitespace)
                if opening ? opens : closes { return true }
            }
            previous = character
            current = next
        }
        return false
    }

    /// `hasQuote` for text whose Characters are ASCII bytes (`ASCIICharacters`): breaking
    /// Characters dominated the time English sentences took to tokenize.
    private static func hasASCIIQuote(_ text: String, opening: Bool) -> Bool {
        var previous = UInt8(ascii: " ")
        var iterator = text.utf8.makeIterator()
        var current = iterator.next()
        while let byte = current {
            let next = iterator.next()
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                let opens = (ASCIICharacters.isWhitespace(previous) || "([-".utf8.contains(previous))
                    && (next.map(ASCIICharacters.isLetterOrDigit) ?? false)
                let closes = ".,!?;:".utf8.contains(previous)
                    || (byte == UInt8(ascii: "\"") && !opens && !ASCIICharacters.isWhitespace(previous))
                if opening ? opens : closes { return true }
            }
            previous = byte
            current = next
        }
        return false
    }
}
