import Foundation

/// SARIF 2.1.0, the format code-scanning services read: one run, the catalogue of checks as
/// rules, every input file as an artifact, one result per finding located at the file and
/// line a reader should open. Findings a baseline covers are kept as suppressed results
/// (`baselineState: unchanged`), so code scanning shows them as dismissed rather than lost.
public struct SARIFReporter: FindingsReporter, CheckReporter {
    public init() {}

    public func render(_ result: AuditResult, context: OutputContext) throws -> Data {
        try render(CheckReport(single: result), context: context)
    }

    public func render(_ report: CheckReport, context: OutputContext) throws -> Data {
        let rules = CheckRegistry.all.map { $0.description }
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        var artifacts: [String] = []
        var artifactIndex: [String: Int] = [:]
        func index(of file: String) -> Int {
            if let index = artifactIndex[file] { return index }
            artifacts.append(file)
            artifactIndex[file] = artifacts.count - 1
            return artifacts.count - 1
        }
        var results: [[String: Any]] = []
        for (position, result) in report.results.enumerated() {
            _ = index(of: result.bitext.sourcePath)
            _ = index(of: result.bitext.targetPath)
            let suppressed = report.baseline?.suppressed[position] ?? []
            let entries = result.findings.map { ($0, false) } + suppressed.map { ($0, true) }
            for (finding, isSuppressed) in entries {
                let file = CheckReport.file(of: finding, in: result)
                var location: [String: Any] = ["artifactLocation": ["uri": Self.uri(file), "index": index(of: file)] as [String: Any]]
                if let line = finding.primarySide.side.line { location["region"] = ["startLine": line] }
                var entry: [String: Any] = [
                    "ruleId": finding.check,
                    "level": Self.level(finding.severity),
                    "message": ["text": finding.message],
                    "locations": [["physicalLocation": location]],
                    "partialFingerprints": ["bitextFinding/v1": FindingFingerprint.of(finding)],
                ]
                if let index = ruleIndex[finding.check] { entry["ruleIndex"] = index }
                if let baseline = report.baseline {
                    entry["baselineState"] = isSuppressed ? "unchanged" : "new"
                    if isSuppressed {
                        entry["suppressions"] = [["kind": "external", "justification": "listed in the baseline \(baseline.path)"]]
                    }
                }
                results.append(entry)
            }
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
        let run: [String: Any] = [
            "tool": ["driver": driver],
            "artifacts": artifacts.map { ["location": ["uri": Self.uri($0)]] },
            "results": results,
        ]
        let log: [String: Any] = [
            "$schema": "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json",
            "version": "2.1.0",
            "runs": [run],
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
