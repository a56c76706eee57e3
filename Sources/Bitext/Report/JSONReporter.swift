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

    /// The document around an empty `findings` array, then the findings a few hundred at a
    /// time, each piece encoded alone and indented to its place: the same bytes as encoding
    /// it all at once, without the encoder's copy of every finding.
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
        var start = 0
        while start < findings.count {
            let end = min(findings.count, start + Self.findingsPerPiece)
            if start > 0 { pending.append(contentsOf: Array(",\n".utf8)) }
            Self.appendElements(of: try encoder.encode(Array(findings[start..<end])), to: &pending)
            try output(pending)
            pending.removeAll(keepingCapacity: true)
            start = end
        }
        pending.append(contentsOf: Array("\n  ]".utf8))
        pending.append(frame[slot.upperBound...])
        try output(pending)
    }

    /// Findings encoded at a time: few encoder calls, a bounded piece of output.
    private static let findingsPerPiece = 500

    /// The elements of a pretty-printed top-level array (`[\n  {…},\n  {…}\n]`), moved one
    /// level deeper: what they are inside the report's `findings`.
    private static func appendElements(of array: Data, to output: inout Data) {
        array.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            // Between the opening "[\n" and the closing "\n]".
            var lineStart = 2
            let end = bytes.count - 2
            while lineStart < end {
                var lineEnd = lineStart
                while lineEnd < end, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                output.append(contentsOf: indent)
                output.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[lineStart..<lineEnd]))
                if lineEnd < end { output.append(0x0A) }
                lineStart = lineEnd + 1
            }
        }
    }

    /// Elements of a top-level array are indented one level; in the report they sit two deep.
    private static let indent = Array("  ".utf8)

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
