/// The sentences check reports share: how many findings a baseline suppressed, and the
/// one-line summary of a batch.
public enum CheckReportText {
    static func count(_ number: Int, _ noun: String) -> String {
        number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
    }

    /// `3 findings suppressed by the baseline bitext-baseline.json`
    public static func baselineLine(_ baseline: CheckReport.BaselineUse) -> String {
        "\(count(baseline.count, "finding")) suppressed by the baseline \(baseline.path)"
    }

    /// One line per file pair that has findings or silenced ones:
    /// `zh/a.md: 3 findings (1 error, 2 warning); 2 suppressed by comments (numbers ×2)`.
    public static func pageLines(_ report: CheckReport) -> [String] {
        report.results.compactMap { result in
            guard !result.findings.isEmpty || !result.suppressedByCheck.isEmpty else { return nil }
            var line = "\(result.bitext.targetPath): \(count(result.findings.count, "finding"))\(severities(result.findings))"
            if !result.suppressedByCheck.isEmpty {
                let checks = result.suppressedByCheck.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }
                line += "; \(result.suppressedByCheck.values.reduce(0, +)) suppressed by comments (\(checks.joined(separator: ", ")))"
            }
            return line
        }
    }

    private static func severities(_ findings: [Finding]) -> String {
        let bySeverity = Severity.allCases.reversed().compactMap { severity -> String? in
            let number = findings.filter { $0.severity == severity }.count
            return number == 0 ? nil : "\(number) \(severity.rawValue)"
        }
        return bySeverity.isEmpty ? "" : " (\(bySeverity.joined(separator: ", ")))"
    }

    /// `checked 4 file pairs: 7 findings (2 error, 5 warning)`
    public static func summaryLine(_ report: CheckReport) -> String {
        let findings = report.findings
        return "checked \(count(report.results.count, "file pair")): \(count(findings.count, "finding"))\(severities(findings))"
    }
}
