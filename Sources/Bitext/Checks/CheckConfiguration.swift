/// Which checks run and how severe their findings are. Built from defaults, then from
/// configuration files and command-line options.
public struct CheckConfiguration: Sendable {
    public var disabled: Set<String> = []
    public var severities: [String: Severity] = [:]
    /// Per-check options, by check id; a check without an entry has its defaults.
    public var options: [String: any CheckOptions] = [:]

    public init(disabled: Set<String> = [], severities: [String: Severity] = [:], options: [String: any CheckOptions] = [:]) {
        self.disabled = disabled
        self.severities = severities
        self.options = options
    }

    public static let `default` = CheckConfiguration()

    public func isEnabled(_ id: String) -> Bool { !disabled.contains(id) }

    public func severity(of check: any Check.Type) -> Severity {
        severities[check.description.id] ?? check.description.defaultSeverity
    }

    /// Sets one option of `check` from its text, validated against the check's declaration.
    /// The error says why: the option is unknown (with the known ones) or the value is not allowed.
    public mutating func setOption(_ key: String, to value: String, for check: any Check.Type) throws(CheckOptionError) {
        let declaration = check.description.options
        let id = check.description.id
        switch declaration.assign(key, value, options[id] ?? declaration.defaults()) {
        case .success(let updated):
            options[id] = updated
        case .failure(.unknownOption):
            let known = declaration.options.map(\.key)
            throw CheckOptionError(
                message: "“\(key)” is not an option of “\(id)”"
                    + (known.isEmpty ? " (it has none)" : " (its options: \(known.joined(separator: ", ")))"))
        case .failure(.invalidValue(let reason)):
            throw CheckOptionError(message: "“\(value)” for option “\(key)” of “\(id)” \(reason)")
        }
    }
}

/// Why a check option cannot be set; the caller adds where the setting was written.
public struct CheckOptionError: Error, Sendable {
    public let message: String
}
