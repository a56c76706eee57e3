/// The few lines `bitext audit` prints: how much was aligned, what was found, and the most
/// frequent term problems by name, so the user sees real errors without opening a file.
public enum SummaryText {
    public static func render(_ result: AuditResult, outputs: [String] = [], maxTermLines: Int = 12) -> String {
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
        lines += termLines(result.findings, limit: maxTermLines)
        if !result.diagnostics.isEmpty {
            lines.append("input notes: \(result.diagnostics.count) (see findings.json)")
        }
        if !outputs.isEmpty {
            lines.append("wrote:")
            lines += outputs.map { "  \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `DeepSeek → 深度探索 ×6, 深海 ×5`: the wrong renderings per term, most frequent terms first.
    static func termLines(_ findings: [Finding], limit: Int) -> [String] {
        var byTerm: [String: [String: Int]] = [:]
        for finding in findings where finding.check == ForbiddenTermCheck.description.id {
            guard let term = finding.term, let found = term.found else { continue }
            byTerm[term.source, default: [:]][found, default: 0] += 1
        }
        guard !byTerm.isEmpty else { return [] }
        let ranked: [(term: String, renderings: [String: Int], total: Int)] = byTerm.map { term, renderings in
            (term, renderings, renderings.values.reduce(0, +))
        }.sorted { $0.total != $1.total ? $0.total > $1.total : $0.term < $1.term }
        var lines = ["forbidden renderings by term:"]
        for entry in ranked.prefix(limit) {
            let sorted: [(key: String, value: Int)] = entry.renderings.sorted { lhs, rhs in
                lhs.value != rhs.value ? lhs.value > rhs.value : lhs.key < rhs.key
            }
            let renderings = sorted.map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")
            lines.append("  \(entry.term) → \(renderings)")
        }
        if ranked.count > limit {
            lines.append("  … and \(ranked.count - limit) more terms (see report.html)")
        }
        return lines
    }
}
