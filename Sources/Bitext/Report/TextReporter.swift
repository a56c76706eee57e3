import Foundation

/// Compiler-style lines, `file:line: severity: [check] message`, one per finding, so editors
/// and terminals can jump to them.
public struct TextReporter: FindingsReporter {
    public init() {}

    public func render(_ result: AuditResult, context: OutputContext) throws -> Data {
        var output = ""
        for diagnostic in result.diagnostics {
            output += diagnostic.description + "\n"
        }
        for finding in result.findings {
            let side = finding.target.line != nil ? finding.target : finding.source
            let position = SourcePosition(
                file: side.file ?? (side == finding.target ? result.bitext.targetPath : result.bitext.sourcePath),
                line: side.line)
            output += "\(position): \(finding.severity.rawValue): [\(finding.check)] \(finding.message)\n"
        }
        return Data(output.utf8)
    }
}
