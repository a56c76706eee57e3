import Foundation

/// Renders the result of a run for people or machines.
public protocol FindingsReporter: Sendable {
    func render(_ result: AuditResult, context: OutputContext) throws -> Data
}

/// The report formats `bitext check --format` writes; the exhaustive switch is the only wiring.
/// The HTML report is not among them: it is one of the files `audit` writes (`AuditOutputs`).
public enum ReportFormat: String, Sendable, CaseIterable {
    case text
    case json
    case sarif
    case junit
    case github

    public var reporter: any FindingsReporter {
        switch self {
        case .text: TextReporter()
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        case .junit: JUnitReporter()
        case .github: GitHubAnnotationsReporter()
        }
    }
}
