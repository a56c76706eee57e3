/// `#:` reference lines: references separated by spaces, where a file name with spaces is
/// written between U+2068 and U+2069 (as gettext 0.20 and later write it).
enum POReferences {
    static func split(_ line: Substring) -> [String] {
        var references: [String] = []
        var current = ""
        var isolated = false
        for character in line {
            if character == "\u{2068}" { isolated = true }
            if character == "\u{2069}" { isolated = false }
            if !isolated, character == " " || character == "\t" {
                if !current.isEmpty { references.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { references.append(current) }
        return references
    }

    /// The `#:` lines gettext writes for `references`: as many to a line as fit in
    /// `pageWidth` columns (counted in bytes, as gettext counts them).
    static func lines(_ references: [String], pageWidth: Int = POStringWrapper.pageWidth) -> [String] {
        guard !references.isEmpty else { return [] }
        var lines: [String] = []
        var line = "#:"
        var column = 2
        for reference in references {
            let length = reference.utf8.count + 1
            if column > 2, column + length > pageWidth {
                lines.append(line)
                line = "#:"
                column = 2
            }
            line += " " + reference
            column += length
        }
        lines.append(line)
        return lines
    }
}
