import CLibXML2
import Foundation

/// Reads TBX v3 (`conceptEntry/langSec/termSec`) and TBX v2 (`termEntry/langSet/tig|ntig`)
/// with libxml2. English sections give the source forms; Chinese sections (`zh`, `zh-CN`,
/// `zh-Hant`, …) give accepted renderings, or forbidden ones when their
/// `administrativeStatus` is deprecated or superseded.
struct TBXGlossaryReader: GlossaryReader {
    /// A note with this text on an English term marks the concept case-sensitive; TBX-Basic
    /// has no data category for it and the writer must not lose the flag.
    static let caseSensitiveNote = "bitext:case-sensitive"

    func read(_ data: Data, path: String, diagnostics: inout Diagnostics) throws -> Glossary {
        let termBase = try Self.parse(data, path: path)
        return glossary(from: termBase, path: path, diagnostics: &diagnostics)
    }

    /// Parses without network access and without expanding entities, so a glossary cannot
    /// make the reader fetch or inflate anything.
    static func parse(_ data: Data, path: String) throws -> TBXTermBase {
        let document = try XMLTree.parse(data, path: path)
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            throw InputError(file: path, "empty XML document")
        }
        let version: TBXTermBase.Version
        switch XMLTree.name(root) {
        case "tbx": version = .v3
        case "martif": version = .v2
        case let other:
            throw InputError(file: path, line: XMLTree.line(root), "root element <\(other)> is not TBX (<tbx> for TBX v3, <martif> for TBX v2)")
        }
        if version == .v3, XMLTree.namespace(root) != "urn:iso:std:iso:30042:ed-2" {
            throw InputError(
                file: path, line: XMLTree.line(root),
                "<tbx> is not in the TBX v3 namespace urn:iso:std:iso:30042:ed-2 (found \(XMLTree.namespace(root) ?? "none"))")
        }
        let conceptName = version == .v3 ? "conceptEntry" : "termEntry"
        let concepts = try XMLTree.descendants(of: root, named: conceptName).map { try concept($0, version: version, path: path) }
        return TBXTermBase(version: version, concepts: concepts)
    }

    private static func concept(_ node: xmlNodePtr, version: TBXTermBase.Version, path: String) throws -> TBXTermBase.Concept {
        let sectionName = version == .v3 ? "langSec" : "langSet"
        let termSectionNames: Set<String> = version == .v3 ? ["termSec"] : ["tig", "ntig"]
        var languages: [TBXTermBase.LanguageSection] = []
        for section in XMLTree.children(of: node, named: sectionName) {
            guard let language = XMLTree.xmlLanguage(section) else {
                throw InputError(file: path, line: XMLTree.line(section), "<\(sectionName)> has no xml:lang")
            }
            var terms: [TBXTermBase.Term] = []
            for termSection in XMLTree.children(of: section).filter({ termSectionNames.contains(XMLTree.name($0)) }) {
                guard let termNode = XMLTree.descendants(of: termSection, named: "term").first else {
                    throw InputError(file: path, line: XMLTree.line(termSection), "<\(XMLTree.name(termSection))> has no <term>")
                }
                let text = XMLTree.text(termNode).trimmingCharacters(in: .whitespacesAndNewlines)
                guard !text.isEmpty else {
                    throw InputError(file: path, line: XMLTree.line(termNode), "empty <term>")
                }
                var status: TBXTermBase.Status?
                for note in XMLTree.descendants(of: termSection, named: "termNote") where XMLTree.attribute(note, "type") == "administrativeStatus" {
                    let value = XMLTree.text(note).trimmingCharacters(in: .whitespacesAndNewlines)
                    guard let parsed = TBXTermBase.Status(rawValue: value) else {
                        throw InputError(file: path, line: XMLTree.line(note), "unknown administrativeStatus '\(value)'")
                    }
                    status = parsed
                }
                terms.append(TBXTermBase.Term(
                    text: text, status: status, notes: notes(in: termSection), line: XMLTree.line(termNode)))
            }
            languages.append(TBXTermBase.LanguageSection(language: language, terms: terms, notes: notes(directlyIn: section)))
        }
        return TBXTermBase.Concept(
            id: XMLTree.attribute(node, "id"), line: XMLTree.line(node), notes: notes(directlyIn: node), languages: languages)
    }

    private static func notes(in node: xmlNodePtr) -> [String] {
        XMLTree.descendants(of: node, named: "note").map { XMLTree.text($0).trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
    }

    private static func notes(directlyIn node: xmlNodePtr) -> [String] {
        XMLTree.children(of: node, named: "note").map { XMLTree.text($0).trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
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
            let accepted = unique(preferredFirst(targetTerms.filter { $0.status?.isForbidden != true }).map(\.text))
            let forbidden = unique(targetTerms.filter { $0.status?.isForbidden == true }.map(\.text))
            guard !sourceForms.isEmpty, !(accepted.isEmpty && forbidden.isEmpty) else {
                skipped.append(concept)
                continue
            }
            let caseSensitive = sourceTerms.contains { $0.notes.contains(Self.caseSensitiveNote) }
            let allNotes = concept.notes + concept.languages.flatMap(\.notes)
                + (sourceTerms + targetTerms).flatMap(\.notes).filter { $0 != Self.caseSensitiveNote }
            terms.append(GlossaryTerm(
                sourceForms: sourceForms, accepted: accepted, forbidden: forbidden,
                note: allNotes.isEmpty ? nil : unique(allNotes).joined(separator: "\n"),
                caseSensitive: caseSensitive, origin: SourcePosition(file: path, line: concept.line)))
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
