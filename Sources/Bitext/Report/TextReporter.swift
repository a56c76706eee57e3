import Foundation

/// Compiler-style lines, `file:line: severity: [check] message`, one per finding, so editors
/// and terminals can jump to them. Input diagnostics come first; a batch ends with a line per
/// page (its findings, and those comments suppressed) and a summary line, and a baseline with
/// the number of findings it suppressed.
public struct TextReporter: Reporter {
    public init() {}

    public func write(_ report: CheckReport, context: OutputContext, to output: (Data) throws -> Void) throws {
        try withoutActuallyEscaping(output) { output in
            var buffer = ReportBuffer(output)
            for diagnostic in report.allDiagnostics {
                try buffer.append(diagnostic.description + "\n")
            }
            try report.forEachFinding { finding, result in
                let position = SourcePosition(file: CheckReport.file(of: finding, in: result), line: finding.primarySide.side.line)
                try buffer.append("\(position): \(finding.severity.rawValue): [\(finding.check)] \(LineSafeText.escaping(finding.message))\n")
            }
            if let baseline = report.baseline {
                try buffer.append("note: \(LineSafeText.escaping(CheckReportText.baselineLine(baseline)))\n")
            }
            if report.isBatch {
                for line in CheckReportText.pageLines(report) {
                    try buffer.append("page: \(LineSafeText.escaping(line))\n")
                }
                try buffer.append(CheckReportText.summaryLine(report) + "\n")
            }
            try buffer.flush()
        }
    }
}
