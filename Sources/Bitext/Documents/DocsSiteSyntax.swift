/// What documentation-site generators add to Markdown, recognised line by line: Hugo
/// shortcodes (`{{< name attrs >}}`, `{{% name %}}`), Docusaurus/MDX admonitions (`:::note`)
/// and component tags (`<Tabs>`, `<TabItem value="x">`), MDX `import` lines, MkDocs
/// admonitions (`!!! note "Title"`), and heading ids (`{#anchor}`, `<a name="x"></a>`).
///
/// No Markdown library bitext may use knows these extensions (they are each generator's
/// own), so they are recognised here, on the lines the reader has already split.
enum DocsSiteSyntax {
    /// Shortcodes whose body is code or console output, never prose (`{{< text bash >}}` …
    /// `{{< /text >}}` in Istio, `highlight` in Hugo, `mermaid` diagrams).
    static let codeShortcodes: Set<String> = ["text", "highlight", "mermaid", "code", "code-block", "codeblock", "output", "terminal", "shell", "console", "raw"]

    /// One shortcode tag: its name, whether it closes (`{{< /name >}}`), and where it ends.
    struct Shortcode: Equatable {
        var name: String
        var isClosing: Bool
        var end: Substring.Index
    }

    /// The shortcode tag that starts `text` (which must begin with `{{<` or `{{%`), or nil.
    static func shortcode(at text: Substring) -> Shortcode? {
        guard text.hasPrefix("{{<") || text.hasPrefix("{{%") else { return nil }
        let closing = text.dropFirst(2).first == "<" ? ">}}" : "%}}"
        let inner = text.dropFirst(3)
        guard let closeRange = inner.range(of: closing) else { return nil }
        var body = inner[..<closeRange.lowerBound].drop { $0 == " " || $0 == "\t" }
        let isClosing = body.first == "/"
        if isClosing { body = body.dropFirst().drop { $0 == " " } }
        let name = body.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." || $0 == "/" }
        // `{{</* … */>}}` is an escaped shortcode shown as text, and a name is required.
        guard !name.isEmpty, !body.hasPrefix("/*") else { return nil }
        return Shortcode(name: String(name), isClosing: isClosing, end: closeRange.upperBound)
    }

    /// The shortcodes of a line made of shortcodes and nothing else, or nil.
    static func shortcodeOnlyLine(_ trimmed: Substring) -> [Shortcode]? {
        var rest = trimmed
        var found: [Shortcode] = []
        while !rest.isEmpty {
            guard let tag = shortcode(at: rest) else { return nil }
            found.append(tag)
            rest = rest[tag.end...].drop { $0 == " " || $0 == "\t" }
        }
        return found.isEmpty ? nil : found
    }

    /// `:::note Title`, `:::` (Docusaurus, VuePress), `!!! note "Title"`, `??? tip`,
    /// `???+ tip` (MkDocs Material): lines that open or close an admonition box.
    static func isAdmonitionLine(_ trimmed: Substring) -> Bool {
        if trimmed.hasPrefix(":::") {
            let rest = trimmed.drop { $0 == ":" }
            return rest.isEmpty || rest.first!.isLetter || rest.first == " " || rest.first == "{"
        }
        for opener in ["!!!", "???+", "???"] where trimmed.hasPrefix(opener) {
            let rest = trimmed.dropFirst(opener.count)
            return rest.first == " " && rest.dropFirst().first?.isLetter == true
        }
        return false
    }

    /// A line made only of HTML/JSX tags (`<Tabs>`, `<TabItem value="a" label="A">`,
    /// `</div>`, `<br/>`): structure in MDX and in HTML-heavy Markdown. Text between tags on
    /// the same line makes it prose.
    static func isTagOnlyLine(_ trimmed: Substring) -> Bool {
        var rest = trimmed
        var tags = 0
        while !rest.isEmpty {
            guard rest.first == "<", let end = tagEnd(rest) else { return false }
            tags += 1
            rest = rest[end...].drop { $0 == " " || $0 == "\t" }
        }
        return tags > 0
    }

    /// The index after a tag starting at `text` (`<name …>`, `</name>`, `<name/>`), or nil
    /// when `text` does not start with a tag (`<-`, `< 5`, an autolink `<https://…>`).
    static func tagEnd(_ text: Substring) -> Substring.Index? {
        var body = text.dropFirst()
        if body.first == "/" { body = body.dropFirst() }
        guard let first = body.first, first.isASCII, first.isLetter else { return nil }
        let name = body.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == ":") }
        let afterName = body[name.endIndex...]
        guard let next = afterName.first, next == ">" || next == "/" || next == " " || next == "\t" || next == "\n" else { return nil }
        var quote: Character?
        var index = afterName.startIndex
        while index < text.endIndex {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" || character == "{" {
                quote = character == "{" ? "}" : character
            } else if character == ">" {
                return text.index(after: index)
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// `import Tabs from '@theme/Tabs';` and `export const x = …` lines of MDX.
    static func isModuleLine(_ trimmed: Substring) -> Bool {
        (trimmed.hasPrefix("import ") && (trimmed.contains(" from ") || trimmed.hasSuffix("';") || trimmed.hasSuffix("\";")))
            || trimmed.hasPrefix("export const ") || trimmed.hasPrefix("export default ")
    }

    /// A heading's text without its id: `Virtual services {#virtual-services}`,
    /// `Title {: #id .class}`, `<a name="x"></a>Title`. The id is an anchor for links, the
    /// same in every language; it is not text to translate or align.
    static func headingWithoutIds(_ text: Substring) -> Substring {
        var result = text
        if result.hasSuffix("}"), let open = result.lastIndex(of: "{") {
            let inner = result[result.index(after: open)..<result.index(before: result.endIndex)].drop { $0 == ":" || $0 == " " }
            if inner.hasPrefix("#") || inner.hasPrefix(".") {
                result = result[..<open].trimmingWhitespace
            }
        }
        while let anchor = emptyAnchor(in: result) {
            result = (result[..<anchor.lowerBound] + result[anchor.upperBound...])[...].trimmingWhitespace
        }
        return result
    }

    /// `<a name="x"></a>` or `<a id="x"></a>` (or self-closing) anywhere in `text`.
    private static func emptyAnchor(in text: Substring) -> Range<Substring.Index>? {
        var searchStart = text.startIndex
        while let open = text[searchStart...].range(of: "<a ") {
            if let end = tagEnd(text[open.lowerBound...]) {
                let tag = text[open.lowerBound..<end]
                if tag.contains("name=") || tag.contains("id=") {
                    if tag.hasSuffix("/>") { return open.lowerBound..<end }
                    let after = text[end...]
                    if after.hasPrefix("</a>") { return open.lowerBound..<after.index(after.startIndex, offsetBy: 4) }
                }
            }
            searchStart = open.upperBound
        }
        return nil
    }
}
