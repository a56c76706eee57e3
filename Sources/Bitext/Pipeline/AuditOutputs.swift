import Foundation

/// Writes the four audit outputs into one folder. Every file is written to a temporary
/// name and renamed, so an interrupted run never leaves a half-written file, and no output
/// may overwrite an input.
public struct AuditOutputs: Sendable {
    public static let reportName = "report.html"
    public static let tmxName = "alignment.tmx"
    public static let xliffName = "alignment.xlf"
    public static let findingsName = "findings.json"

    public var directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// Writes all outputs and returns their URLs in a stable order. `inputs` are the files
    /// read besides the two documents (glossaries, configuration): none may be replaced.
    @discardableResult
    public func write(_ result: AuditResult, context: OutputContext, inputs: [String] = []) throws -> [URL] {
        let outputs: [(String, () throws -> Data)] = [
            (Self.reportName, { try HTMLReporter().render(result, context: context) }),
            (Self.tmxName, { try ExportFormat.tmx.writer.write(result.bitext, findings: result.findings, context: context) }),
            (Self.xliffName, { try ExportFormat.xliff.writer.write(result.bitext, findings: result.findings, context: context) }),
            (Self.findingsName, { try ReportFormat.json.reporter.render(result, context: context) }),
        ]
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw InputError(file: directory.path, "cannot create the output folder: \(error.localizedDescription)")
        }
        let inputs = [result.bitext.sourcePath, result.bitext.targetPath] + inputs
        // All four refused before any is written: an audit writes all of them or none.
        for (name, _) in outputs {
            try OutputFile.refuseOverwriting(inputs, with: directory.appendingPathComponent(name).path)
        }
        var written: [URL] = []
        for (name, render) in outputs {
            let url = directory.appendingPathComponent(name)
            try OutputFile.write(try render(), to: url, inputs: inputs)
            written.append(url)
        }
        return written
    }
}
