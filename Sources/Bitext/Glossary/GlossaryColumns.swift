import Foundation

/// A column of a CSV or TSV glossary: what its cells hold and, for renderings, which
/// region's (`target@zh-TW`). Locales are read as `ChineseRegion(tag:)` reads them, so
/// `target@zh_TW` and `target@zh-Hant-TW` are the same column; `target@zh` is `target`.
public struct GlossaryColumn: Hashable, Sendable, CustomStringConvertible {
    public enum Field: String, CaseIterable, Sendable {
        case source, target, forbidden, note
        case caseSensitive = "case"

        var takesRegion: Bool { self == .target || self == .forbidden }
    }

    /// A column name with a locale that names no Chinese region, or a locale on a column
    /// that cannot take one.
    public struct NameError: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public var field: Field
    public var region: ChineseRegion?

    public init(_ field: Field, region: ChineseRegion? = nil) {
        self.field = field
        self.region = field.takesRegion ? region : nil
    }

    public var description: String { region.map { "\(field.rawValue)@\($0.rawValue)" } ?? field.rawValue }

    /// The column `name` spells (`source`, `Target@zh_TW`), or nil when it names none.
    public init?(name: String) throws {
        let spelled = name.trimmingCharacters(in: .whitespaces).lowercased()
        let parts = spelled.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
        guard let field = Field(rawValue: String(parts[0])) else { return nil }
        guard parts.count == 2 else {
            self.init(field)
            return
        }
        let locale = String(parts[1])
        guard field.takesRegion else {
            throw NameError(message: "column '\(name)': only target and forbidden columns take a locale (target@zh-TW)")
        }
        if locale == "zh" {
            self.init(field)
        } else if let region = ChineseRegion(tag: locale) {
            self.init(field, region: region)
        } else {
            throw NameError(
                message: "column '\(name)' names the unknown locale '\(locale)'; use zh-CN, zh-TW or zh-HK (zh_TW, zh-Hant-TW and zh-Hans are read too)")
        }
    }

    /// Every column a glossary may have, for messages.
    static var summary: String {
        "source, target, forbidden, note, case, and target@LOCALE / forbidden@LOCALE for zh-CN, zh-TW, zh-HK"
    }
}

/// Which header of a glossary file holds which column, for a file made with other names
/// (`source_term`, `translated_term`). Columns it does not name are found by their own names;
/// the file's other columns are ignored.
public struct GlossaryColumnMapping: Sendable, Hashable {
    /// Column → the header text in the file, compared without regard to case.
    public var headers: [GlossaryColumn: String]

    public init(headers: [GlossaryColumn: String]) {
        self.headers = headers
    }

    /// Reads `source=source_term,target@zh-TW=translated_term`, as `--glossary-columns` takes it.
    public init(argument: String) throws {
        var headers: [GlossaryColumn: String] = [:]
        for item in argument.split(separator: ",") {
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[1].isEmpty else {
                throw GlossaryColumn.NameError(message: "'\(item)' is not COLUMN=HEADER (e.g. source=source_term,target@zh-TW=translated_term)")
            }
            guard let column = try GlossaryColumn(name: parts[0]) else {
                throw GlossaryColumn.NameError(message: "'\(parts[0])' is not a glossary column (\(GlossaryColumn.summary))")
            }
            headers[column] = parts[1]
        }
        guard !headers.isEmpty else {
            throw GlossaryColumn.NameError(message: "no columns given (e.g. source=source_term,target@zh-TW=translated_term)")
        }
        self.init(headers: headers)
    }
}

/// A glossary file to load, with the mapping of its columns when they have other names.
public struct GlossarySource: Sendable, Hashable {
    public var path: String
    public var columns: GlossaryColumnMapping?

    public init(path: String, columns: GlossaryColumnMapping? = nil) {
        self.path = path
        self.columns = columns
    }
}
