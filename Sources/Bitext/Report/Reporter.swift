import Foundation

/// Renders what a run found, for people or machines: one protocol for every report, the
/// formats `check --format` writes and the HTML page `audit` writes.
public protocol Reporter: Sendable {
    /// Hands `report` to `output` in pieces that, joined, are the whole report. Reporters
    /// take findings from `CheckReport.forEachFinding` one at a time and write as they go,
    /// so the report of a million-unit memory is never held whole beside its findings.
    func write(_ report: CheckReport, context: OutputContext, to output: (Data) throws -> Void) throws
}

extension Reporter {
    /// The whole report at once.
    public func render(_ report: CheckReport, context: OutputContext) throws -> Data {
        var data = Data()
        try write(report, context: context) { data.append($0) }
        return data
    }

    /// The report of one audited pair of documents or one bilingual file.
    public func render(_ result: AuditResult, context: OutputContext) throws -> Data {
        try render(CheckReport(single: result), context: context)
    }
}

/// The report formats `bitext check --format` writes; the exhaustive switch is the only
/// wiring. The HTML page is not one of them: it is a file `audit` writes (`AuditOutputs`).
public enum ReportFormat: String, Sendable, CaseIterable {
    case text
    case json
    case sarif
    case junit
    case github

    public var reporter: any Reporter {
        switch self {
        case .text: TextReporter()
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        case .junit: JUnitReporter()
        case .github: GitHubAnnotationsReporter()
        }
    }
}

/// Collects a report's text and hands it on in pieces of about 64 KB: few writes, bounded memory.
struct ReportBuffer {
    private var pending = Data()
    private let output: (Data) throws -> Void
    private static let pieceSize = 1 << 16

    init(_ output: @escaping (Data) throws -> Void) {
        self.output = output
    }

    mutating func append(_ text: String) throws {
        pending.append(contentsOf: text.utf8)
        if pending.count >= Self.pieceSize { try flush() }
    }

    mutating func append(_ data: Data) throws {
        pending.append(data)
        if pending.count >= Self.pieceSize { try flush() }
    }

    mutating func flush() throws {
        guard !pending.isEmpty else { return }
        try output(pending)
        pending.removeAll(keepingCapacity: true)
    }
}
