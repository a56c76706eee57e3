import Foundation

/// JUnit XML for CI dashboards: one test case per check, failed when the check reported
/// something, with every finding listed in the failure as `file:line: message`.
public struct JUnitReporter: FindingsReporter {
    public init() {}

    public func render(_ result: AuditResult, context: OutputContext) throws -> Data {
        let byCheck = Dictionary(grouping: result.findings, by: \.check)
        let checks = CheckRegistry.all.map { $0.description }
        let failures = checks.filter { byCheck[$0.id] != nil }.count
        let xml = try XMLWriter()
        try xml.startDocument()
        try xml.open("testsuites", ["name": "bitext", "tests": String(checks.count), "failures": String(failures)])
        try xml.open("testsuite", [
            "name": "bitext \(result.bitext.targetPath)", "tests": String(checks.count),
            "failures": String(failures), "errors": "0", "skipped": "0",
        ])
        for check in checks {
            let attributes: KeyValuePairs<String, String?> = ["classname": result.bitext.targetPath, "name": check.id]
            guard let findings = byCheck[check.id] else {
                try xml.empty("testcase", attributes)
                continue
            }
            try xml.open("testcase", attributes)
            let lines = findings.map { finding in
                let (side, isTarget) = finding.primarySide
                let file = side.file ?? (isTarget ? result.bitext.targetPath : result.bitext.sourcePath)
                return "\(SourcePosition(file: file, line: side.line)): \(finding.severity.rawValue): \(finding.message)"
            }
            let count = findings.count == 1 ? "1 finding" : "\(findings.count) findings"
            try xml.leaf("failure", ["message": "\(count): \(check.summary)", "type": check.id], text: lines.joined(separator: "\n"))
            try xml.close()
        }
        try xml.close()
        try xml.close()
        return try xml.finish()
    }
}
