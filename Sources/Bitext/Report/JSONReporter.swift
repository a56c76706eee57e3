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
        var data = Data()
        try write(report, context: context) { data.append($0) }
        return data
    }

    /// The document around an empty `findings` array, then the findings one by one, each
    /// encoded alone and indented to its place: the same bytes as encoding it all at once,
    /// without the encoder's copy of every finding.
    public func write(_ report: CheckReport, context: OutputContext, to output: (Data) throws -> Void) throws {
        let findings = report.findings
        var frame = try encodedFrame(report, context: context, findings: findings)
        frame.append(0x0A)
        guard !findings.isEmpty, let slot = Self.emptyFindingsArray(in: frame) else {
            try output(frame)
            return
        }
        var pending = Data(frame[..<slot.lowerBound])
        pending.append(contentsOf: Array("[\n".utf8))
        let encoder = JSONEncoder.bitext
        for (index, finding) in findings.enumerated() {
            if index > 0 { pending.append(contentsOf: Array(",\n".utf8)) }
            pending.append(contentsOf: Self.indent)
            for byte in try encoder.encode(finding) {
                pending.append(byte)
                if byte == 0x0A { pending.append(contentsOf: Self.indent) }
            }
            if pending.count >= 1 << 20 {
                try output(pending)
                pending.removeAll(keepingCapacity: true)
            }
        }
        pending.append(contentsOf: Array("\n  ]".utf8))
        pending.append(frame[slot.upperBound...])
        try output(pending)
    }

    /// Array elements sit two levels deep in the pretty-printed document.
    private static let indent = Array("    ".utf8)

    /// The payload with no findings (summaries still count them all).
    private func encodedFrame(_ report: CheckReport, context: OutputContext, findings: [Finding]) throws -> Data {
        let baseline = report.baseline.map { BaselinePayload(file: $0.path, suppressed: $0.count) }
        let tool = "bitext \(context.toolVersion)"
        if !report.isBatch, report.results.count == 1, let result = report.results.first {
            return try JSONEncoder.bitext.encode(Payload(
                tool: tool, generatedAt: context.generatedAt,
                source: result.bitext.sourcePath, target: result.bitext.targetPath,
                summary: AuditSummary(result), findings: [], diagnostics: report.allDiagnostics,
                baseline: baseline))
        }
        return try JSONEncoder.bitext.encode(BatchPayload(
            tool: tool, generatedAt: context.generatedAt,
            summary: BatchSummary(
                filePairs: report.results.count, findings: findings.count,
                findingsByCheck: Dictionary(grouping: findings, by: \.check).mapValues(\.count),
                findingsBySeverity: Dictionary(grouping: findings, by: \.severity.rawValue).mapValues(\.count)),
            pairs: report.results.map {
                PairPayload(source: $0.bitext.sourcePath, target: $0.bitext.targetPath, summary: AuditSummary($0))
            },
            findings: [], diagnostics: report.allDiagnostics, baseline: baseline))
    }

    /// Where the top-level `"findings"` value, an empty array, stands in the frame.
    private static func emptyFindingsArray(in frame: Data) -> Range<Int>? {
        let key = Array("\n  \"findings\" : ".utf8)
        let bytes = [UInt8](frame)
        guard let keyStart = bytes.indices.first(where: { bytes[$0...].starts(with: key) }) else { return nil }
        let open = keyStart + key.count
        guard open < bytes.count, bytes[open] == UInt8(ascii: "[") else { return nil }
        var close = open + 1
        while close < bytes.count, [0x20, 0x0A].contains(bytes[close]) { close += 1 }
        guard close < bytes.count, bytes[close] == UInt8(ascii: "]") else { return nil }
        return open..<(close + 1)
    }
}
