/// One entry of a gettext PO file as written: comments, flags, strings and where they are.
/// Strings are decoded (escapes resolved); `lines` are 1-based lines of the file.
struct POEntry: Sendable, Hashable {
    /// `# ` lines, each without the `#` and the one space after it.
    var translatorComments: [String] = []
    /// `#.` lines: comments the extractor took from the program's source.
    var extractedComments: [String] = []
    /// `#:` references (`src/main.c:12`), one per reference, in order.
    var references: [String] = []
    /// `#,` flags (`fuzzy`, `c-format`, `no-wrap`), in order.
    var flags: [String] = []
    /// `#| msgctxt`, `#| msgid`, `#| msgid_plural`: the strings a fuzzy match was made from.
    var previousContext: String?
    var previousID: String?
    var previousPluralID: String?
    var context: String?
    var id = ""
    var pluralID: String?
    /// `msgstr`, or `msgstr[0]`, `msgstr[1]`… of a plural entry, in index order.
    var translations: [String] = []
    /// Written with `#~`: kept by the catalogue's owner, no longer used by the program.
    var isObsolete = false
    var lines = Lines()

    struct Lines: Sendable, Hashable {
        /// The entry's first line (its first comment, or its first keyword).
        var first = 0
        /// Its last line holding a string.
        var last = 0
        var id = 0
        var pluralID: Int?
        var translations: [Int] = []
    }

    /// The header entry: `msgid ""` without context, which holds the catalogue's fields.
    var isHeader: Bool { id.isEmpty && context == nil && !isObsolete }
    var isFuzzy: Bool { flags.contains("fuzzy") }
    var isPlural: Bool { pluralID != nil }
}
