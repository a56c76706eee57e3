import Foundation

/// Inline markup that differs between source and target: Markdown emphasis, links, inline
/// code and HTML/XML tags, plus emphasis broken by spaces inside its markers
/// (`** 成本与地缘影响 **` renders as literal asterisks).
public struct MarkupCheck: PairCheck {
    public static let description = CheckDescription(
        id: "markup", name: "Markup",
        summary: "Emphasis, links, inline code or tags differ between source and target, or emphasis is broken.",
        defaultSeverity: .warning,
        passingExamples: [
            CheckExample("Read the **DeepSeek** paper at [arXiv](https://arxiv.org).", "阅读 [arXiv](https://arxiv.org) 上的 **DeepSeek** 论文。"),
            CheckExample("Default branch: <none>", "默认分支：<无>"),
        ],
        failingExamples: [
            CheckExample("Cost and geopolitics", "** 成本与地缘影响 **"),
            CheckExample("See the `nccl` docs at [NVIDIA](https://nvidia.com).", "请参阅 NVIDIA 的 nccl 文档。"),
            CheckExample("Press <b>Run</b>.", "按<b>运行。"),
        ],
        prerequisites: ["untranslated", "alignment"],
        options: .declared(by: Options.self)
    )

    /// How emphasis is compared: a style guide may ask for `**x**` where the source has `_x_`.
    public enum EmphasisComparison: String, Sendable, CaseIterable {
        /// Emphasised spans are counted, whatever their markers.
        case count
        /// Bold markers (`**`) are compared as written.
        case markers
    }

    public struct Options: CheckOptions {
        public var emphasis = EmphasisComparison.count
        /// The project's own link localization (`.bitext.yml` `links: map:`), tried besides
        /// the locale prefixes `LocalizedLink` knows.
        public var linkMap: [LinkPrefixMapping] = []

        public init() {}

        public static let elements: [CheckOptionElement<Options>] = [
            .choice("emphasis", \.emphasis, summary: "count emphasised spans whatever their markers, or compare bold markers as written"),
        ]
    }

    public init() {}

    public func check(_ pair: AlignedPair, in bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        guard !pair.target.isEmpty else { return [] }
        let broken = Self.brokenEmphasis(in: pair.targetText)
        var messages = broken.map { "emphasis “\($0)” has spaces inside its markers and will not render" }
        if !pair.source.isEmpty {
            let source = InlineMarkup(pair.sourceText)
            let target = InlineMarkup(pair.targetText)
            // An odd count is emphasis running over a sentence end into the neighbouring pair,
            // and broken emphasis is already reported: neither is a second problem.
            switch context.options(Options.self).emphasis {
            case .count:
                // Only lost emphasis is reported: Chinese docs bold UI labels and terms the
                // source leaves plain as a matter of style, and emphasis that became inline
                // code (`_edition.cnn.com_` → `` `edition.cnn.com` ``) is still set apart.
                let becameCode = max(0, target.code.count - source.code.count)
                if source.emphasis > target.emphasis + becameCode, broken.isEmpty, source.emphasisIsClosed, target.emphasisIsClosed {
                    messages.append("emphasis: \(source.emphasis) in the source, \(target.emphasis) in the target")
                }
            case .markers:
                if source.strong != target.strong, broken.isEmpty, source.strong % 2 == 0, target.strong % 2 == 0 {
                    messages.append("bold: \(source.strong) in the source, \(target.strong) in the target")
                }
            }
            if let code = Self.inlineCodeDifference(source: source.code, target: target.code, pair: pair) {
                messages.append(code)
            }
            let linkMap = context.options(Options.self).linkMap
            let targetLinks = Set(target.links.flatMap { LocalizedLink.sourceForms(of: $0, map: linkMap) })
            // A link to a heading of the same page may be written `#id` on one side and
            // with the page's path on the other.
            let targetFragments = Set(target.links.compactMap(LocalizedLink.fragment(of:)))
            let missingLinks = source.links.filter { link in
                guard !targetLinks.contains(LocalizedLink.unlocalized(link)) else { return false }
                guard let fragment = LocalizedLink.fragment(of: link), targetFragments.contains(fragment) else { return true }
                return !(link.hasPrefix("#") || target.links.contains { $0.lowercased().hasPrefix("#") && $0.lowercased() == fragment })
            }
            if !missingLinks.isEmpty {
                messages.append("link targets missing in the translation: \(missingLinks.sorted().joined(separator: ", "))")
            }
            if source.tags != target.tags {
                messages.append("tags differ: \(source.tags.sorted()) in the source, \(target.tags.sorted()) in the target")
            }
            if source.shortcodes != target.shortcodes {
                messages.append("shortcodes differ: \(source.shortcodes) in the source, \(target.shortcodes) in the target")
            }
            if let codes = Self.inlineCodeDifference(pair) {
                messages.append(codes)
            }
        } else if !InlineMarkup(pair.targetText).balancedTags {
            messages.append("tags do not balance")
        }
        return messages.map { finding($0, pair: pair, in: bitext, context: context) }
    }

