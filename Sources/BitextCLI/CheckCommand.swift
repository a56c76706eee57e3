import ArgumentParser
import Bitext
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a translation and print findings; the exit code tells CI whether it passed.",
        discussion: """
            Either two documents (SOURCE TARGET), which are aligned first, or one bilingual \
            file (.tsv with source TAB target on each line, .tmx, .xlf), checked as paired.

            Exit codes: 0 no finding at or above --fail-on, 1 at least one, 2 usage or input error.
            """
    )

    @Argument(help: "The source document, or a bilingual .tsv, .tmx or .xlf file.")
    var source: String

    @Argument(help: "The translation (omit for a bilingual file).")
    var target: String?

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text, json, sarif (SARIF 2.1.0), junit (JUnit XML) or github (workflow annotations).")
    var format: ReportFormat = .text

    @Option(help: "Exit with 1 when a finding at or above this severity exists (error, warning, info, never).")
    var failOn: FailThreshold = .error

    func validate() throws {
        guard format != .html else {
            throw ValidationError("--format html is written by `bitext audit`; use text, json, sarif, junit or github here.")
        }
        if target == nil, BitextFormat.inferred(fromPath: source) == nil {
            throw ValidationError("'\(source)' is not a bilingual file (.tsv, .tmx, .xlf); give SOURCE and TARGET documents.")
        }
    }

    func run() throws {
        let auditor = Auditor(options: try input.auditorOptions())
        let result: AuditResult
        if let target {
            result = try auditor.audit(sourcePath: source, targetPath: target)
        } else {
            result = try auditor.audit(bitextPath: source, format: BitextFormat.inferred(fromPath: source)!)
        }
        let data = try format.reporter.render(result, context: OutputContext(generatedAt: Date()))
        FileHandle.standardOutput.write(data)
        if format != .text {
            for diagnostic in result.diagnostics { Console.warn("\(diagnostic)") }
        }
        if failOn.fails(result.findings) { throw ExitCode(1) }
    }
}
