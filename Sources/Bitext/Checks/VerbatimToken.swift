/// Tokens of a software string that are kept as they are in any language: placeholders,
/// URLs, e-mail addresses, file paths, identifiers (`snake_case`, `dotted.name`, `camelCase`,
/// `WebUI`), acronyms (`ID`, `URL`, `PID`), tokens with digits (`H100`, `v2`), markup
/// (`<br>`, `&amp;`). A UI string made only of these, and of names, needs no translation.
enum VerbatimToken {
    /// `token` is one whitespace-delimited run of the text.
    static func isVerbatim<S: StringProtocol>(_ token: S) -> Bool {
        // Any syntax, not only the file's: a code copied into the target is kept whatever it is.
        if token.contains(where: { $0 == "{" || $0 == "}" }) || !PlaceholderScanner.anySyntax.scan(String(token)).placeholders.isEmpty {
            return true
        }
        if token.contains("://") || token.hasPrefix("www.") { return true }
        if token.contains(where: { "<>&=/\\@_".contains($0) }) { return true }
        let core = self.core(of: token)
        guard !core.isEmpty else { return true }
        // `Arch-Update`, `Wi-Fi`: capitalised parts joined by hyphens make a name.
        let parts = core.split(separator: "-")
        if parts.count > 1, parts.allSatisfy({ $0.first?.isUppercase == true }) { return true }
        if core.contains(where: \.isNumber) { return true }
        // An inner `.` joins the parts of a name (`example.com`, `index.html`, `Node.js`).
        if core.contains(".") { return true }
        let letters = core.filter(\.isLetter)
        if letters.count >= 2, letters.allSatisfy(\.isUppercase) { return true }
        return hasInnerCapital(core)
    }

    /// The token without the punctuation around it: `(Beta)` → `Beta`, `Email:` → `Email`.
    static func core<S: StringProtocol>(of token: S) -> Substring {
        let text = Substring(token)
        guard let start = text.firstIndex(where: { $0.isLetter || $0.isNumber }),
              let end = text.lastIndex(where: { $0.isLetter || $0.isNumber })
        else { return "" }
        return text[start...end]
    }

    /// A capital after a lower-case letter: `camelCase`, `iOS`, `WebUI`, `GitHub`.
    private static func hasInnerCapital(_ word: Substring) -> Bool {
        var previousIsLower = false
        for character in word {
            if character.isUppercase, previousIsLower { return true }
            previousIsLower = character.isLowercase
        }
        return false
    }
}
