import ArgumentParser
import Bitext
import Foundation

extension Severity: ExpressibleByArgument {}
extension TextEncoding: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}

/// The threshold for exit code 1.
enum FailThreshold: String, ExpressibleByArgument, CaseIterable {
    case error, warning, info, never

    var severity: Severity? {
        switch self {
        case .error: .error
        case .warning: .warning
        case .info: .info
        case .never: nil
        }
    }

    func fails(_ findings: [Finding]) -> Bool {
        guard let severity else { return false }
        return findings.contains { $0.severity >= severity }
    }
}

/// Options every command that reads input and checks it shares.
struct InputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp("A term glossary (CSV, TSV or TBX). Repeat to combine several.", valueName: "file"))
    var glossary: [String] = []

    @Option(help: ArgumentHelp(
        "Which headers of the --glossary CSV/TSV files hold which column, for files with other names (source=source_term,target@zh-TW=translated_term).",
        valueName: "map"))
    var glossaryColumns: String?

    @Flag(help: "Take one segment per line as given instead of splitting sentences.")
    var presegmented = false

    @Option(help: ArgumentHelp("Input encoding; detected when omitted (\(TextEncoding.allCases.map(\.rawValue).joined(separator: ", "))).", valueName: "name"))
    var encoding: TextEncoding?

    @Option(help: ArgumentHelp("Project configuration; by default the nearest .bitext.yml from the working folder up.", valueName: "file"))
    var config: String?

    /// The run's options merged by the library (`RunConfiguration`), with the files they
    /// were read from and the trouble found in the configuration and glossaries, which the
    /// reports carry as diagnostics.
    /// Whether the configuration in effect names `pairs:`. One that cannot be read counts as
    /// naming them, so that the run loads it and reports what is wrong with it.
    func configuredPairsExist() -> Bool {
        guard let path = config ?? ProjectConfiguration.find(from: FileManager.default.currentDirectoryPath) else { return false }
        var diagnostics = Diagnostics()
        guard let configuration = try? ProjectConfiguration.load(path: path, diagnostics: &diagnostics) else { return true }
        return !configuration.pairs.isEmpty
    }

    func auditorOptions(sourceCatalogue: String? = nil) throws -> (options: Auditor.Options, files: [String], diagnostics: [Diagnostic], pairs: [String]) {
        var diagnostics = Diagnostics()
        var run = RunConfiguration(configurationPath: config, glossaryPaths: glossary, presegmented: presegmented, encoding: encoding)
        run.sourceCataloguePath = sourceCatalogue
        if let glossaryColumns {
            do {
                run.glossaryColumns = try GlossaryColumnMapping(argument: glossaryColumns)
            } catch let error as GlossaryColumn.NameError {
                throw ValidationError("--glossary-columns: \(error.message)")
            }
        }
        let resolved = try run.resolve(diagnostics: &diagnostics)
        return (resolved.options, resolved.readFiles, diagnostics.items, resolved.pairs)
    }
}

enum Console {
    static func write(_ text: String) throws {
        try write(Data(text.utf8))
    }

    static func write(_ data: Data) throws {
        try OutputFile.writeToStandardOutput(data)
    }

    /// One line to standard error, where it does not mix with written output.
    static func warn(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
