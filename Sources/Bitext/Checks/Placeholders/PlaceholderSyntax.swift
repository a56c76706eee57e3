/// The ways software strings write a value the program fills in. Which ones apply to a
/// string comes from its producer where known (gettext flags, Xcode, ICU catalogue names),
/// from configuration, or else the unambiguous default set: syntaxes that ordinary English
/// or Chinese text never writes by accident.
public enum PlaceholderSyntax: String, Sendable, CaseIterable, Hashable {
    /// C/Apple/Android printf: `%d %ld %lld %u %.1f %s %@ %%`, positional `%1$@ %2$d`. The
    /// space flag (`% d`) is left out: "50% off" would read as one.
    case printf
    /// Python's `%(name)s`.
    case pythonNamed = "python-named"
    /// `{name}`, `{0}`, `{name:>10}`, and ICU MessageFormat arguments `{n, number}`,
    /// `{count, plural, one {…} other {…}}`, `{x, select, …}` whose branches are compared one by one.
    case brace
    /// Angular, Vue, Handlebars, i18next: `{{ x }}`, `{{{ x }}}`.
    case doubleBrace = "double-brace"
    /// JavaScript and shell templates: `${x}`.
    case dollarBrace = "dollar-brace"
    /// Ruby: `%{x}`.
    case percentBrace = "percent-brace"
    /// Symfony: `%name%` (two characters at least, so `%d%%` stays printf).
    case symfony
    /// i18next nesting: `$t(key)`.
    case i18nextNesting = "i18next-nesting"
    /// Escapes kept as text in the string: `\n`, `\t`, `\"`.
    case escapes
    /// HTML character references in text (`&nbsp;`, `&#8212;`): off by default, since a
    /// translation may write `&amp;` as 和.
    case htmlEntities = "html-entities"

    /// What the check reads when nothing says otherwise.
    public static let unambiguous: Set<PlaceholderSyntax> = Set(allCases).subtracting([.htmlEntities])

    /// The syntaxes of one unit: a gettext `*-format` flag names the unit's syntax exactly
    /// (`c-format` is printf, `python-format` printf and `%(name)s`, `python-brace-format` and
    /// the ICU-style flags braces), `no-*-format` takes it away; escapes stay in any case.
    public static func forUnit(flags: [String], fileDefault: Set<PlaceholderSyntax>) -> Set<PlaceholderSyntax> {
        guard !flags.isEmpty else { return fileDefault }
        var named: Set<PlaceholderSyntax> = []
        var removed: Set<PlaceholderSyntax> = []
        for flag in flags {
            let trimmed = flag.trimmingCharacters(in: .whitespaces).lowercased()
            guard trimmed.hasSuffix("-format") else { continue }
            let negated = trimmed.hasPrefix("no-")
            let name = String(trimmed.dropFirst(negated ? 3 : 0).dropLast("-format".count))
            let syntaxes: Set<PlaceholderSyntax> = switch name {
            case "c", "objc", "c++", "sh", "awk", "php", "gcc-internal", "boost", "java-printf": [.printf]
            case "python": [.printf, .pythonNamed]
            case "python-brace", "csharp", "java": [.brace]
            case "javascript": [.printf, .brace, .dollarBrace]
            case "ruby": [.printf, .percentBrace]
            case "perl-brace": [.brace]
            default: []
            }
            if negated { removed.formUnion(syntaxes) } else { named.formUnion(syntaxes) }
        }
        let base = named.isEmpty ? fileDefault : named.union([.escapes])
        return base.subtracting(removed)
    }

    /// The syntaxes of a file: configured ones win; a Symfony ICU catalogue (`+intl-icu` in
    /// its name) writes ICU arguments, not `%name%`.
    public static func forFile(path: String, configured: Set<PlaceholderSyntax>?) -> Set<PlaceholderSyntax> {
        if let configured { return configured }
        if path.contains("+intl-icu") { return unambiguous.subtracting([.symfony]) }
        return unambiguous
    }
}
