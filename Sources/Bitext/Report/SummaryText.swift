/// The few lines `bitext audit` prints: how much was aligned, what was found, and the most
/// frequent term problems by name, so the user sees real errors without opening a file.
public enum SummaryText {
    public static func render(_ result: AuditResult, outputs: [String] = [], maxTermLines: Int = 8) -> String {
        let summary = AuditSummary(result)
        var lines: [String] = []
        lines.append("\(result.bitext.sourcePath) → \(result.bitext.targetPath)")
        lines.append(
            "pairs: \(summary.pairs) (\(summary.alignedPairs) aligned; unaligned segments: "
                + "\(summary.unalignedSourceSegments) source, \(summary.unalignedTargetSegments) target)")
        if result.findings.isEmpty {
            lines.append("findings: none")
        } else {
            let bySeverity = Severity.allCases.reversed().compactMap { severity in
                summary.findingsBySeverity[severity.rawValue].map { "\($0) \(severity.rawValue)" }
            }
            lines.append("findings: \(result.findings.count) (\(bySeverity.joined(separator: ", ")))")
            for checkType in CheckRegistry.all {
                let id = checkType.description.id
                if let count = summary.findingsByCheck[id] { lines.append("  \(id): \(count)") }
            }
        }
        let termCounts = Dictionary(
            grouping: result.findings.compactMap { finding in
                finding.term.flatMap { term in term.found.map { "\(finding.check): \(term.source) → \($0)" } }
            }, by: { $0 }
        ).mapValues(\.count)
        let top = termCounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(maxTermLines)
        if !top.isEmpty {
            lines.append("most frequent term problems:")
            lines += top.map { "  \($0.key) ×\($0.value)" }
        }
        if !result.diagnostics.isEmpty {
            lines.append("input notes: \(result.diagnostics.count) (see findings.json)")
        }
        if !outputs.isEmpty {
            lines.append("wrote:")
            lines += outputs.map { "  \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
