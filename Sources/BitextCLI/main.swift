import ArgumentParser
import Bitext

/// The `bitext` executable: parses arguments, calls the library, maps results to exit codes
/// (0 clean, 1 findings at or above `--fail-on`, 2 usage or input error).
struct BitextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bitext",
        abstract: "Align English and Chinese texts and check the translation.",
        discussion: """
            bitext aligns a source document with its translation (Markdown transcripts, plain \
            text, SRT/VTT subtitles), checks every aligned pair against term glossaries and QA \
            rules, and writes TMX, XLIFF, JSON and an HTML report.

            Run `bitext audit` with no arguments to audit the bundled example transcript.
            """,
        version: BitextVersion.current,
        subcommands: [
            AuditCommand.self, CheckCommand.self, AlignCommand.self, EvalAlignCommand.self,
            ChecksCommand.self, GlossaryCommand.self,
        ]
    )
}

BitextCommand.main()
