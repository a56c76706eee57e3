import Foundation

/// GitHub Actions workflow commands, one per finding (`::error file=…,line=…,title=…::…`),
/// which the runner turns into annotations on the pull request's diff. With a baseline, one
/// notice says how many findings it suppressed.
public struct GitHubAnnotationsReporter: Reporter {
    public init() {}

    public func write(_ report: CheckReport, context: OutputContext, to output: (Data) throws -> Void) throws {
        try withoutActuallyEscaping(output) { output in
            var buffer = ReportBuffer(output)
            try report.forEachFinding { finding, result in
                var properties = ["file=\(Self.property(CheckReport.file(of: finding, in: result)))"]
                if let line = finding.primarySide.side.line { properties.append("line=\(line)") }
                properties.append("title=\(Self.property("bitext " + finding.check))")
                try buffer.append("::\(Self.command(finding.severity)) \(properties.joined(separator: ","))::\(Self.data(finding.message))\n")
            }
            if let baseline = report.baseline {
                try buffer.append(
                    "::notice title=\(Self.property("bitext baseline"))::" + Self.data(CheckReportText.baselineLine(baseline)) + "\n")
            }
            try buffer.flush()
        }
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// Message escaping of workflow commands: `%`, CR and LF.
    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Property values also escape `:` and `,`, which delimit properties.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
