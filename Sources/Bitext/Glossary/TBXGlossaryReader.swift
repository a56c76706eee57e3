import Foundation

/// Reads TBX v3 (`conceptEntry/langSec/termSec`) and TBX v2 (`termEntry/langSet/tig|ntig`)
/// with libxml2's pull parser. English sections give the source forms; Chinese sections
/// give accepted renderings, or forbidden ones when their `administrativeStatus` is
/// deprecated or superseded: `zh` the general ones, `zh-CN`, `zh-Hans`, `zh-TW`, `zh-Hant`,
/// `zh-HK` a region's (`ChineseRegion(tag:)`).
struct TBXGlossaryReader: GlossaryReader {
    /// A note with this text on an English term marks the concept case-sensitive; TBX-Basic
    /// has no data category for it and the writer must not lose the flag.
    static let caseSensitiveNote = "bitext:case-sensitive"

    func read(_ data: Data, path: String, diagnostics: inout Diagnostics) throws -> Glossary {
        let termBase = try Self.parse(data, path: path)
        return glossary(from: termBase, path: path, diagnostics: &diagnostics)
    }

    /// Parses one node at a time, without network access, and refuses every entity
    /// reference, wherever it stands: expanding one can make a small file huge (every term
    /// a copy of a large entity), and an external one would either pull a file into a term
    /// or, left out, silently change the term.
    static func parse(_ data: Data, path: String) throws -> TBXTermBase {
        let reader = try XMLStreamReader(data: data, path: path)
        reader.observer = { reader in
            if reader.nodeType == .entityReference { throw reader.entityReferenceError() }
        }
        try reader.moveToRoot()
        let version: TBXTermBase.Version
        switch reader.localName {
        case "tbx": version = .v3
        case "martif": version = .v2
        case let other:
            throw try afterWellFormednessCheck(reader, InputError(
                file: path, line: reader.line,
                "root element <\(other)> is not TBX (<tbx> for TBX v3, <martif> for TBX v2)"))
        }
        if version == .v3, reader.namespaceURI != "urn:iso:std:iso:30042:ed-2" {
            throw try afterWellFormednessCheck(reader, InputError(
                file: path, line: reader.line,
                "<tbx> is not in the TBX v3 namespace urn:iso:std:iso:30042:ed-2 (found \(reader.namespaceURI ?? "none"))"))
        }
        let conceptName = version == .v3 ? "conceptEntry" : "termEntry"
        var concepts: [TBXTermBase.Concept] = []
        try forEachDescendant(of: reader) { name in
            guard name == conceptName else { return false }
            concepts.append(try concept(reader, version: version))
            return true
        }
        while try reader.read() {}
        return TBXTermBase(version: version, concepts: concepts)
    }

    /// `error`, unless the document is malformed further on: a broken file is reported as
    /// broken before anything is said about its content.
    private static func afterWellFormednessCheck(_ reader: XMLStreamReader, _ error: InputError) throws -> InputError {
        while try reader.read() {}
        return error
    }

    /// Walks the elements inside the current one, at any depth, in document order. `body`
    /// gets each element's name and returns whether it consumed the element (leaving the
    /// reader on its end); otherwise the walk goes on inside it.
    private static func forEachDescendant(of reader: XMLStreamReader, _ body: (String) throws -> Bool) throws {
        try reader.children { name in
            if try !body(name) { try forEachDescendant(of: reader, body) }
        }
    }

    private static func concept(_ reader: XMLStreamReader, version: TBXTermBase.Version) throws -> TBXTermBase.Concept {
        let sectionName = version == .v3 ? "langSec" : "langSet"
        let id = reader.attribute("id")
        let line = reader.line
        var notes: [String] = []
        var languages: [TBXTermBase.LanguageSection] = []
        try reader.children { name in
            switch name {
            case sectionName: languages.append(try languageSection(reader, version: version))
            case "note": try appendNote(reader, to: &notes)
            default: try reader.skipElement()
            }
        }
        return TBXTermBase.Concept(id: id, line: line, notes: notes, languages: languages)
    }

    private static func languageSection(_ reader: XMLStreamReader, version: TBXTermBase.Version) throws -> TBXTermBase.LanguageSection {
        let sectionName = reader.localName
        guard let language = reader.xmlLanguage() else {
            throw InputError(file: reader.path, line: reader.line, "<\(sectionName)> has no xml:lang")
        }
        let termSectionNames: Set<String> = version == .v3 ? ["termSec"] : ["tig", "ntig"]
        var terms: [TBXTermBase.Term] = []
        var notes: [String] = []
        try reader.children { name in
            if termSectionNames.contains(name) {
                terms.append(try term(reader))
            } else if name == "note" {
                try appendNote(reader, to: &notes)
            } else {
                try reader.skipElement()
            }
        }
        return TBXTermBase.LanguageSection(language: language, terms: terms, notes: notes)
    }

