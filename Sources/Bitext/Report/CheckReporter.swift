import Foundation

/// Renders what `bitext check` found, over one file pair or a batch, in one combined report.
public protocol CheckReporter: Sendable {
    func render(_ report: CheckReport, context: OutputContext) throws -> Data
    /// Hands the report to `output` in pieces that, joined, are `render`'s data: a report of
    /// a million-unit memory need not be held whole beside its findings.
    func write(_ report: CheckReport, context: OutputContext, to output: (Data) throws -> Void) throws
}

extension CheckReporter {
    public func write(_ report: CheckReport, context: OutputContext, to output: (Data) throws -> Void) throws {
        try output(render(report, context: context))
    }
}

extension ReportFormat {
    /// The reporter `bitext check` uses.
    public var checkReporter: any CheckReporter {
        switch self {
        case .text: TextReporter()
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        case .junit: JUnitReporter()
        case .github: GitHubAnnotationsReporter()
        }
    }
}
