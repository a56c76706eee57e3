import Foundation

/// A link target without its locale, so that a page's link and its translation's compare
/// equal: docs sites prefix the pages of a translation with its locale (`/docs/x` becomes
/// `/zh/docs/x`, `/zh-cn/docs/x`, `../zh/x`, `https://kubernetes.io/zh-cn/docs/x`,
/// `?hl=zh-cn`), and translators point external links at the Chinese edition
/// (`/en-us/guide` → `/guide`). A trailing slash is not a difference either. Whatever else
/// differs is still a different target.
enum LocalizedLink {
    /// Path segments and query values that name a Chinese or English locale.
    static let locales: Set<String> = [
        "zh", "zh-cn", "zh_cn", "zh-hans", "zh-hans-cn", "zh-sg", "zh-tw", "zh_tw", "zh-hant", "zh-hant-tw", "zh-hk", "zh_hk",
        "en", "en-us", "en_us", "en-gb", "en_gb",
    ]

    /// The `#fragment` of a link, lower-cased, or nil.
    static func fragment(of link: String) -> String? {
        link.firstIndex(of: "#").map { link[$0...].lowercased() }
    }

    /// What a translation's link may stand for in the source: the link without its locale,
    /// and, where a configured prefix of the translation starts it, with the source's prefix.
    static func sourceForms(of link: String, map: [LinkPrefixMapping]) -> [String] {
        var forms = [unlocalized(link)]
        for mapping in map where link.hasPrefix(mapping.target) {
            forms.append(unlocalized(mapping.source + link.dropFirst(mapping.target.count)))
        }
        return forms
    }

    /// `link` without a locale path segment or locale query parameter, and without a
    /// trailing slash.
    static func unlocalized(_ written: String) -> String {
        // `{{< github_tree >}}/x` and `{{<github_tree>}}/x` are one target: a destination has
        // no spaces outside shortcodes.
        let link = written.contains("{{") ? written.replacingOccurrences(of: " ", with: "") : written
        let (beforeFragment, fragment) = split(link, at: "#")
        let (path, query) = split(beforeFragment, at: "?")
        var segments = path.split(separator: "/", omittingEmptySubsequences: false)
        // A scheme's `https:` and host are never a locale; the first locale segment goes.
        let firstPathSegment = path.contains("://") ? 3 : 0
        if let index = segments.indices.dropFirst(firstPathSegment).first(where: { locales.contains(segments[$0].lowercased()) }) {
            segments.remove(at: index)
        }
        if segments.count > 1, segments.last == "" { segments.removeLast() }
        var result = segments.joined(separator: "/")
        if let query {
            let kept = query.split(separator: "&").filter { parameter in
                let parts = parameter.split(separator: "=", maxSplits: 1)
                return !(parts.count == 2 && ["hl", "lang", "locale", "language"].contains(parts[0].lowercased())
                    && locales.contains(parts[1].lowercased()))
            }
            if !kept.isEmpty { result += "?" + kept.joined(separator: "&") }
        }
        // Hugo and most generators make heading ids lower-case.
        if let fragment { result += "#" + fragment.lowercased() }
        return result
    }

    private static func split(_ text: String, at separator: Character) -> (String, String?) {
        guard let index = text.firstIndex(of: separator) else { return (text, nil) }
        return (String(text[..<index]), String(text[text.index(after: index)...]))
    }
}

/// A project's rule for localized links: a source link starting with `source` is written
/// starting with `target` in the translation (`/docs/` → `/zh-cn/docs/`).
public struct LinkPrefixMapping: Sendable, Hashable {
    public var source: String
    public var target: String

    public init(source: String, target: String) {
        self.source = source
        self.target = target
    }
}
