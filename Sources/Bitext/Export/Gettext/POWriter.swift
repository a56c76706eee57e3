import Foundation

/// gettext PO, written as GNU gettext writes it (`POStringWrapper`), so that a PO read by
/// bitext and written again comes out byte for byte where gettext wrote it, and always as
/// `msgcat` would write it.
///
/// - Pairs read from a PO (from PO itself, or through TMX and XLIFF, which carry the entry's
///   fields: `POUnitFields`) get back their context, comments, references, flags and
///   previous strings; the pairs of one plural entry become that entry again, each
///   `msgstr[n]` taken from the first pair that holds it. Fuzzy and obsolete entries kept as
///   written are written where they were. The header is the one read.
/// - Pairs of other formats become entries with their notes as extracted comments (`#.`), a
///   unit's format flags as flags, and a header naming the target language (one plural
///   form for Chinese). Two units with the same source get their unit id as `msgctxt`, so
///   that the catalogue stays valid.
/// - Findings become translator comments (`# bitext: warning: [numbers] …`).
/// - Inline codes become their native code (`<b>`), the only form PO text has for them.
public struct POWriter: BitextWriter {
    public init() {}

    public func write(_ bitext: AlignedBitext, findings: [Finding], context: OutputContext) throws -> Data {
        let grouped = ExportFindings(findings, pairCount: bitext.pairs.count)
        var blocks: [[String]] = [headerLines(bitext, context: context)]
        var drafts: [Draft] = []
        for pair in bitext.pairs {
            add(pair, findings: grouped.of(pair), to: &drafts)
        }
        var keys = Set<String>()
        for draft in drafts {
            blocks += draft.kept.map { [$0] }
            var entry = draft.entry
            if draft.isPlural, entry.pluralID == nil { entry.pluralID = entry.id }
            if !keys.insert(Self.key(entry)).inserted {
                entry.context = draft.fallbackContext
                keys.insert(Self.key(entry))
            }
            blocks.append(Self.lines(of: entry))
        }
        blocks += (bitext.fileInfo?.preserved ?? []).filter { $0.origin == .po }.map { [$0.xml] }
        let text = blocks.map { $0.joined(separator: "\n") + "\n" }.joined(separator: "\n")
        return Data(text.utf8)
    }

    /// An entry being put together from its pairs, and the kept entries before it.
    private struct Draft {
        var entry: POEntry
        var kept: [String]
        /// The `msgctxt` that makes the entry unique when another has its msgid.
        var fallbackContext: String
        /// A plural entry, open to the forms its further pairs hold.
        var isPlural: Bool
        var hasPluralID = false
    }

    private func add(_ pair: AlignedPair, findings: [Finding], to drafts: inout [Draft]) {
        let unit = pair.unit
        let fromPO = unit?.attributesOrigin == .po
        let source = Self.native(pair.sourceText, codes: pair.sourceCodes)
        let target = Self.native(pair.targetText, codes: pair.targetCodes)
        let kept = (unit?.preserved ?? []).filter { $0.origin == .po }.map(\.xml)
        let form = fromPO ? unit?.attributes[POUnitFields.pluralFormAttribute].flatMap(POUnitFields.parsePluralForm) : nil
        let context = fromPO ? unit?.attributes[POUnitFields.contextAttribute] : nil
        if let form, form.source == 1 || form.target > 0, kept.isEmpty, var draft = drafts.last, draft.isPlural,
           draft.entry.context == context {
            Self.place(source: source, target: target, form: form, in: &draft)
            drafts[drafts.count - 1] = draft
            return
        }
        var entry = POEntry()
        entry.context = context
        entry.flags = unit?.formatFlags ?? []
        if fromPO {
            POUnitFields.restore(unit?.properties ?? [], into: &entry)
        } else {
            for note in unit?.notes ?? [] where !note.text.isEmpty {
                let lines = note.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                if note.category == "translator" || note.category == "po-translator" {
                    entry.translatorComments += lines
                } else {
                    entry.extractedComments += lines
                }
            }
        }
        entry.translatorComments += findings.map { "bitext: " + ExportText.note($0) }
        var draft = Draft(
            entry: entry, kept: kept, fallbackContext: unit?.id ?? "pair \(ExportText.pairNumber(pair))", isPlural: form != nil)
        if let form {
            draft.entry.pluralID = nil
            draft.entry.translations = []
            Self.place(source: source, target: target, form: form, in: &draft)
        } else {
            draft.entry.id = source
            draft.entry.translations = [target]
        }
        drafts.append(draft)
    }

    /// Puts one form's strings into a plural entry, keeping what earlier pairs gave.
    private static func place(source: String, target: String, form: (source: Int, target: Int), in draft: inout Draft) {
        if form.source == 0 {
            if draft.entry.id.isEmpty { draft.entry.id = source }
        } else if !draft.hasPluralID {
            draft.entry.pluralID = source
            draft.hasPluralID = true
        }
        while draft.entry.translations.count <= form.target { draft.entry.translations.append("") }
        if draft.entry.translations[form.target].isEmpty { draft.entry.translations[form.target] = target }
    }

