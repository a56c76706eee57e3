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

/// ArgumentParser exits with 64 on usage errors; bitext promises 2 for usage and input errors.
func runBitext() -> Never {
    OutputFile.removeTemporaryFilesOnSignals()
    do {
        var command = try BitextCommand.parseAsRoot()
        try command.run()
        BitextCommand.exit()
    } catch let error as InputError {
        Console.warn("bitext: \(error)")
        BitextCommand.exit(withError: ExitCode(2))
    } catch let error as ExitCode {
        BitextCommand.exit(withError: error)
    } catch {
        let code = BitextCommand.exitCode(for: error)
        if code == .success {
            BitextCommand.exit(withError: error)
        }
        Console.warn(BitextCommand.fullMessage(for: error))
        BitextCommand.exit(withError: ExitCode(2))
    }
}

runBitext()