    /// Inline code spans that one side has and the other lacks, except where the text is
    /// there all the same: a name the translator put in code (`DestinationRule` for
    /// "destination rule") or wrote as a word, a repeated or plural code, or a code span
    /// whose text was translated (a UI label in backticks). Compared on letters and digits,
    /// lower-cased, without a plural `s`.
    static func inlineCodeDifference(source: [String], target: [String], pair: AlignedPair) -> String? {
        guard source != target else { return nil }
        func key(_ text: String) -> String {
            var key = String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
            if key.count > 3, key.hasSuffix("s") { key.removeLast() }
            return key
        }
        let sourceKeys = Set(source.map(key))
        let targetKeys = Set(target.map(key))
        let sourceProse = key(pair.sourceProse)
        let targetProse = key(pair.targetProse)
        // `ServiceEntry` is in "service entries": a long key may lose its last letter.
        func written(_ code: String, in prose: String) -> Bool {
            let codeKey = key(code)
            return !codeKey.isEmpty && (prose.contains(codeKey) || (codeKey.count > 5 && prose.contains(codeKey.dropLast())))
        }
        var onlySource = source.filter { !targetKeys.contains(key($0)) && !written($0, in: targetProse) }
        let onlyTarget = target.filter { code in
            !sourceKeys.contains(key(code)) && !written(code, in: sourceProse) && !code.unicodeScalars.contains(where: \.isHan)
        }
        let translated = Set(target.filter { $0.unicodeScalars.contains(where: \.isHan) })
        if translated.count >= Set(onlySource).count { onlySource.removeAll() }
        guard !onlySource.isEmpty || !onlyTarget.isEmpty else { return nil }
        let describe = { (codes: [String]) in codes.isEmpty ? "none" : Set(codes).sorted().map { "`\($0)`" }.joined(separator: ", ") }
        return "inline code: \(describe(onlySource)) only in the source, \(describe(onlyTarget)) only in the target"
    }

    /// Inline codes of an exchange-format segment (TMX, XLIFF) that the translation has
    /// more or fewer of, by kind: a dropped `<ph/>` or bold span is lost formatting.
    static func inlineCodeDifference(_ pair: AlignedPair) -> String? {
        func counts(_ codes: [InlineCode]) -> [String: Int] {
            codes.reduce(into: [:]) { counts, code in
                switch code.role {
                case .standalone: counts["placeholder", default: 0] += 1
                case .opening, .closing: counts[code.isolated ? "isolated code" : "paired code", default: 0] += 1
                case .annotationStart: counts["annotation", default: 0] += 1
                case .annotationEnd, .character: break
                }
            }
        }
        guard pair.source.contains(where: { !$0.codes.isEmpty }) || pair.target.contains(where: { !$0.codes.isEmpty }) else { return nil }
        let source = counts(pair.sourceCodes)
        let target = counts(pair.targetCodes)
        guard source != target else { return nil }
        // An ICU plural repeats its codes in each branch, and Chinese keeps only `other`:
        // fewer copies of the same kinds are not lost codes (`PlaceholdersCheck` compares branches).
        if Set(source.keys) == Set(target.keys), target.allSatisfy({ $0.value <= source[$0.key, default: 0] }),
           PlaceholderScanner.anySyntax.scan(pair.sourceText).placeholders.contains(where: { $0.message != nil }) {
            return nil
        }
        let describe = { (counts: [String: Int]) in
            counts.isEmpty ? "none" : counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        }
        return "inline codes differ: \(describe(source)) in the source, \(describe(target)) in the target"
    }

