import ArgumentParser
import Bitext
import Foundation

/// `bitext align SRC TGT`: aligns a document with its translation and writes the beads
/// or an exchange format.
struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align a source document with its translation.",
        discussion: """
            Either language may be the source. The default output lists one bead a line, \
            `[source ids]:[target ids]` with 0-based sentence numbers, e.g. `[0,1]:[0]`; \
            `[]:[5]` is a target sentence with no source.
            """)

    /// What `align` writes: the bead list, or any exchange format.
    enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
        case beads, tsv, json, tmx, xliff

        var exportFormat: ExportFormat? {
            switch self {
            case .beads: nil
            case .tsv: .tsv
            case .json: .json
            case .tmx: .tmx
            case .xliff: .xliff
            }
        }
    }

    @Argument(help: "The source document.") var source: String
    @Argument(help: "The translation.") var target: String
    @Flag(help: "The inputs hold one sentence per line; do not split sentences.") var presegmented = false
    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .beads
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?
    @Option(help: "Input encoding: \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", ")) (default: detect).")
    var encoding: String?

    func validate() throws {
        if let encoding, TextEncoding(rawValue: encoding.lowercased()) == nil {
            throw ValidationError("unknown encoding '\(encoding)'")
        }
    }

    func run() throws {
        var diagnostics = Diagnostics()
        do {
            let pair = try AlignedDocumentPair.load(
                sourcePath: source, targetPath: target, presegmented: presegmented,
                encoding: encoding.flatMap { TextEncoding(rawValue: $0.lowercased()) }, diagnostics: &diagnostics)
            diagnostics.items.forEach { printError($0.description) }
            let data: Data
            if let exportFormat = format.exportFormat {
                data = try exportFormat.writer.write(pair.bitext, findings: [], context: OutputContext(generatedAt: Date()))
            } else {
                data = Data(BeadFormat.format(pair.alignment).utf8)
            }
            if let output {
                guard FileManager.default.createFile(atPath: output, contents: data) else {
                    printError("\(output): error: cannot be written")
                    throw ExitCode(2)
                }
            } else {
                FileHandle.standardOutput.write(data)
            }
        } catch let error as InputError {
            diagnostics.items.forEach { printError($0.description) }
            printError(error.description)
            throw ExitCode(2)
        }
    }
}

/// Writes a line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
