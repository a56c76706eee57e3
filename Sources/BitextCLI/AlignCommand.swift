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
            `[]:[5]` is a target sentence with no source. Given two folders, aligns every \
            pair of same-named files into the -o folder.
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

    @Argument(help: "The source document (or a folder of them).") var source: String
    @Argument(help: "The translation (or a folder with the same file names).") var target: String
    @Flag(help: "The inputs hold one sentence per line; do not split sentences.") var presegmented = false
    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .beads
    @Flag(help: "Bead output: follow each bead with its confidence, `[0,1]:[0]:0.973` (as Vecalign writes scores).")
    var scores = false
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?
    @Option(help: "Input encoding: \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", ")) (default: detect).")
    var encoding: TextEncoding?

    private var auditor: Auditor {
        Auditor(options: Auditor.Options(presegmented: presegmented, encoding: encoding))
    }

    func run() throws {
        var diagnostics = Diagnostics()
        defer { diagnostics.items.forEach { Console.warn($0.description) } }
        if FolderPairing.isFolder(source) {
            try alignFolders(diagnostics: &diagnostics)
        } else {
            let data = try aligned(sourcePath: source, targetPath: target, diagnostics: &diagnostics)
            try write(data, to: output, inputs: [source, target])
        }
    }

    /// Folders: every same-named pair, written into the `-o` folder as `NAME.align` (or the
    /// format's extension).
    private func alignFolders(diagnostics: inout Diagnostics) throws {
        guard let output else { throw ValidationError("aligning folders needs -o OUTPUT-FOLDER") }
        try? FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let files = try FolderPairing.pairs(sourceFolder: source, targetFolder: target)
        let results = auditor.alignAll(files.map { ($0.source, $0.target) })
        let inputs = files.flatMap { [$0.source, $0.target] }
        for (file, result) in zip(files, results) {
            let (pair, pairDiagnostics) = try result.get()
            diagnostics.append(contentsOf: pairDiagnostics)
            let base = (file.name as NSString).deletingPathExtension
            let path = (output as NSString).appendingPathComponent(base + "." + (format.exportFormat?.fileExtension ?? "align"))
            try write(try data(of: pair), to: path, inputs: inputs)
        }
    }

    private func aligned(sourcePath: String, targetPath: String, diagnostics: inout Diagnostics) throws -> Data {
        try data(of: auditor.align(sourcePath: sourcePath, targetPath: targetPath, diagnostics: &diagnostics))
    }

    private func data(of pair: AlignedDocumentPair) throws -> Data {
        if let exportFormat = format.exportFormat {
            return try exportFormat.writer.write(pair.bitext, findings: [], context: .forThisRun())
        }
        return Data(BeadFormat.format(pair.alignment, scores: scores).utf8)
    }

    private func write(_ data: Data, to path: String?, inputs: [String]) throws {
        guard let path else {
            return try Console.write(data)
        }
        try OutputFile.write(data, to: URL(fileURLWithPath: path), inputs: inputs)
    }
}