    /// A `termSec`, `tig` or `ntig`: its first `<term>`, its administrative status and every
    /// note inside it, at whatever depth (`ntig` nests them in a `termGrp`).
    private static func term(_ reader: XMLStreamReader) throws -> TBXTermBase.Term {
        let sectionName = reader.localName
        let sectionLine = reader.line
        var found: (text: String, line: Int)?
        var status: TBXTermBase.Status?
        var notes: [String] = []
        try forEachDescendant(of: reader) { name in
            switch name {
            case "term" where found == nil:
                let line = reader.line
                found = (try reader.textContentAndSkip().trimmingCharacters(in: .whitespacesAndNewlines), line)
            case "termNote" where reader.attribute("type") == "administrativeStatus":
                let line = reader.line
                let value = try reader.textContentAndSkip().trimmingCharacters(in: .whitespacesAndNewlines)
                guard let parsed = TBXTermBase.Status(rawValue: value) else {
                    throw InputError(file: reader.path, line: line, "unknown administrativeStatus '\(value)'")
                }
                status = parsed
            case "note":
                try appendNote(reader, to: &notes)
            default:
                return false
            }
            return true
        }
        guard let found else {
            throw InputError(file: reader.path, line: sectionLine, "<\(sectionName)> has no <term>")
        }
        guard !found.text.isEmpty else { throw InputError(file: reader.path, line: found.line, "empty <term>") }
        try GlossaryTerm.checkLength(of: found.text, file: reader.path, line: found.line)
        return TBXTermBase.Term(text: found.text, status: status, notes: notes, line: found.line)
    }

    private static func appendNote(_ reader: XMLStreamReader, to notes: inout [String]) throws {
        let text = try reader.textContentAndSkip().trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.isEmpty { notes.append(text) }
    }

    static func isSourceLanguage(_ tag: String) -> Bool { primarySubtag(tag) == "en" }
    static func isTargetLanguage(_ tag: String) -> Bool { primarySubtag(tag) == "zh" }

    private static func primarySubtag(_ tag: String) -> String {
        String(tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "")
    }

    /// Narrows a term base to English→Chinese terms. Concepts without an English or a Chinese
    /// term cannot be checked; they are reported, not silently dropped.
    func glossary(from termBase: TBXTermBase, path: String, diagnostics: inout Diagnostics) -> Glossary {
        var terms: [GlossaryTerm] = []
        var skipped: [TBXTermBase.Concept] = []
        for concept in termBase.concepts {
            let sourceTerms = concept.languages.filter { Self.isSourceLanguage($0.language) }.flatMap(\.terms)
            let targetTerms = concept.languages.filter { Self.isTargetLanguage($0.language) }.flatMap(\.terms)
            let preferredFirst = { (terms: [TBXTermBase.Term]) in
                terms.filter { $0.status == .preferred } + terms.filter { $0.status != .preferred }
            }
            let sourceForms = unique(preferredFirst(sourceTerms).map(\.text))
            // `zh` holds the general renderings, `zh-TW`, `zh-Hant`, `zh-CN`, … a region's.
            let sections = Dictionary(grouping: concept.languages.filter { Self.isTargetLanguage($0.language) }) { ChineseRegion(tag: $0.language) }
            func renderings(_ region: ChineseRegion?) -> RegionalRenderings {
                let terms = sections[region]?.flatMap(\.terms) ?? []
                return RegionalRenderings(
                    accepted: unique(preferredFirst(terms.filter { $0.status?.isForbidden != true }).map(\.text)),
                    forbidden: unique(terms.filter { $0.status?.isForbidden == true }.map(\.text)))
            }
            let general = renderings(nil)
            var regional: [ChineseRegion: RegionalRenderings] = [:]
            for region in ChineseRegion.allCases where !renderings(region).isEmpty { regional[region] = renderings(region) }
            guard !sourceForms.isEmpty, !(general.isEmpty && regional.isEmpty) else {
                skipped.append(concept)
                continue
            }
            let caseSensitive = sourceTerms.contains { $0.notes.contains(Self.caseSensitiveNote) }
            let allNotes = concept.notes + concept.languages.flatMap(\.notes)
                + (sourceTerms + targetTerms).flatMap(\.notes).filter { $0 != Self.caseSensitiveNote }
            terms.append(GlossaryTerm(
                sourceForms: sourceForms, accepted: general.accepted, forbidden: general.forbidden,
                note: allNotes.isEmpty ? nil : unique(allNotes).joined(separator: "\n"),
                caseSensitive: caseSensitive, origin: SourcePosition(file: path, line: concept.line), regional: regional))
        }
        if !skipped.isEmpty {
            let named = skipped.prefix(5).map { $0.id.map { "'\($0)'" } ?? "line \($0.line)" }.joined(separator: ", ")
            diagnostics.note(
                "\(skipped.count) of \(termBase.concepts.count) concepts have no English or no Chinese term and are not used (\(named)\(skipped.count > 5 ? ", …" : ""))",
                file: path, line: skipped[0].line)
        }
        return Glossary(terms: terms)
    }

    private func unique(_ strings: [String]) -> [String] {
        var seen: Set<String> = []
        return strings.filter { seen.insert($0).inserted }
    }
}
