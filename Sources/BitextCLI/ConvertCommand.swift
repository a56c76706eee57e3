import ArgumentParser
import Bitext
import Foundation

extension ExportFormat: ExpressibleByArgument {}

/// `bitext convert IN OUT`: one bilingual format into another, streamed.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a bilingual file between TMX, XLIFF 2.1, XLIFF 1.2, TSV and JSON.",
        discussion: """
            Reads .tmx, .xlf/.xliff (XLIFF 1.2 or 2.x) and .tsv. The output format follows OUT's \
            extension (.tmx, .xlf → XLIFF 2.1, .tsv, .json) unless --to says otherwise. Inline \
            codes, unit ids, languages, notes and properties are kept. Large files are streamed; \
            OUT is written atomically and may not be IN.
            """)

    @Argument(help: "The bilingual file to read (.tmx, .xlf, .xliff, .tsv).") var input: String
    @Argument(help: "The file to write.") var output: String
    @Option(help: "Output format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")) (default: from OUT's extension).")
    var to: ExportFormat?
    @Option(help: "Input encoding of a TSV file: \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", ")) (default: detect).")
    var encoding: TextEncoding?

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
        let converter = Converter(context: OutputContext(generatedAt: Date()), encoding: encoding)
        let result = try converter.convert(inputPath: input, outputPath: output, to: format)
        result.diagnostics.forEach { Console.warn($0.description) }
    }
}
