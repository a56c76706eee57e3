import ArgumentParser
import Bitext
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a translation and print findings; the exit code tells CI whether it passed.",
        discussion: """
            Either two documents (SOURCE TARGET), which are aligned first, or one bilingual \
            file (.tsv with source TAB target on each line, .tmx, .xlf, .po, .xcstrings), checked \
            as paired, or \
            many document pairs at once with --pairs or --manifest (one combined report).

            --pairs 'docs/en/**/*.md:docs/zh/**/*.md' pairs a source and a target file when \
            their wildcards matched the same text: docs/en/a/b.md with docs/zh/a/b.md. Sources \
            without a translation and translations without a source are reported.

            Exit codes: 0 no finding at or above --fail-on, 1 at least one, 2 usage or input error.
            """
    )

    @Argument(help: "The source document, or a bilingual file: \(FileExtensions.bilingual) (omit with --pairs or --manifest).")
    var source: String?

    @Argument(help: "The translation (omit for a bilingual file).")
    var target: String?

    @OptionGroup var input: InputOptions

    @OptionGroup(title: "Batch mode") var batch: BatchOptions

    @OptionGroup(title: "Baseline") var baseline: BaselineOptions

    @Option(help: ArgumentHelp(
        "For a key catalogue (sources such as title.edit_user): the source-language catalogue to join with it by key, so that translations are checked against English.",
        valueName: "file"))
    var sourceCatalogue: String?

    @Option(help: "Output format: text, json, sarif (SARIF 2.1.0), junit (JUnit XML) or github (workflow annotations).")
    var format: ReportFormat = .text

    @Option(help: "Exit with 1 when a finding at or above this severity exists (error, warning, info, never).")
    var failOn: FailThreshold = .error

    @Flag(help: "Refuse a bilingual file with a schema slip its producer made (XLIFF 2 state on <target>) instead of reading it with a warning.")
    var strict = false

    func validate() throws {
        if batch.isActive {
            guard source == nil else {
                throw ValidationError("give either SOURCE [TARGET] or --pairs/--manifest, not both.")
            }
            return
        }
        guard let source else {
            // With no files named, `pairs:` of .bitext.yml says what to check (`run`).
            guard input.configuredPairsExist() else {
                throw ValidationError(
                    "give SOURCE and TARGET documents, a bilingual file (\(FileExtensions.bilingual)), --pairs/--manifest, "
                        + "or `pairs:` in \(ProjectConfiguration.fileName).")
            }
            return
        }
        if target == nil, BitextFormat.inferred(fromPath: source) == nil {
            throw ValidationError("'\(source)' is not a bilingual file (\(FileExtensions.bilingual)); give SOURCE and TARGET documents.")
        }
    }

    func run() throws {
        var (options, readFiles, configurationDiagnostics, configuredPairs) = try input.auditorOptions(sourceCatalogue: sourceCatalogue)
        options.strict = strict
        var batch = batch
        if source == nil, !batch.isActive {
            batch.pairs = configuredPairs
        }
        var report = try checkReport(using: Auditor(options: options), batch: batch)
        report.configurationDiagnostics = configurationDiagnostics
        let inputs = report.results.flatMap { [$0.bitext.sourcePath, $0.bitext.targetPath] }
            + readFiles + [batch.manifest].compactMap { $0 }
        let unreadable = report.unreadableInputs.count
        if unreadable > 0, baseline.writeBaseline != nil {
            for diagnostic in report.unreadableInputs { Console.warn("\(diagnostic)") }
            Console.warn("bitext: no baseline written: \(unreadable) file pair\(unreadable == 1 ? "" : "s") could not be read, and a baseline without their findings would hide them later")
            throw ExitCode(2)
        }
        let wroteBaseline = try baseline.apply(to: &report, inputs: inputs)
        try format.reporter.write(report, context: .forThisRun()) { try Console.write($0) }
        if format != .text {
            for diagnostic in report.allDiagnostics { Console.warn("\(diagnostic)") }
            if let use = report.baseline { Console.warn("bitext: \(CheckReportText.baselineLine(use))") }
        }
        if unreadable > 0 { throw ExitCode(2) }
        if !wroteBaseline, failOn.fails(report.findings) { throw ExitCode(1) }
    }

    /// Audits what the arguments name: one pair, one bilingual file, or a batch.
    private func checkReport(using auditor: Auditor, batch: BatchOptions) throws -> CheckReport {
        if batch.isActive {
            return try batchReport(using: auditor, batch: batch)
        }
        guard let source else { throw ValidationError("give SOURCE and TARGET documents.") }
        if let target {
            return CheckReport(single: try auditor.audit(sourcePath: source, targetPath: target))
        }
        return CheckReport(single: try auditor.audit(bitextPath: source, format: BitextFormat.inferred(fromPath: source)!))
    }

    /// Every pair in parallel. A pair that cannot be read is an error diagnostic in the
    /// report, which still covers every other pair; the run then exits with 2.
    private func batchReport(using auditor: Auditor, batch: BatchOptions) throws -> CheckReport {
        var diagnostics = Diagnostics()
        let pairs = try batch.filePairs(diagnostics: &diagnostics)
        let progress = ProgressBar.onTerminal(label: "file pairs")
        progress?.update(done: 0, total: pairs.count)
        let outcomes = BatchAuditor(auditor: auditor, jobs: batch.jobs).audit(pairs) { done, total in
            progress?.update(done: done, total: total)
        }
        progress?.finish()
        var results: [AuditResult] = []
        var unreadable: [Diagnostic] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let result): results.append(result)
            case .failure(let error):
                unreadable.append(Diagnostic(
                    .error, "\(error.message); the pair is left out of this report", file: error.position.file,
                    line: error.position.line, column: error.position.column))
            }
        }
        return CheckReport(results: results, diagnostics: diagnostics.items + unreadable, isBatch: true)
    }
}
