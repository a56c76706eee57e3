/// One placeholder as written in a string.
struct Placeholder: Sendable, Hashable {
    var syntax: PlaceholderSyntax
    /// As written, e.g. `%1$@`, `{{ user.name }}`.
    var text: String
    /// What must be the same in source and translation: the syntax's own normal form, so that
    /// `{{user.name}}` and `{{ user.name }}` are one placeholder and `%i` is `%d`.
    var identity: String
    /// UTF-8 offsets in the string it was found in.
    var bytes: Range<Int>
    /// printf: the argument's explicit position (`%2$d` → 2); nil when it takes the next one.
    var position: Int?
    /// printf: the conversion without its position (`%2$ld` → `ld`), `i` written as `d`.
    var conversion: String?
    /// ICU: what a plural or select argument is, with its branches.
    var message: ICUArgument?

    /// The text as the message names it; long expressions are cut.
    var quoted: String {
        let shown = text.count > 40 ? String(text.prefix(37)) + "…" : text
        return "`\(shown)`"
    }
}

/// An ICU MessageFormat argument with branches: `{count, plural, one {…} other {…}}`.
struct ICUArgument: Sendable, Hashable {
    var name: String
    /// `plural`, `select` or `selectordinal`.
    var kind: String
    /// Branch keys in order (`=0`, `one`, `other`, `male`) and the placeholders inside each;
    /// `#` in a plural branch is a placeholder of its own.
    var branches: [(key: String, placeholders: [Placeholder])]

    static func == (lhs: ICUArgument, rhs: ICUArgument) -> Bool {
        lhs.name == rhs.name && lhs.kind == rhs.kind && lhs.branches.map(\.key) == rhs.branches.map(\.key)
            && lhs.branches.map(\.placeholders) == rhs.branches.map(\.placeholders)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(kind)
        hasher.combine(branches.map(\.key))
    }

    func branch(_ key: String) -> [Placeholder]? {
        branches.first { $0.key == key }?.placeholders
    }
}
