import Foundation

// PLACEHOLDER until the report work lands.
public struct HTMLReporter: FindingsReporter {
    public init() {}
    public func render(_ result: AuditResult, context: OutputContext) throws -> Data { Data() }
}
