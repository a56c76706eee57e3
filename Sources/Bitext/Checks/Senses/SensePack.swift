import Foundation

/// One word of a domain pack: its renderings in the domain and those of senses the domain
/// never means (`SensePackData` describes the columns).
struct SenseEntry: Sendable {
    enum Condition: Sendable, Equatable {
        /// The source is a short interface label (at most four words).
        case label
        /// The source is the word alone, a button: "No" is 否, but "No connections" is 没有连接.
        case alone
        /// The source also says one of these words.
        case near(Set<String>)
        /// The source says none of these words: “model” is 模型 in an AI text, but a business
        /// model there is still 商业模式.
        case unless(Set<String>)
    }

    var domain: SenseDomain
    /// Each form as lower-cased word tokens ("shared library" → ["shared", "library"]).
    var sourceForms: [[String]]
    var renderings: [String]
    var otherRenderings: [String]
    var otherSense: String
    /// Any one of `label`, `alone` and `near` suffices (none: anywhere in the domain); an `unless`
    /// rules the entry out.
    var conditions: [Condition]

    func applies(toSourceTokens tokens: [String], tokenSet: Set<String>) -> Bool {
        var required = false
        var met = false
        for condition in conditions {
            switch condition {
            case .label:
                required = true
                met = met || tokens.count <= 4
            case .alone:
                required = true
                met = met || sourceForms.contains(tokens)
            case .near(let words):
                required = true
                met = met || !words.isDisjoint(with: tokenSet)
            case .unless(let words):
                if !words.isDisjoint(with: tokenSet) { return false }
            }
        }
        return met || !required
    }
}

/// The bundled domain packs, read once. They are data of bitext's own, parsed by the
/// glossary's CSV parser; `SensePackTests` holds them to their format.
enum SensePack {
    static func entries(for domain: SenseDomain) -> [SenseEntry] {
        switch domain {
        case .technology: technology
        case .idioms: idioms
        case .software: software
        case .ai: ai
        }
    }

    private static let technology = bundled(SensePackData.technology, domain: .technology)
    private static let idioms = bundled(SensePackData.idioms, domain: .idioms)
    private static let software = bundled(SensePackData.software, domain: .software)
    private static let ai = bundled(SensePackData.ai, domain: .ai)

    private static func bundled(_ text: String, domain: SenseDomain) -> [SenseEntry] {
        do {
            return try parse(text, domain: domain, path: "bitext's \(domain.rawValue) sense pack")
        } catch {
            fatalError("\(error)")
        }
    }

    static let columns = ["source", "target", "forbidden", "note", "context"]

    /// Parses a pack; rows must have every column, and a context word must be `label`, `alone`, or
    /// `near:` or `unless:` with words.
    static func parse(_ text: String, domain: SenseDomain, path: String) throws -> [SenseEntry] {
        let records = try DelimitedTextParser(delimiter: ",", path: path).parse(text).filter { !$0.isBlank }
        guard let header = records.first,
              header.fields.map({ $0.text.trimmingCharacters(in: .whitespaces) }) == columns
        else { throw InputError(file: path, line: 1, "a sense pack's header is \(columns.joined(separator: ","))") }
        return try records.dropFirst().map { record in
            guard record.fields.count == columns.count else {
                throw InputError(file: path, line: record.line, "expected \(columns.count) cells, found \(record.fields.count)")
            }
            let cells = record.fields.map { $0.text.trimmingCharacters(in: .whitespaces) }
            func alternatives(_ cell: String) -> [String] {
                cell.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            let forms = alternatives(cells[0]).map { EnglishWords.tokens($0) }
            guard !forms.isEmpty, !alternatives(cells[2]).isEmpty, !cells[3].isEmpty else {
                throw InputError(file: path, line: record.line, "a sense needs source forms, renderings of the other sense and that sense")
            }
            var conditions: [SenseEntry.Condition] = []
            for word in cells[4].split(separator: " ") {
                if word == "label" {
                    conditions.append(.label)
                } else if word == "alone" {
                    conditions.append(.alone)
                } else if word.hasPrefix("near:"), case let words = alternatives(String(word.dropFirst(5))), !words.isEmpty {
                    conditions.append(.near(Set(words)))
                } else if word.hasPrefix("unless:"), case let words = alternatives(String(word.dropFirst(7))), !words.isEmpty {
                    conditions.append(.unless(Set(words)))
                } else {
                    throw InputError(file: path, line: record.line, "unknown context “\(word)”: use label, alone, near:word|word or unless:word|word")
                }
            }
            return SenseEntry(
                domain: domain, sourceForms: forms, renderings: alternatives(cells[1]), otherRenderings: alternatives(cells[2]),
                otherSense: cells[3], conditions: conditions)
        }
    }
}
