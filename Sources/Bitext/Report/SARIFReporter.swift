import Foundation

/// SARIF 2.1.0, the format code-scanning services read: one run, the catalogue of checks as
/// rules, every input file as an artifact, one result per finding located at the file and
/// line a reader should open. Findings a baseline covers are kept as suppressed results
/// (`baselineState: unchanged`), so code scanning shows them as dismissed rather than lost.
public struct SARIFReporter: Reporter {
    public init() {}

    /// The SARIF objects bitext writes, as `Codable` types named after the specification's.
    struct Log: Codable {
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
        var schema = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]
    }

    struct Run: Codable {
        var tool: Tool
        var artifacts: [Artifact]
        var results: [Result]
    }

    struct Tool: Codable { var driver: Driver }

    struct Driver: Codable {
        var name = "bitext"
        var version: String
        var informationUri = "https://github.com/bitext/bitext"
        var rules: [Rule]
    }

    struct Rule: Codable {
        var id: String
        var name: String
        var shortDescription: Message
        var defaultConfiguration: Configuration
    }

    struct Configuration: Codable { var level: String }
    struct Message: Codable { var text: String }
    struct Artifact: Codable { var location: ArtifactLocation }

    struct ArtifactLocation: Codable {
        var uri: String
        var index: Int?
    }

    struct Result: Codable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Message
        var locations: [Location]
        var partialFingerprints: [String: String]
        var baselineState: String?
        var suppressions: [Suppression]?
    }

    struct Location: Codable { var physicalLocation: PhysicalLocation }

    struct PhysicalLocation: Codable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct Region: Codable { var startLine: Int }

    struct Suppression: Codable {
        var kind = "external"
        var justification: String
    }

    public func write(_ report: CheckReport, context: OutputContext, to output: (Data) throws -> Void) throws {
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
        var results: [Result] = []
        func add(_ finding: Finding, in result: AuditResult, suppressed isSuppressed: Bool) {
            let file = CheckReport.file(of: finding, in: result)
            var entry = Result(
                ruleId: finding.check, ruleIndex: ruleIndex[finding.check], level: Self.level(finding.severity),
                message: Message(text: finding.message),
                locations: [Location(physicalLocation: PhysicalLocation(
                    artifactLocation: ArtifactLocation(uri: Self.uri(file), index: index(of: file)),
                    region: finding.primarySide.side.line.map(Region.init(startLine:))))],
                partialFingerprints: ["bitextFinding/v1": FindingFingerprint.of(finding)])
            if let baseline = report.baseline {
                entry.baselineState = isSuppressed ? "unchanged" : "new"
                if isSuppressed { entry.suppressions = [Suppression(justification: "listed in the baseline \(baseline.path)")] }
            }
            results.append(entry)
        }
        // Each pair's files, its new findings, then the ones its baseline suppressed.
        for (position, result) in report.results.enumerated() {
            _ = index(of: result.bitext.sourcePath)
            _ = index(of: result.bitext.targetPath)
            for finding in result.findings { add(finding, in: result, suppressed: false) }
            for finding in report.baseline?.suppressed[position] ?? [] { add(finding, in: result, suppressed: true) }
        }
        let log = Log(runs: [Run(
            tool: Tool(driver: Driver(
                version: context.toolVersion,
                rules: rules.map { rule in
                    Rule(
                        id: rule.id, name: rule.name, shortDescription: Message(text: rule.summary),
                        defaultConfiguration: Configuration(level: Self.level(rule.defaultSeverity)))
                })),
            artifacts: artifacts.map { Artifact(location: ArtifactLocation(uri: Self.uri($0))) },
            results: results)])
        var data = try JSONEncoder.bitext.encode(log)
        data.append(0x0A)
        try output(data)
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