    /// Whether `text` may hold markup, i.e. a `*`, `_`, `` ` ``, `]`, `<` or `{` Character,
    /// where every piece of markup starts. Most segments have none; in text whose Characters
    /// are its scalars such a Character is that very scalar, so a scalar scan settles them.
    static func mayHoldMarkup(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            !SingleScalarCharacters.admits(scalar) || scalar == "*" || scalar == "_" || scalar == "`" || scalar == "]" || scalar == "<" || scalar == "{"
        }
    }

    /// `** text **`-style spans: an opening `**` followed by a space, or a closing `**` after one.
    static func brokenEmphasis(in text: String) -> [String] {
        mayHoldMarkup(text) ? brokenEmphasisByCharacter(in: text) : []
    }

    /// `brokenEmphasis` on Characters, for any text.
    static func brokenEmphasisByCharacter(in text: String) -> [String] {
        let characters = Array(text)
        var markers: [Int] = []
        var index = 0
        while index + 1 < characters.count {
            if characters[index] == "*" && characters[index + 1] == "*" {
                markers.append(index)
                index += 2
            } else {
                index += 1
            }
        }
        var broken: [String] = []
        for pairStart in stride(from: 0, to: markers.count - 1, by: 2) {
            let open = markers[pairStart]
            let close = markers[pairStart + 1]
            guard close > open + 2 else { continue }
            let innerFirst = characters[open + 2]
            let innerLast = characters[close - 1]
            if innerFirst.isWhitespace || innerLast.isWhitespace {
                broken.append(String(characters[open..<(close + 2)]))
            }
        }
        return broken
    }
}

/// The inline markup of one text, as counts and sets that survive translation unchanged.
struct InlineMarkup: Equatable {
    /// `**` markers, as written.
    var strong = 0
    /// Emphasised spans, whatever their markers (`**x**`, `__x__`, `*x*`, `_x_`).
    var emphasis = 0
    /// Whether every emphasis marker found has its partner in this text.
    var emphasisIsClosed = true
    var code: [String] = []
    var links: Set<String> = []
    var tags: [String] = []
    /// Names of docs-site shortcodes (`{{< gloss >}}`, `{{% notice %}}`) opened or used, sorted.
    var shortcodes: [String] = []
    var balancedTags = true

    /// The markup of `text`; text that `MarkupCheck.mayHoldMarkup` clears has none.
    init(_ text: String) {
        self = MarkupCheck.mayHoldMarkup(text) ? InlineMarkup(scanning: text) : InlineMarkup()
    }

    /// No markup.
    init() {}

