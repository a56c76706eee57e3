import Foundation

/// Compiler-style lines, `file:line: severity: [check] message`, one per finding, so editors
/// and terminals can jump to them. Input diagnostics come first; a batch ends with a summary
/// line, and a baseline with the number of findings it suppressed.
public struct TextReporter: FindingsReporter, CheckReporter {
    public init() {}

    public func render(_ result: AuditResult, context: OutputContext) throws -> Data {
        try render(CheckReport(single: result), context: context)
    }

    public func render(_ report: CheckReport, context: OutputContext) throws -> Data {
        var output = ""
        for diagnostic in report.allDiagnostics {
            output += diagnostic.description + "\n"
        }
        for result in report.results {
            for finding in result.findings {
                let position = SourcePosition(file: CheckReport.file(of: finding, in: result), line: finding.primarySide.side.line)
                output += "\(position): \(finding.severity.rawValue): [\(finding.check)] \(LineSafeText.escaping(finding.message))\n"
            }
        }
        if let baseline = report.baseline {
            output += "note: \(LineSafeText.escaping(CheckReportText.baselineLine(baseline)))\n"
        }
        if report.isBatch {
            output += CheckReportText.summaryLine(report) + "\n"
        }
        return Data(output.utf8)
    }
}
