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

    /// `checked 4 file pairs: 7 findings (2 error, 5 warning)`
    public static func summaryLine(_ report: CheckReport) -> String {
        let findings = report.findings
        var line = "checked \(count(report.results.count, "file pair")): \(count(findings.count, "finding"))"
        let bySeverity = Severity.allCases.reversed().compactMap { severity -> String? in
            let number = findings.filter { $0.severity == severity }.count
            return number == 0 ? nil : "\(number) \(severity.rawValue)"
        }
        if !bySeverity.isEmpty { line += " (\(bySeverity.joined(separator: ", ")))" }
        return line
    }
}
