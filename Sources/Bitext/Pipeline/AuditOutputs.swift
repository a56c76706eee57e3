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

    /// Writes all outputs and returns their URLs in a stable order.
    @discardableResult
    public func write(_ result: AuditResult, context: OutputContext) throws -> [URL] {
        let outputs: [(String, () throws -> Data)] = [
            (Self.reportName, { try ReportFormat.html.reporter.render(result, context: context) }),
            (Self.tmxName, { try ExportFormat.tmx.writer.write(result.bitext, findings: result.findings, context: context) }),
            (Self.xliffName, { try ExportFormat.xliff.writer.write(result.bitext, findings: result.findings, context: context) }),
            (Self.findingsName, { try ReportFormat.json.reporter.render(result, context: context) }),
        ]
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw InputError(file: directory.path, "cannot create the output folder: \(error.localizedDescription)")
        }
        let inputs = [result.bitext.sourcePath, result.bitext.targetPath]
        var written: [URL] = []
        for (name, render) in outputs {
            let url = directory.appendingPathComponent(name)
            try OutputFile.write(try render(), to: url, inputs: inputs)
            written.append(url)
        }
        return written
    }
}

/// Atomic writing that refuses to replace an input file.
public enum OutputFile {
    public static func write(_ data: Data, to url: URL, inputs: [String]) throws {
        let target = url.standardizedFileURL.resolvingSymlinksInPath().path
        for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path == target {
            throw InputError(file: url.path, "refusing to overwrite an input file with output")
        }
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw InputError(file: url.path, "cannot be written: \(error.localizedDescription)")
        }
    }
}
