import Foundation

/// SARIF 2.1.0, the format code-scanning services read: one run, the catalogue of checks as
/// rules, one result per finding located at the file and line a reader should open.
public struct SARIFReporter: FindingsReporter {
    public init() {}

    public func render(_ result: AuditResult, context: OutputContext) throws -> Data {
        let rules = CheckRegistry.all.map { $0.description }
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let results: [[String: Any]] = result.findings.map { finding in
            let (side, isTarget) = finding.primarySide
            let file = side.file ?? (isTarget ? result.bitext.targetPath : result.bitext.sourcePath)
            var location: [String: Any] = ["artifactLocation": ["uri": Self.uri(file)]]
            if let line = side.line { location["region"] = ["startLine": line] }
            var entry: [String: Any] = [
                "ruleId": finding.check,
                "level": Self.level(finding.severity),
                "message": ["text": finding.message],
                "locations": [["physicalLocation": location]],
                "partialFingerprints": ["bitextFinding/v1": FindingFingerprint.of(finding)],
            ]
            if let index = ruleIndex[finding.check] { entry["ruleIndex"] = index }
            return entry
        }
        let driver: [String: Any] = [
            "name": "bitext",
            "version": context.toolVersion,
            "informationUri": "https://github.com/bitext/bitext",
            "rules": rules.map { rule in
                [
                    "id": rule.id,
                    "name": rule.name,
                    "shortDescription": ["text": rule.summary],
                    "defaultConfiguration": ["level": Self.level(rule.defaultSeverity)],
                ] as [String: Any]
            },
        ]
        let log: [String: Any] = [
            "$schema": "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json",
            "version": "2.1.0",
            "runs": [["tool": ["driver": driver], "results": results] as [String: Any]],
        ]
        var data = try JSONSerialization.data(withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        data.append(0x0A)
        return data
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// A relative URI reference for a path as the user gave it.
    static func uri(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }
}
