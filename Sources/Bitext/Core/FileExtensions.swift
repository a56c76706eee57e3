import Foundation

/// Every file-name extension bitext recognises and what a file so named is, in one table:
/// document, bilingual, export and glossary formats are all inferred from here, so a new
/// extension (or a new format) is one row, not five functions that can disagree.
public enum FileExtensions {
    struct Row {
        /// Lowercase, without the dot; the first is the one bitext writes.
        let extensions: [String]
        var document: DocumentFormat?
        var bilingual: BitextFormat?
        /// Formats written under these extensions; the first is the one a name implies.
        var exports: [ExportFormat] = []
        var glossary: GlossaryFormat?
    }

    static let table: [Row] = [
        Row(extensions: ["md", "markdown"], document: .markdown),
        Row(extensions: ["srt"], document: .srt),
        Row(extensions: ["vtt"], document: .vtt),
        Row(extensions: ["tsv", "tab"], bilingual: .tsv, exports: [.tsv], glossary: .tsv),
        Row(extensions: ["tmx"], bilingual: .tmx, exports: [.tmx]),
        Row(extensions: ["xlf", "xliff"], bilingual: .xliff, exports: [.xliff, .xliff12]),
        Row(extensions: ["sdlxliff"], bilingual: .xliff),
        Row(extensions: ["po", "pot"], bilingual: .po, exports: [.po]),
        Row(extensions: ["xcstrings"], bilingual: .xcstrings, exports: [.xcstrings]),
        Row(extensions: ["json"], exports: [.json]),
        Row(extensions: ["csv"], glossary: .csv),
        Row(extensions: ["tbx", "xml"], glossary: .tbx),
    ]

    /// The row of `path`'s extension, compared without case.
    static func row(forPath path: String) -> Row? {
        let name = (path as NSString).lastPathComponent.lowercased()
        guard let dot = name.lastIndex(of: ".") else { return nil }
        let pathExtension = String(name[name.index(after: dot)...])
        return table.first { $0.extensions.contains(pathExtension) }
    }

    /// The extension a file written in `format` gets.
    static func preferred(for format: ExportFormat) -> String {
        // Every export format has a row: `ExportFormatTests` checks the table covers them.
        table.first { $0.exports.contains(format) }?.extensions.first ?? format.rawValue
    }

    /// ".tsv, .tab, .tmx, …": the extensions of bilingual files, for messages.
    public static var bilingual: String { listing { $0.bilingual != nil } }
    /// ".tsv, .tab, .csv, …": the extensions of glossaries, for messages.
    public static var glossary: String { listing { $0.glossary != nil } }

    private static func listing(where kind: (Row) -> Bool) -> String {
        table.filter(kind).flatMap(\.extensions).map { "." + $0 }.joined(separator: ", ")
    }
}

extension DocumentFormat {
    /// The format a file name implies; plain text when the extension says nothing.
    public static func inferred(fromPath path: String) -> DocumentFormat {
        FileExtensions.row(forPath: path)?.document ?? .plainText
    }
}

extension BitextFormat {
    /// The bilingual format a file name implies, or nil for a monolingual document.
    public static func inferred(fromPath path: String) -> BitextFormat? {
        FileExtensions.row(forPath: path)?.bilingual
    }
}

extension GlossaryFormat {
    /// The format a path's extension names, or nil when the extension is not a glossary one.
    public static func inferred(fromPath path: String) -> GlossaryFormat? {
        FileExtensions.row(forPath: path)?.glossary
    }
}

extension ExportFormat {
    /// The output format a file name implies: `.tmx`, `.xlf`/`.xliff` (XLIFF 2.1), `.tsv`,
    /// `.json`, `.po`, `.xcstrings`.
    public static func inferred(fromPath path: String) -> ExportFormat? {
        FileExtensions.row(forPath: path)?.exports.first
    }

    public var fileExtension: String { FileExtensions.preferred(for: self) }
}
