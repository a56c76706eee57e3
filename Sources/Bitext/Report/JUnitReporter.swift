import Foundation

/// JUnit XML for CI dashboards: one test suite per file pair, in it one test case per check,
/// failed when the check reported something, with every finding listed in the failure as
/// `file:line: severity: message`. With a baseline, each suite records how many findings
/// it suppressed as the property `bitext.baseline.suppressed`.
public struct JUnitReporter: Reporter {
    public init() {}

    /// The XML is built whole: a suite's attributes count its failures before its cases.
    public func write(_ report: CheckReport, context: OutputContext, to output: (Data) throws -> Void) throws {
        try output(try render(report))
    }

    private func render(_ report: CheckReport) throws -> Data {
        let checks = CheckRegistry.all.map { $0.description }
        let failuresPerResult = report.results.map { result in Set(result.findings.map(\.check)).count }
        let xml = try XMLWriter()
        try xml.startDocument()
        try xml.open("testsuites", [
            "name": "bitext", "tests": String(checks.count * report.results.count),
            "failures": String(failuresPerResult.reduce(0, +)),
        ])
        for (position, result) in report.results.enumerated() {
            let byCheck = Dictionary(grouping: result.findings, by: \.check)
            let target = result.bitext.targetPath
            try xml.open("testsuite", [
                "name": "bitext \(target)", "tests": String(checks.count),
                "failures": String(failuresPerResult[position]), "errors": "0", "skipped": "0",
            ])
            if let baseline = report.baseline {
                try xml.open("properties")
                try xml.empty("property", ["name": "bitext.baseline.suppressed", "value": String(baseline.suppressed[position].count)])
                try xml.close()
            }
            for check in checks {
                let attributes: KeyValuePairs<String, String?> = ["classname": target, "name": check.id]
                guard let findings = byCheck[check.id] else {
                    try xml.empty("testcase", attributes)
                    continue
                }
                try xml.open("testcase", attributes)
                let lines = findings.map { finding in
                    let position = SourcePosition(file: CheckReport.file(of: finding, in: result), line: finding.primarySide.side.line)
                    return "\(position): \(finding.severity.rawValue): \(finding.message)"
                }
                let count = findings.count == 1 ? "1 finding" : "\(findings.count) findings"
                try xml.leaf("failure", ["message": "\(count): \(check.summary)", "type": check.id], text: lines.joined(separator: "\n"))
                try xml.close()
            }
            try xml.close()
        }
        try xml.close()
        return try xml.finish()
    }
}
