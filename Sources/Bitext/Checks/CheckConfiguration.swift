/// Which checks run and how severe their findings are. Built from defaults, then from
/// configuration files and command-line options.
public struct CheckConfiguration: Sendable {
    public var disabled: Set<String> = []
    public var severities: [String: Severity] = [:]
    /// Per-check options, by check id.
    public var options: [String: [String: String]] = [:]

    public init(disabled: Set<String> = [], severities: [String: Severity] = [:], options: [String: [String: String]] = [:]) {
        self.disabled = disabled
        self.severities = severities
        self.options = options
    }

    public static let `default` = CheckConfiguration()

    public func isEnabled(_ id: String) -> Bool { !disabled.contains(id) }

    public func severity(of check: any Check.Type) -> Severity {
        severities[check.description.id] ?? check.description.defaultSeverity
    }
}
