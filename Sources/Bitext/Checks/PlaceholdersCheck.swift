/// Placeholders of software strings (`%1$@`, `{count}`, `{{ name }}`, `%(user)s`, ICU plurals)
/// that the translation lost, added, doubled, garbled or renumbered: each one breaks the
/// program or what it shows. Bilingual files only: a document's braces are text.
///
/// Which syntaxes a string uses comes from its unit's gettext flags, the file (a Symfony ICU
/// catalogue), the `syntaxes` option, or else `PlaceholderSyntax.unambiguous`.
public struct PlaceholdersCheck: PairCheck {
    public static let description = CheckDescription(
        id: "placeholders", name: "Placeholders",
        summary: "A placeholder of the source is missing, added, doubled, garbled or renumbered in the translation.",
        defaultSeverity: .error,
        passingExamples: [
            CheckExample("Delete %@?", "删除 %@？"),
            CheckExample("%1$@ shared %2$@", "%2$@ 由 %1$@ 分享"),
            CheckExample("Hello {name}, you have {count} messages", "{name}，你好，你有 {count} 条消息"),
            CheckExample("{count, plural, one {# item} other {# items}}", "{count, plural, other {# 个项目}}"),
            CheckExample("Logged in as {{ user.name }}", "已登录为 {{user.name}}"),
            CheckExample("Sent 100% of %d files", "已发送 %d 个文件的 100%"),
            CheckExample("Search for %search%", "搜索 %search%"),
        ],
        failingExamples: [
            CheckExample("Delete %@?", "删除？"),
            CheckExample("Delete %@?", "删除 % @？"),
            CheckExample("%1$@ shared %2$@", "%1$@ 分享了 %1$@"),
            CheckExample("%s has %d files", "%d 个文件属于 %s"),
            CheckExample("Hello {name}", "你好，{nmae}"),
            CheckExample("{count, plural, one {# item} other {# items}}", "{count, plural, one {# 个项目}}"),
            CheckExample("Logged in as {{ user.name }}", "已登录为 ｛｛user.name｝｝"),
            CheckExample("Open %@", "打开 %@ %@"),
        ],
        options: .declared(by: Options.self)
    )

    public struct Options: CheckOptions {
        /// nil: chosen per file and unit.
        public var syntaxes: Set<PlaceholderSyntax>?

        public init() {}

        public static let elements: [CheckOptionElement<Options>] = [
            .choices(
                "syntaxes", \.syntaxes,
                summary: "the placeholder syntaxes the strings use; auto: from gettext flags and the file, else the unambiguous ones"),
        ]
    }

    public init() {}

    public func check(_ pair: AlignedPair, in bitext: AlignedBitext, context: CheckContext) -> [Finding] {
        guard bitext.sourceDocument == nil, !pair.isUnaligned,
              PlaceholderScanner.mayHoldPlaceholder(pair.sourceText) || PlaceholderScanner.mayHoldPlaceholder(pair.targetText) else { return [] }
        let scanner = PlaceholderScanner(syntaxes: Self.syntaxes(of: pair, in: bitext, configured: context.options(Options.self).syntaxes))
        let source = scanner.scan(pair.sourceText).placeholders
        let target = scanner.scan(pair.targetText).placeholders
        guard !source.isEmpty || !target.isEmpty else { return [] }
        let problems = PlaceholderComparison(scanner: scanner).problems(source: source, target: target, targetText: pair.targetText)
        guard !problems.isEmpty else { return [] }
        return [finding(
            problems.map(\.message).joined(separator: "; "), pair: pair, in: bitext, context: context,
            sourceSpans: Self.spans(problems.flatMap(\.sourceBytes), in: pair.sourceText),
            targetSpans: Self.spans(problems.flatMap(\.targetBytes), in: pair.targetText))]
    }

    /// The syntaxes a pair's strings are read in; shared with the masking that keeps other
    /// checks from reading placeholders as words and numbers.
    static func syntaxes(of pair: AlignedPair, in bitext: AlignedBitext, configured: Set<PlaceholderSyntax>?) -> Set<PlaceholderSyntax> {
        let fileDefault = PlaceholderSyntax.forFile(path: bitext.sourcePath, configured: configured)
        guard configured == nil, let flags = pair.unit?.formatFlags, !flags.isEmpty else { return fileDefault }
        return PlaceholderSyntax.forUnit(flags: flags, fileDefault: fileDefault)
    }

    private static func spans(_ bytes: [Range<Int>], in text: String) -> [Finding.Span] {
        let utf8 = text.utf8
        return Set(bytes).sorted { $0.lowerBound < $1.lowerBound }.compactMap { range in
            guard range.upperBound <= utf8.count else { return nil }
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let end = utf8.index(start, offsetBy: range.count)
            return Finding.Span(start..<end, in: text)
        }
    }
}