    /// The markup of `text`, found by reading every Character.
    init(scanning text: String) {
        let characters = Array(text)
        var index = 0
        var openTags: [String] = []
        var doubleMarkers = 0
        var singleMarkers = 0
        while index < characters.count {
            let character = characters[index]
            if character == "{", let end = Self.shortcodeEnd(characters, at: index) {
                let inner = String(characters[(index + 3)..<(end - 3)]).trimmingCharacters(in: .whitespaces)
                if !inner.hasPrefix("/"), let name = inner.split(whereSeparator: { $0 == " " || $0 == "\t" }).first {
                    shortcodes.append(String(name))
                }
                index = end
                continue
            }
            if character == "*" || character == "_" {
                let run = characters[index...].prefix { $0 == character }.count
                if run <= 2, Self.isEmphasisDelimiter(characters, from: index, length: run) {
                    if run == 2 { doubleMarkers += 1 } else { singleMarkers += 1 }
                }
                if character == "*", run == 2 { strong += 1 }
                index += run
                continue
            }
            if character == "`", let end = characters[(index + 1)...].firstIndex(of: "`") {
                code.append(String(characters[(index + 1)..<end]))
                index = end + 1
                continue
            }
            if character == "]", index + 1 < characters.count, characters[index + 1] == "(",
               let end = characters[(index + 2)...].firstIndex(of: ")") {
                links.insert(String(characters[(index + 2)..<end]))
                index = end + 1
                continue
            }
            // Long enough for an `<a href>` with a localized URL; short enough that a stray `<`
            // in prose does not reach a `>` sentences later.
            if character == "<", let end = characters[(index + 1)...].prefix(600).firstIndex(of: ">") {
                let inside = String(characters[(index + 1)..<end])
                let name = inside.trimmingCharacters(in: CharacterSet(charactersIn: "/ ")).split(separator: " ").first.map(String.init) ?? ""
                if !name.isEmpty, name.first!.isLetter, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == ":" }) {
                    let isClosing = inside.hasPrefix("/")
                    let isSelfClosing = inside.hasSuffix("/")
                    if Self.isLiteralAngleWord(name, inside: inside, closedLater: characters[end...].contains("<")
                        && String(characters[end...]).contains("</\(name)")) {
                        index += 1
                        continue
                    }
                    index = end + 1
                    // Table cells and other blocks open in one sentence and close in another:
                    // where sentences split differently they differ, and no formatting is lost.
                    guard !Self.blockTags.contains(name.lowercased()) else { continue }
                    tags.append(isClosing ? "/" + name : name)
                    if isClosing {
                        if openTags.last == name { openTags.removeLast() } else { balancedTags = false }
                    } else if !isSelfClosing {
                        openTags.append(name)
                    }
                    continue
                }
            }
            index += 1
        }
        if !openTags.isEmpty { balancedTags = false }
        emphasis = doubleMarkers / 2 + singleMarkers / 2
        emphasisIsClosed = doubleMarkers % 2 == 0 && singleMarkers % 2 == 0
        tags.sort()
        code.sort()
        shortcodes.sort()
    }

    /// `<none>`, `<empty>`, `<default>`: a word in angle brackets that UI strings show as
    /// text, and its translation `<无>`. Not an HTML element, no attributes, lowercase, and never closed: a component
    /// (`<Tabs>`) or custom element that is closed later is still markup.
    static func isLiteralAngleWord(_ name: String, inside: String, closedLater: Bool) -> Bool {
        guard !closedLater, inside == name else { return false }
        // Tag names are ASCII: `<无>` is the translation of `<none>`.
        return !name.contains { $0.isASCII } || name.allSatisfy({ $0.isLowercase && $0.isASCII }) && !htmlElements.contains(name)
    }

    /// HTML element names (WHATWG), for telling `<none>` from `<br>`.
    static let htmlElements: Set<String> = [
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "blockquote", "body", "br",
        "button", "canvas", "caption", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del", "details", "dfn",
        "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label",
        "legend", "li", "link", "main", "map", "mark", "menu", "meta", "meter", "nav", "noscript", "object", "ol",
        "optgroup", "option", "output", "p", "param", "picture", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp",
        "script", "search", "section", "select", "slot", "small", "source", "span", "strong", "style", "sub", "summary",
        "sup", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "u",
        "ul", "var", "video", "wbr", "center", "font", "big", "tt", "strike",
    ]

    /// HTML elements that hold blocks rather than mark up text.
    static let blockTags: Set<String> = [
        "table", "thead", "tbody", "tfoot", "tr", "td", "th", "div", "p", "ul", "ol", "li", "dl", "dt", "dd", "section",
        "details", "summary", "blockquote", "pre", "figure", "figcaption", "center",
    ]

    /// The index after a `{{< … >}}` or `{{% … %}}` shortcode starting at `index`, or nil.
    private static func shortcodeEnd(_ characters: [Character], at index: Int) -> Int? {
        guard index + 2 < characters.count, characters[index + 1] == "{", characters[index + 2] == "<" || characters[index + 2] == "%" else { return nil }
        let delimiter = characters[index + 2] == "<" ? Character(">") : "%"
        var cursor = index + 3
        while cursor + 2 < characters.count {
            if characters[cursor] == delimiter, characters[cursor + 1] == "}", characters[cursor + 2] == "}" { return cursor + 3 }
            cursor += 1
        }
        return nil
    }

    /// Whether the `*`/`_` run at `start` opens or closes emphasis: something other than
    /// whitespace on one side, and for `_` no letter or digit on the outer side (so
    /// `snake_case` is a word, not emphasis).
    private static func isEmphasisDelimiter(_ characters: [Character], from start: Int, length: Int) -> Bool {
        let before: Character? = start > 0 ? characters[start - 1] : nil
        let after: Character? = start + length < characters.count ? characters[start + length] : nil
        let opens = after.map { !$0.isWhitespace } ?? false
        let closes = before.map { !$0.isWhitespace } ?? false
        guard opens || closes else { return false }
        if characters[start] == "_" {
            let inWord = (before.map { $0.isLetter || $0.isNumber } ?? false) && (after.map { $0.isLetter || $0.isNumber } ?? false)
            if inWord { return false }
            if opens && !closes { return !(before.map { $0.isLetter || $0.isNumber } ?? false) }
            if closes && !opens { return !(after.map { $0.isLetter || $0.isNumber } ?? false) }
        }
        return true
    }
}
