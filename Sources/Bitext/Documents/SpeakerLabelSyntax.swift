/// Recognises the speaker label that opens a transcript turn.
///
/// Accepted forms, with an ASCII or full-width colon: `**Name:** text`, `**Name**: text`.
/// The name must look like a name: 1-4 words, at most 40 characters, no sentence
/// punctuation, no lower-case word but particles such as `van`, so bold lead-ins such as
/// `**Note that this matters:**` are not taken for speakers (a short Chinese lead-in like
/// `**注意：**` cannot be told from a name and is taken for one).
///
/// Two unbolded forms are labels too, because machine translation produces them (zh.md
/// line 322 `发言人甲：是研发中心。`, line 575 `扬声器 B：R1，R1，对吗？`, left over from an
/// untranslated "Speaker A:"): a generic placeholder (`Speaker A`, `发言人甲`, `说话人 2`,
/// `扬声器 B`), and a name the document uses in a label elsewhere. Other `word：` openings
/// (`译者按：`) stay text.
enum SpeakerLabelSyntax {
    static let maximumNameLength = 40
    static let maximumNameWords = 4

    /// Words a translation uses for "speaker" in placeholder labels, in both scripts;
    /// `扬声器` (loudspeaker) is a common machine mistranslation of it.
    static let placeholderNouns = [
        "Speaker", "speaker", "发言人", "说话人", "讲话人", "发言者", "扬声器", "發言人", "說話人", "講話人", "講者", "發言者", "揚聲器",
    ]

    static func parse(_ trimmed: Substring, knownSpeakers: Set<String>) -> (name: Substring, rest: Substring)? {
        if trimmed.hasPrefix("**") {
            return parseBold(trimmed)
        }
        return parsePlain(trimmed, knownSpeakers: knownSpeakers)
    }

    private static func parseBold(_ trimmed: Substring) -> (name: Substring, rest: Substring)? {
        let inner = trimmed.dropFirst(2)
        guard let closing = closingBold(in: inner) else { return nil }
        var name = inner[..<closing]
        var rest = inner[closing...].dropFirst(2)
        if let last = name.last, isColon(last) {
            name = name.dropLast()
        } else if let first = rest.first, isColon(first) {
            rest = rest.dropFirst()
        } else {
            return nil
        }
        let cleanName = name.trimmingWhitespace
        guard isPlausibleName(cleanName) else { return nil }
        return (cleanName, rest.trimmingWhitespace)
    }

    private static func parsePlain(_ trimmed: Substring, knownSpeakers: Set<String>) -> (name: Substring, rest: Substring)? {
        let window = trimmed.prefix(maximumNameLength + 1)
        guard let colon = window.firstIndex(where: isColon) else { return nil }
        let name = trimmed[..<colon].trimmingWhitespace
        guard isPlausibleName(name), knownSpeakers.contains(String(name)) || isPlaceholder(name) else { return nil }
        return (name, trimmed[trimmed.index(after: colon)...].trimmingWhitespace)
    }

    /// The index of the `**` that closes a label, looked for only as far as a name can go.
    private static func closingBold(in inner: Substring) -> Substring.Index? {
        var index = inner.startIndex
        var scanned = 0
        while index < inner.endIndex, scanned <= maximumNameLength + 2 {
            let next = inner.index(after: index)
            if inner[index] == "*", next < inner.endIndex, inner[next] == "*" { return index }
            index = next
            scanned += 1
        }
        return nil
    }

    static func isColon(_ character: Character) -> Bool { character == ":" || character == "：" }

    static func isSentencePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", ",", "!", "?", ";", ":", "。", "，", "！", "？", "；", "：", "、", "*", "\"", "“", "”", "「", "」": true
        default: false
        }
    }

    static func isPlausibleName(_ name: Substring) -> Bool {
        let scalars = name.unicodeScalars
        guard !scalars.isEmpty, scalars.count <= maximumNameLength else { return false }
        if scalars.contains(where: isSentencePunctuation) { return false }
        let words = name.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count <= maximumNameWords else { return false }
        return words.allSatisfy { word in
            guard let first = word.unicodeScalars.first, first.properties.isLowercase else { return true }
            return nameParticles.contains(String(word))
        }
    }

    /// Lower-case words that may stand inside a name (`Vincent van Gogh`); any other
    /// lower-case word marks a bold lead-in such as `**Note that this matters:**`.
    static let nameParticles: Set<String> = ["de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "al", "bin", "ibn", "dos", "del"]

    /// `Speaker A`, `发言人甲`, `扬声器 B`: a speaker noun and a one-character or numeric tag.
    static func isPlaceholder(_ name: Substring) -> Bool {
        for noun in placeholderNouns where name.hasPrefix(noun) {
            let tag = name.dropFirst(noun.count).trimmingWhitespace
            if tag.count == 1 || (!tag.isEmpty && tag.allSatisfy { $0.isASCII && $0.isNumber }) { return true }
        }
        return false
    }
}
