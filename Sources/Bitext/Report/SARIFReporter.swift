import Foundation

/// SARIF 2.1.0, the format code-scanning services read: one run, the catalogue of checks as
/// rules, every input file as an artifact, one result per finding located at the file and
/// line a reader should open. Findings a baseline covers are kept as suppressed results
/// (`baselineState: unchanged`), so code scanning shows them as dismissed rather than lost.
/// Files below the working folder are located relative to `%SRCROOT%` (the folder itself
/// in `originalUriBaseIds`); trouble with the inputs and the configuration is reported as
/// the invocation's notifications.
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
        var invocations: [Invocation]
        var originalUriBaseIds: [String: ArtifactLocation]?
        var artifacts: [Artifact]
        var results: [Result]
    }

    struct Invocation: Codable {
        var executionSuccessful: Bool
        var toolExecutionNotifications: [Notification]
    }

    struct Notification: Codable {
        var level: String
        var message: Message
        var locations: [Location]?
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
        var uriBaseId: String?
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

    struct Region: Codable {
        var startLine: Int
        var startColumn: Int?
    }

    struct Suppression: Codable {
        var kind = "external"
        var justification: String
    }

    public func write(_ report: CheckReport, context: OutputContext, to output: (Data) throws -> Void) throws {
        let rules = CheckRegistry.all.map { $0.description }
        let locator = Locator(workingDirectory: context.workingDirectory)
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
                    artifactLocation: locator.location(of: file, index: index(of: file)),
                    region: finding.primarySide.side.line.map { Region(startLine: $0) }))],
                partialFingerprints: [FindingFingerprint.sarifKey: FindingFingerprint.of(finding)])
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
        let notifications = report.allDiagnostics.map { diagnostic in
            Notification(
                level: diagnostic.level.rawValue, message: Message(text: diagnostic.message),
                locations: diagnostic.file.isEmpty ? nil : [Location(physicalLocation: PhysicalLocation(
                    artifactLocation: locator.location(of: diagnostic.file, index: nil),
                    region: diagnostic.line.map { Region(startLine: $0, startColumn: diagnostic.column) }))])
        }
        let log = Log(runs: [Run(
            tool: Tool(driver: Driver(
                version: context.toolVersion,
                rules: rules.map { rule in
                    Rule(
                        id: rule.id, name: rule.name, shortDescription: Message(text: rule.summary),
                        defaultConfiguration: Configuration(level: Self.level(rule.defaultSeverity)))
                })),
            invocations: [Invocation(
                executionSuccessful: report.unreadableInputs.isEmpty, toolExecutionNotifications: notifications)],
            originalUriBaseIds: locator.baseURI.map { [Locator.sourceRoot: ArtifactLocation(uri: $0)] },
            artifacts: artifacts.map { Artifact(location: locator.location(of: $0, index: nil)) },
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

    /// Artifact locations: relative to `%SRCROOT%` (the working folder) for files below it,
    /// absolute `file:` URIs for others, paths as given when no working folder is known.
    struct Locator {
        static let sourceRoot = "%SRCROOT%"
        /// The working folder as a `file:` URI ending in `/`.
        let baseURI: String?
        private let root: String?

        init(workingDirectory: String?) {
            root = workingDirectory.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
            baseURI = root.map { "file://" + SARIFReporter.uri($0.hasSuffix("/") ? $0 : $0 + "/") }
        }

        func location(of path: String, index: Int?) -> ArtifactLocation {
            guard let root else { return ArtifactLocation(uri: SARIFReporter.uri(path), index: index) }
            let absolute = path.hasPrefix("/") ? path : root + "/" + path
            let standardized = URL(fileURLWithPath: absolute).standardizedFileURL.path
            let prefix = root.hasSuffix("/") ? root : root + "/"
            if standardized.hasPrefix(prefix) {
                return ArtifactLocation(uri: SARIFReporter.uri(String(standardized.dropFirst(prefix.count))), uriBaseId: Self.sourceRoot, index: index)
            }
            return ArtifactLocation(uri: "file://" + SARIFReporter.uri(standardized), index: index)
        }
    }

    /// A URI reference for a path: percent-encoded where a URI needs it.
    static func uri(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }
}
