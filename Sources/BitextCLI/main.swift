import ArgumentParser
import Bitext
import Foundation

/// The `bitext` executable: parses arguments, calls the library, maps results to exit codes:
/// 0 nothing at or above `--fail-on`, 1 findings at or above it, 2 usage or input error.
struct BitextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bitext",
        abstract: "Align English and Chinese texts and check the translation.",
        discussion: """
            bitext aligns a source document with its translation (Markdown transcripts, plain \
            text, SRT/VTT subtitles), checks every aligned pair against term glossaries and QA \
            rules, and writes TMX, XLIFF, JSON and an HTML report.

            Run `bitext audit` with no arguments to audit the bundled example transcript.
            Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input error.
            """,
        version: BitextVersion.current,
        subcommands: [
            AuditCommand.self, CheckCommand.self, AlignCommand.self, EvalAlignCommand.self,
            ChecksCommand.self, GlossaryCommand.self, ConvertCommand.self,
        ]
    )
}

/// The one place errors are printed: `bitext: ` and the message on standard error, with
/// the usage of the subcommand that was run for a usage error; exit code 2 for usage and
/// input errors (ArgumentParser's own would be 64).
func runBitext() -> Never {
    OutputFile.removeTemporaryFilesOnSignals()
    var command: (any ParsableCommand)?
    do {
        command = try BitextCommand.parseAsRoot()
        // A binary copied without its data stops here, naming the missing file.
        try BundledResources.verify()
        try command!.run()
        BitextCommand.exit()
    } catch let error as InputError {
        Console.warn("bitext: \(error)")
        BitextCommand.exit(withError: ExitCode(2))
    } catch let error as ExitCode {
        BitextCommand.exit(withError: error)
    } catch {
        if BitextCommand.exitCode(for: error) == .success {
            // --help and --version print and exit 0.
            BitextCommand.exit(withError: error)
        }
        Console.warn(usageMessage(for: error, in: command))
        BitextCommand.exit(withError: ExitCode(2))
    }
}

/// ArgumentParser's message for a usage error, led by `bitext: ` instead of `Error: `.
/// Errors from a subcommand's `validate()` surface from parsing, which already names that
/// subcommand's usage; errors thrown while running name it through `command`.
func usageMessage(for error: any Error, in command: (any ParsableCommand)?) -> String {
    let message = command.map { type(of: $0).fullMessage(for: error) } ?? BitextCommand.fullMessage(for: error)
    return message.hasPrefix("Error: ") ? "bitext: " + message.dropFirst("Error: ".count) : "bitext: " + message
}

runBitext()
