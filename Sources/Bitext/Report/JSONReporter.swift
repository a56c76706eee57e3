import Foundation

/// `findings.json`: the JSON contract. A top-level object whose `findings` array holds
/// `Finding`s; `summary` and `diagnostics` are additions that never change `findings`.
public struct JSONReporter: FindingsReporter {
    public init() {}

    struct Payload: Encodable {
        var tool: String
        var generatedAt: Date
        var source: String
        var target: String
        var summary: AuditSummary
        var findings: [Finding]
        var diagnostics: [Diagnostic]
    }

    public func render(_ result: AuditResult, context: OutputContext) throws -> Data {
        let payload = Payload(
            tool: "bitext \(context.toolVersion)", generatedAt: context.generatedAt,
            source: result.bitext.sourcePath, target: result.bitext.targetPath,
            summary: AuditSummary(result), findings: result.findings, diagnostics: result.diagnostics)
        var data = try JSONEncoder.bitext.encode(payload)
        data.append(0x0A)
        return data
    }
}
