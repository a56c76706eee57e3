import Foundation

/// gettext PO (and POT) files: one pair per entry, checked as the catalogue pairs them.
///
/// - The header (`msgid ""`) is the file's info (`POUnitFields`); its `Language` is the
///   target language.
/// - An entry with `msgid_plural` gives one pair per English form: `msgid` with `msgstr[0]`,
///   `msgid_plural` with `msgstr[1]`… Chinese has one form, so the one `msgstr[0]` is
///   paired with *both* English forms: a translation that fits the singular but drops the
///   plural's number (or the other way round) is then found by the checks of either pair.
///   Each pair names its forms (`plural-form`), and the PO writer merges the pairs of an
///   entry back into one entry, taking each `msgstr[n]` once.
/// - Fuzzy and obsolete (`#~`) entries are not checked (their translations are not in use)
///   and are counted in a note; they are kept as written, with the pair that follows them
///   (or the file, after the last pair), so that PO → PO loses nothing.
/// - An untranslated entry (`msgstr ""`, as in every POT entry) is a pair without target.
/// - Each segment's line is the line of its `msgid` / `msgid_plural` / `msgstr`.
public struct POBitextReader: BitextReader {
    public init() {}

    public func read(_ text: String, path: String, diagnostics: inout Diagnostics) throws -> AlignedBitext {
        let entries = try POParser(path: path).entries(in: text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var fileInfo = BilingualFileInfo(origin: .po)
        var units: [BilingualPairBuilder.ReadUnit] = []
        var kept: [PreservedXML] = []
        var fuzzy = 0
        var obsolete = 0
        var seenHeader = false
        for entry in entries {
            if entry.isHeader, !seenHeader {
                seenHeader = true
                fileInfo.properties = Self.headerProperties(entry)
                fileInfo.targetLanguageTag = Self.field("Language", in: entry.translations.first ?? "").flatMap { $0.isEmpty ? nil : $0 }
                continue
            }
            if entry.isObsolete || entry.isFuzzy {
                if entry.isObsolete { obsolete += 1 } else { fuzzy += 1 }
                let raw = lines[(entry.lines.first - 1)..<entry.lines.last].map { $0.last == "\r" ? $0.dropLast() : $0 }
                kept.append(PreservedXML(origin: .po, xml: raw.joined(separator: "\n")))
                continue
            }
            var entryUnits = Self.units(of: entry, targetTag: fileInfo.targetLanguageTag)
            entryUnits[0].unit.preserved = kept
            kept = []
            units += entryUnits
        }
        fileInfo.preserved = kept
        if fuzzy + obsolete > 0 {
            let counts = [(fuzzy, "fuzzy"), (obsolete, "obsolete")].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
            diagnostics.note(
                "\(counts.joined(separator: " and ")) \(fuzzy + obsolete == 1 ? "entry is" : "entries are") not checked; PO output keeps \(fuzzy + obsolete == 1 ? "it" : "them") as written",
                file: path)
        }
        var builder = BilingualPairBuilder()
        builder.settleLanguages(
            sourceTag: nil, targetTag: fileInfo.targetLanguageTag,
            firstSource: units.first?.source.segments.first?.text ?? "", firstTarget: units.first { !$0.target.isEmpty }?.target.segments.first?.text ?? "",
            path: path, diagnostics: &diagnostics)
        let pairs = units.map { builder.pair($0) }
        var bitext = AlignedBitext(
            sourceLanguage: builder.sourceLanguage, targetLanguage: builder.targetLanguage,
            sourcePath: path, targetPath: path, pairs: pairs)
        bitext.fileInfo = fileInfo
        return bitext
    }

    /// The pairs of one entry: one, or one per English form of a plural entry.
    static func units(of entry: POEntry, targetTag: String?) -> [BilingualPairBuilder.ReadUnit] {
        var unit = TranslationUnitInfo(targetLanguageTag: targetTag, attributesOrigin: .po)
        if let context = entry.context { unit.attributes[POUnitFields.contextAttribute] = context }
        unit.formatFlags = entry.flags
        func side(_ text: String, line: Int) -> BilingualPairBuilder.Side {
            var side = BilingualPairBuilder.Side()
            if !text.isEmpty { side.segments = [(text, [], line)] }
            return side
        }
        guard let pluralID = entry.pluralID, let pluralLine = entry.lines.pluralID else {
            unit.properties = POUnitFields.properties(of: entry)
            return [BilingualPairBuilder.ReadUnit(
                source: side(entry.id, line: entry.lines.id), target: side(entry.translations[0], line: entry.lines.translations[0]), unit: unit)]
        }
        var forms = entry.translations.indices.map { (source: $0 == 0 ? 0 : 1, target: $0) }
        if entry.translations.count == 1 { forms.append((source: 1, target: 0)) }
        return forms.enumerated().map { position, form in
            var formUnit = unit
            formUnit.attributes[POUnitFields.pluralFormAttribute] = POUnitFields.pluralForm(source: form.source, target: form.target)
            if position == 0 { formUnit.properties = POUnitFields.properties(of: entry) }
            let source = form.source == 0 ? side(entry.id, line: entry.lines.id) : side(pluralID, line: pluralLine)
            return BilingualPairBuilder.ReadUnit(
                source: source, target: side(entry.translations[form.target], line: entry.lines.translations[form.target]), unit: formUnit)
        }
    }

    private static func headerProperties(_ header: POEntry) -> [UnitProperty] {
        var properties = POUnitFields.properties(of: header)
        if !header.flags.isEmpty {
            properties.append(UnitProperty(type: POUnitFields.headerFlags, value: header.flags.joined(separator: ", ")))
        }
        properties.append(UnitProperty(type: POUnitFields.header, value: header.translations.first ?? ""))
        return properties
    }

    /// The value of a header field (`Language: zh_CN`), trimmed.
    static func field(_ name: String, in header: String) -> String? {
        for line in header.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":"), line[..<colon].trimmingCharacters(in: .whitespaces) == name else { continue }
            return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return nil
    }
}