    private static func key(_ entry: POEntry) -> String {
        (entry.context.map { $0 + "\u{4}" } ?? "") + entry.id
    }

    /// The lines of an entry in gettext's order: comments, references, flags, previous
    /// strings, then its strings.
    static func lines(of entry: POEntry) -> [String] {
        var lines: [String] = []
        lines += entry.translatorComments.map { $0.isEmpty ? "#" : "# " + $0 }
        lines += entry.extractedComments.map { $0.isEmpty ? "#." : "#. " + $0 }
        lines += POReferences.lines(entry.references)
        if !entry.flags.isEmpty { lines.append("#, " + entry.flags.joined(separator: ", ")) }
        let wraps = !entry.flags.contains("no-wrap")
        if let previous = entry.previousContext { lines += POStringWrapper.lines(keyword: "msgctxt", value: previous, prefix: "#| ", wraps: wraps) }
        if let previous = entry.previousID { lines += POStringWrapper.lines(keyword: "msgid", value: previous, prefix: "#| ", wraps: wraps) }
        if let previous = entry.previousPluralID {
            lines += POStringWrapper.lines(keyword: "msgid_plural", value: previous, prefix: "#| ", wraps: wraps)
        }
        if let context = entry.context { lines += POStringWrapper.lines(keyword: "msgctxt", value: context, wraps: wraps) }
        lines += POStringWrapper.lines(keyword: "msgid", value: entry.id, wraps: wraps)
        if let pluralID = entry.pluralID {
            lines += POStringWrapper.lines(keyword: "msgid_plural", value: pluralID, wraps: wraps)
            for (index, translation) in entry.translations.enumerated() {
                lines += POStringWrapper.lines(keyword: "msgstr[\(index)]", value: translation, wraps: wraps)
            }
        } else {
            lines += POStringWrapper.lines(keyword: "msgstr", value: entry.translations.first ?? "", wraps: wraps)
        }
        return lines
    }

    /// The header read from a PO (charset set to the UTF-8 this writer writes), or one made
    /// for the target language.
    private func headerLines(_ bitext: AlignedBitext, context: OutputContext) -> [String] {
        let properties = bitext.fileInfo?.properties ?? []
        var header = POEntry()
        if let read = properties.first(where: { $0.type == POUnitFields.header && $0.appliesTo == .unit }) {
            POUnitFields.restore(properties, into: &header)
            header.flags = properties.first { $0.type == POUnitFields.headerFlags }.map {
                $0.value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            } ?? []
            header.translations = [Self.utf8Charset(read.value)]
        } else {
            header.translations = [Self.madeHeader(bitext, context: context)]
        }
        return Self.lines(of: header)
    }

    static func utf8Charset(_ header: String) -> String {
        guard let range = header.range(of: "charset="), !header[range.upperBound...].hasPrefix("UTF-8") else { return header }
        let end = header[range.upperBound...].firstIndex { $0 == "\n" || $0 == " " || $0 == ";" } ?? header.endIndex
        return header.replacingCharacters(in: range.upperBound..<end, with: "UTF-8")
    }

    private static func madeHeader(_ bitext: AlignedBitext, context: OutputContext) -> String {
        let tag = bitext.fileInfo?.targetLanguageTag ?? bitext.pairs.lazy.compactMap { $0.unit?.targetLanguageTag }.first
            ?? bitext.targetLanguage.tag
        let plurals = bitext.targetLanguage == .chinese ? "nplurals=1; plural=0;" : "nplurals=2; plural=(n != 1);"
        let fields = [
            ("Project-Id-Version", (bitext.sourcePath as NSString).lastPathComponent),
            ("PO-Revision-Date", Self.revisionDate(context.generatedAt)),
            ("Last-Translator", ""),
            ("Language-Team", ""),
            ("Language", Self.gettextLocale(tag)),
            ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=UTF-8"),
            ("Content-Transfer-Encoding", "8bit"),
            ("Plural-Forms", plurals),
            ("X-Generator", "bitext \(context.toolVersion)"),
        ]
        return fields.map { "\($0.0): \($0.1)\n" }.joined()
    }

    /// gettext's locale names: `zh_CN` for `zh-CN` and `zh-Hans`, `zh_TW` for `zh-Hant`.
    static func gettextLocale(_ tag: String) -> String {
        let parts = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let language = parts.first?.lowercased() else { return tag }
        let script = parts.dropFirst().first { $0.count == 4 }?.lowercased()
        let region = parts.dropFirst().first { $0.count == 2 || $0.count == 3 && $0.allSatisfy(\.isNumber) }?.uppercased()
        if language == "zh", region == nil, let script {
            return script == "hant" ? "zh_TW" : "zh_CN"
        }
        return region.map { "\(language)_\($0)" } ?? language
    }

    private static func revisionDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm'+0000'"
        return formatter.string(from: date)
    }

    /// Text with its inline codes as their native code.
    static func native(_ text: String, codes: [InlineCode]) -> String {
        guard !codes.isEmpty else { return text }
        return InlineRun.runs(of: text, codes: codes).map { run in
            switch run {
            case .text(let string): string
            case .code(let index): codes[index].content ?? ""
            }
        }.joined()
    }
}
