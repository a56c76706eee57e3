/// The shape of a sentence that translators tend to keep: how it ends (a question, an
/// exclamation, a closing quote, an open ending that runs on) and how many clauses it has.
/// Which of these a translation keeps varies by translator, so each document learns how far
/// to trust them (`SentenceFormModel`).
enum SentenceForm {
    /// Ending classes: plain, question, exclamation, open (comma, colon, dash, no final
    /// punctuation); plus `quoted` when closing quotes follow.
    static let plain: UInt8 = 0
    static let question: UInt8 = 1
    static let exclamation: UInt8 = 2
    static let open: UInt8 = 3
    static let quoted: UInt8 = 4
    static let endingClassCount = 8

    /// The ending class of a sentence in either language.
    static func ending(_ text: String) -> UInt8 {
        var quoted = false
        for scalar in text.unicodeScalars.reversed() {
            switch scalar {
            case " ", "\t", "\u{3000}", "\u{A0}", "*", "_":
                continue
            case "”", "\"", "’", "'", "」", "』", "»", "›":
                quoted = true
                continue
            case ")", "）", "]", "】", "》", "〉":
                continue
            case "?", "？":
                return question + (quoted ? SentenceForm.quoted : 0)
            case "!", "！":
                return exclamation + (quoted ? SentenceForm.quoted : 0)
            case ".", "。", "…", "⋯", "．":
                return plain + (quoted ? SentenceForm.quoted : 0)
            default:
                return open + (quoted ? SentenceForm.quoted : 0)
            }
        }
        return open
    }

    /// Finality classes: the ending class, plus `endingClassCount` when the sentence leaves a
    /// quotation open (its last quotation mark opens one), which the next sentence continues.
    static let finalityClassCount = 2 * endingClassCount

    /// The finality class of a sentence: how it ends and whether it ends inside a quotation.
    static func finality(_ text: String, ending: UInt8) -> UInt8 {
        ending + (leavesQuotationOpen(text) ? UInt8(endingClassCount) : 0)
    }

    /// Whether the last quotation mark of the sentence opens a quotation. Straight quotes and
    /// apostrophes open only at a word's start after a space or the sentence start, and close
    /// only after sentence punctuation, so that `don't` and `taels'` are no quotation marks.
    static func leavesQuotationOpen(_ text: String) -> Bool {
        var open = false
        var previous: Unicode.Scalar = " "
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let next: Unicode.Scalar = index + 1 < scalars.count ? scalars[index + 1] : " "
            switch scalar {
            case "“", "「", "『", "‘":
                open = true
            case "”", "」", "』":
                open = false
            case "\"", "'", "’":
                let afterSpace = previous == " " || previous == "\u{3000}" || previous == "(" || previous == "—" || index == 0
                if afterSpace && (next.properties.isAlphabetic || next == "." || next == "\"" || next == "'") {
                    open = true
                } else if ".,!?;:—…-".unicodeScalars.contains(previous) || (scalar == "\"" && !afterSpace) {
                    open = false
                }
            default:
                break
            }
            previous = scalar
        }
        return open
    }

    /// Clauses: one more than the clause separators (commas, semicolons, colons) that
    /// have text after them; a comma between digits groups thousands.
    static func clauseCount(_ text: String) -> Int {
        var separators = 0
        var pending = false
        var afterDigitComma = false
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            switch scalar {
            case "，", "；", "：", ";", ":", ",":
                pending = true
                afterDigitComma = scalar == "," && ("0"..."9").contains(previous)
            default:
                if pending && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil) {
                    if !(afterDigitComma && ("0"..."9").contains(scalar)) { separators += 1 }
                    pending = false
                    afterDigitComma = false
                }
            }
            previous = scalar
        }
        return separators + 1
    }
}
