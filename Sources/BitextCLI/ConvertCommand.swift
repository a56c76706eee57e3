import ArgumentParser
import Bitext
import Foundation

extension ExportFormat: ExpressibleByArgument {}

/// `bitext convert IN OUT`: one bilingual format into another, streamed.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a bilingual file between TMX, XLIFF 2.1, XLIFF 1.2, TSV, JSON, gettext PO and String Catalogs.",
        discussion: """
            Reads .tmx, .xlf/.xliff (XLIFF 1.2 or 2.x), .tsv, .po/.pot and .xcstrings. The output \
            format follows OUT's extension (.tmx, .xlf → XLIFF 2.1, .tsv, .json, .po, .xcstrings) \
            unless --to says otherwise. Inline \
            codes, unit ids, languages, notes and properties are kept. Large files are streamed; \
            OUT is written atomically and may not be IN.
            """)

    @Argument(help: "The bilingual file to read (\(FileExtensions.bilingual)).") var input: String
    @Argument(help: "The file to write.") var output: String
    @Option(help: "Output format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")) (default: from OUT's extension).")
    var to: ExportFormat?
    @Option(help: "Input encoding of a TSV file: \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", ")) (default: detect).")
    var encoding: TextEncoding?
    @Option(help: ArgumentHelp(
        "For a key catalogue (sources such as title.edit_user): the source-language catalogue whose text, joined by key, becomes each unit's source.",
        valueName: "file"))
    var sourceCatalogue: String?
    @Flag(help: "Refuse an input with a schema slip its producer made (XLIFF 2 state on <target>) instead of reading it with a warning.")
    var strict = false

    func validate() throws {
        if to == nil, ExportFormat.inferred(fromPath: output) == nil {
            throw ValidationError("cannot tell the output format from '\(output)'; give --to \(ExportFormat.allCases.map(\.rawValue).joined(separator: "|")).")
        }
        if BitextFormat.inferred(fromPath: input) == nil {
            throw ValidationError("'\(input)' is not a bilingual file bitext reads (\(FileExtensions.bilingual)).")
        }
    }

    func run() throws {
        guard let format = to ?? ExportFormat.inferred(fromPath: output) else { throw ExitCode(2) }
        var converter = Converter(context: .forThisRun(), encoding: encoding)
        converter.strict = strict
        if let sourceCatalogue {
            var diagnostics = Diagnostics(strict: strict)
            converter.sourceCatalogue = try SourceCatalogueJoin.load(path: sourceCatalogue, encoding: encoding, diagnostics: &diagnostics)
            diagnostics.items.forEach { Console.warn($0.description) }
        }
        let result = try converter.convert(inputPath: input, outputPath: output, to: format)
        result.diagnostics.forEach { Console.warn($0.description) }
    }
}
