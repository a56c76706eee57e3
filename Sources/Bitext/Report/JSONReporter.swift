import Foundation

/// `findings.json`: the JSON contract. A top-level object whose `findings` array holds
/// `Finding`s; `summary`, `diagnostics` and the rest are additions that never change
/// `findings`. A batch adds `pairs` (each file pair with its own summary), a baseline adds
/// `baseline` (the file and how many findings it suppressed).
public struct JSONReporter: FindingsReporter, CheckReporter {
    public init() {}

    struct Payload: Encodable {
        var tool: String
        var generatedAt: Date
        var source: String
        var target: String
        var summary: AuditSummary
        var findings: [Finding]
        var diagnostics: [Diagnostic]
        var baseline: BaselinePayload?
    }

    struct BatchPayload: Encodable {
        var tool: String
        var generatedAt: Date
        var summary: BatchSummary
        var pairs: [PairPayload]
        var findings: [Finding]
        var diagnostics: [Diagnostic]
        var baseline: BaselinePayload?
    }

    struct BatchSummary: Encodable {
        var filePairs: Int
        var findings: Int
        var findingsByCheck: [String: Int]
        var findingsBySeverity: [String: Int]
    }

    struct PairPayload: Encodable {
        var source: String
        var target: String
        var summary: AuditSummary
    }

    struct BaselinePayload: Encodable {
        var file: String
        var suppressed: Int
    }

    public func render(_ result: AuditResult, context: OutputContext) throws -> Data {
        try render(CheckReport(single: result), context: context)
    }

    public func render(_ report: CheckReport, context: OutputContext) throws -> Data {
        let baseline = report.baseline.map { BaselinePayload(file: $0.path, suppressed: $0.count) }
        let tool = "bitext \(context.toolVersion)"
        var data: Data
        if !report.isBatch, report.results.count == 1, let result = report.results.first {
            data = try JSONEncoder.bitext.encode(Payload(
                tool: tool, generatedAt: context.generatedAt,
                source: result.bitext.sourcePath, target: result.bitext.targetPath,
                summary: AuditSummary(result), findings: result.findings, diagnostics: report.allDiagnostics,
                baseline: baseline))
        } else {
            let findings = report.findings
            data = try JSONEncoder.bitext.encode(BatchPayload(
                tool: tool, generatedAt: context.generatedAt,
                summary: BatchSummary(
                    filePairs: report.results.count, findings: findings.count,
                    findingsByCheck: Dictionary(grouping: findings, by: \.check).mapValues(\.count),
                    findingsBySeverity: Dictionary(grouping: findings, by: \.severity.rawValue).mapValues(\.count)),
                pairs: report.results.map {
                    PairPayload(source: $0.bitext.sourcePath, target: $0.bitext.targetPath, summary: AuditSummary($0))
                },
                findings: findings, diagnostics: report.allDiagnostics, baseline: baseline))
        }
        data.append(0x0A)
        return data
    }
}
