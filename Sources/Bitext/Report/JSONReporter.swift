import Foundation

/// `findings.json`: the JSON contract, described by `Schemas/findings.schema.json`. One
/// top-level shape for a single pair and a batch: `schemaVersion`, `tool`, `generatedAt`,
/// `diagnostics` (trouble with the inputs, the configuration and the glossary), `summary`
/// (totals), `pairs` (each file pair with its own summary), `findings`; a baseline adds
/// `baseline` (the file and how many findings it suppressed). Later versions may add keys;
/// renaming or removing one raises `schemaVersion`.
public struct JSONReporter: Reporter {
    /// The version of the shape `Schemas/findings.schema.json` describes.
    public static let schemaVersion = 1

    public init() {}

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

    /// The top-level members in the encoder's sorted order, each encoded alone; `findings`
    /// is encoded a few hundred findings at a time as the stream hands them over. Same bytes
    /// as encoding the whole payload at once, without the encoder's copy of every finding.
    public func write(_ report: CheckReport, context: OutputContext, to output: (Data) throws -> Void) throws {
        let baseline = report.baseline.map { BaselinePayload(file: $0.path, suppressed: $0.count) }
        var byCheck: [String: Int] = [:]
        var bySeverity: [String: Int] = [:]
        report.forEachFinding { finding, _ in
            byCheck[finding.check, default: 0] += 1
            bySeverity[finding.severity.rawValue, default: 0] += 1
        }
        var members: [(key: String, value: any Encodable)] = [
            ("schemaVersion", Self.schemaVersion), ("tool", "bitext \(context.toolVersion)"), ("generatedAt", context.generatedAt),
            ("diagnostics", report.allDiagnostics),
            ("summary", BatchSummary(
                filePairs: report.results.count, findings: report.findingCount,
                findingsByCheck: byCheck, findingsBySeverity: bySeverity)),
            ("pairs", report.results.map {
                PairPayload(source: $0.bitext.sourcePath, target: $0.bitext.targetPath, summary: AuditSummary($0))
            }),
        ]
        if let baseline { members.append(("baseline", baseline)) }
        let encoder = JSONEncoder.bitext
        try withoutActuallyEscaping(output) { output in
            var buffer = ReportBuffer(output)
            let keys = (members.map(\.key) + ["findings"]).sorted()
            for (position, key) in keys.enumerated() {
                try buffer.append(position == 0 ? "{\n  \"\(key)\" : " : ",\n  \"\(key)\" : ")
                if key == "findings" {
                    try writeFindings(of: report, with: encoder, to: &buffer)
                } else if let member = members.first(where: { $0.key == key }) {
                    try buffer.append(Self.indented(try encoder.encode(member.value)))
                }
            }
            try buffer.append("\n}\n")
            try buffer.flush()
        }
    }

    /// `[`, the findings as array elements, `]`; `[\n\n  ]` when there are none, as the encoder writes it.
    private func writeFindings(of report: CheckReport, with encoder: JSONEncoder, to buffer: inout ReportBuffer) throws {
        var pending: [Finding] = []
        var written = 0
        func encodePending() throws {
            let elements = try encoder.encode(pending)
            try buffer.append(written == 0 ? "[\n" : ",\n")
            try buffer.append(Self.arrayElements(of: elements))
            written += pending.count
            pending.removeAll(keepingCapacity: true)
        }
        try report.forEachFinding { finding, _ in
            pending.append(finding)
            if pending.count == Self.findingsPerPiece { try encodePending() }
        }
        if !pending.isEmpty { try encodePending() }
        try buffer.append(written == 0 ? "[\n\n  ]" : "\n  ]")
    }

    /// Findings encoded at a time: few encoder calls, a bounded piece of output.
    private static let findingsPerPiece = 500

    /// Values of top-level members sit one level deep: every line after the first is indented.
    private static let memberIndent = Array("  ".utf8)

    /// `encoded[range]` one level deeper: the indent before every line (the first one too
    /// when `fromLineStart`), except blank ones, which the encoder writes inside an empty
    /// array and leaves unindented.
    private static func indented(_ encoded: Data, _ range: Range<Int>? = nil, fromLineStart: Bool = false) -> Data {
        var output = Data(capacity: encoded.count + encoded.count / 8)
        encoded.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            let range = range ?? 0..<bytes.count
            var lineStart = range.lowerBound
            while lineStart < range.upperBound {
                var lineEnd = lineStart
                while lineEnd < range.upperBound, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                if lineEnd > lineStart, fromLineStart || lineStart > range.lowerBound { output.append(contentsOf: memberIndent) }
                output.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[lineStart..<min(lineEnd + 1, range.upperBound)]))
                lineStart = lineEnd + 1
            }
        }
        return output
    }

    /// The elements of a pretty-printed top-level array (`[\n  {…},\n  {…}\n]`), moved one
    /// level deeper: what they are inside the report's `findings`.
    private static func arrayElements(of array: Data) -> Data {
        // Between the opening "[\n" and the closing "\n]".
        indented(array, 2..<(array.count - 2), fromLineStart: true)
    }
}
