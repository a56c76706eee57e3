/// What `bitext check` reports: the audit of each file pair in order (one for SOURCE
/// TARGET, many in batch mode), trouble with the batch as a whole (files without a
/// counterpart), and the findings a baseline suppressed. `results[i].findings` are the
/// findings that count: the ones the baseline did not cover.
public struct CheckReport: Sendable {
    public struct BaselineUse: Sendable {
        /// The baseline file, as the user named it.
        public var path: String
        /// Suppressed findings per result, parallel to `results`.
        public var suppressed: [[Finding]]

        public var count: Int { suppressed.reduce(0) { $0 + $1.count } }
    }

    public var results: [AuditResult]
    public var diagnostics: [Diagnostic]
    /// Trouble with the configuration and glossaries of the run: reported with the inputs'
    /// diagnostics, never counted as an unreadable input.
    public var configurationDiagnostics: [Diagnostic] = []
    /// Batch mode reports file pairs (JSON `pairs`, a summary line); a single pair keeps
    /// the single-document shape of `findings.json`.
    public var isBatch: Bool
    public var baseline: BaselineUse?

    public init(results: [AuditResult], diagnostics: [Diagnostic] = [], isBatch: Bool) {
        self.results = results
        self.diagnostics = diagnostics
        self.isBatch = isBatch
    }

    public init(single result: AuditResult) {
        self.init(results: [result], isBatch: false)
    }

    /// Every finding that counts, pair by pair in order.
    public var findings: [Finding] { results.flatMap(\.findings) }

    /// The stream reporters read: every finding that counts, in order, with the result it
    /// belongs to, handed to `consumer` one at a time.
    public func forEachFinding(_ consumer: (Finding, AuditResult) throws -> Void) rethrows {
        for result in results {
            for finding in result.findings { try consumer(finding, result) }
        }
    }

    /// How many findings count, without gathering them.
    public var findingCount: Int { results.reduce(0) { $0 + $1.findings.count } }

    /// Batch diagnostics first, then each pair's.
    public var allDiagnostics: [Diagnostic] { configurationDiagnostics + diagnostics + results.flatMap(\.diagnostics) }

    /// Inputs that could not be read (batch pairs left out of `results`).
    public var unreadableInputs: [Diagnostic] { diagnostics.filter { $0.level == .error } }

    /// Moves the findings the baseline covers out of the results, matching in pair order.
    public mutating func apply(_ baseline: Baseline, path: String) {
        var matcher = baseline.matcher()
        var suppressed: [[Finding]] = []
        for index in results.indices {
            var kept: [Finding] = []
            var known: [Finding] = []
            for finding in results[index].findings {
                if matcher.absorbs(finding) { known.append(finding) } else { kept.append(finding) }
            }
            results[index].findings = kept
            suppressed.append(known)
        }
        self.baseline = BaselineUse(path: path, suppressed: suppressed)
    }

    /// The file of a finding's primary side, falling back on the result's paths.
    static func file(of finding: Finding, in result: AuditResult) -> String {
        let (side, isTarget) = finding.primarySide
        return side.file ?? (isTarget ? result.bitext.targetPath : result.bitext.sourcePath)
    }
}
