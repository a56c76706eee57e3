import Foundation

/// Renders what `bitext check` found, over one file pair or a batch, in one combined report.
public protocol CheckReporter: Sendable {
    func render(_ report: CheckReport, context: OutputContext) throws -> Data
}

extension ReportFormat {
    /// The reporter `bitext check` uses; nil for formats only `audit` writes.
    public var checkReporter: (any CheckReporter)? {
        switch self {
        case .text: TextReporter()
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        case .junit: JUnitReporter()
        case .github: GitHubAnnotationsReporter()
        case .html: nil
        }
    }
}
