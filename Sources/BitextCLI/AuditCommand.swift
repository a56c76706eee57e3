import ArgumentParser
import Bitext
import Foundation

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Align a source and its translation, check it, and write a report, TMX, XLIFF and JSON.",
        discussion: """
            With no arguments, audits the bundled example (Examples/lex-459: a real English \
            podcast transcript and its machine translation) with the shipped glossary and \
            writes Reports/lex-459/. Run it from the bitext checkout.

            Writes into the output folder: report.html (side-by-side pairs with findings), \
            alignment.tmx (TMX 1.4b), alignment.xlf (XLIFF 2.1) and findings.json.
            """
    )

    @Argument(help: "The source document (Markdown, plain text, SRT or VTT).")
    var source: String?

    @Argument(help: "Its translation.")
    var target: String?

    @OptionGroup var input: InputOptions

    @Option(name: [.short, .long], help: ArgumentHelp("Folder for the outputs.", valueName: "dir"))
    var out: String?

    @Option(help: "Exit with 1 when a finding at or above this severity exists (error, warning, info, never).")
    var failOn: FailThreshold = .never

    func validate() throws {
        if (source == nil) != (target == nil) {
            throw ValidationError("Give both SOURCE and TARGET, or neither to audit the bundled example.")
        }
    }

    func run() throws {
        var (options, readFiles, configurationDiagnostics, _) = try input.auditorOptions()
        let sourcePath: String
        let targetPath: String
        let outputFolder: String
        if let source, let target {
            sourcePath = source
            targetPath = target
            outputFolder = out ?? "Reports/\(URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent)"
        } else {
            var diagnostics = Diagnostics()
            let example = try BundledExample.lex459.run(
                from: FileManager.default.currentDirectoryPath, options: options, readFiles: readFiles, diagnostics: &diagnostics)
            configurationDiagnostics += diagnostics.items
            sourcePath = example.sourcePath
            targetPath = example.targetPath
            options = example.options
            readFiles = example.readFiles
            outputFolder = out ?? example.reportFolder
        }
        var result = try Auditor(options: options).audit(sourcePath: sourcePath, targetPath: targetPath)
        result.diagnostics.insert(contentsOf: configurationDiagnostics, at: 0)
        let written = try AuditOutputs(directory: URL(fileURLWithPath: outputFolder))
            .write(result, context: .forThisRun(), inputs: readFiles)
        for diagnostic in result.diagnostics {
            Console.warn("\(diagnostic)")
        }
        try Console.write(SummaryText.render(result, outputs: written.map(\.path)))
        if failOn.fails(result.findings) { throw ExitCode(1) }
    }
}
