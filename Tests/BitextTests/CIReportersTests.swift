import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Bitext

/// The formats CI reads: SARIF validated against the official schema, JUnit parsed back,
/// GitHub annotations escaped.
@Suite struct CIReportersTests {
    static let context = OutputContext(generatedAt: Date(timeIntervalSince1970: 1_738_540_800), toolVersion: "test")

    /// Real transcript sentences checked against a one-term glossary: a forbidden rendering
    /// (line 2), a lost question mark and a half-width full stop.
    static func result() throws -> AuditResult {
        var diagnostics = Diagnostics()
        let bitext = try TSVBitextReader().read("""
            The Llama models are open weights.\tLlama 模型是开放权重的。
            So I used the Deep Seek moment as an opportunity.\t因此，我利用了这个深海时刻作为一个机会。
            And now the models have no like potential copyright lawsuit from New York Times or anything like that?\t现在模特们没有来自《纽约时报》的潜在版权诉讼或类似的东西。
            That's.\t那是.
            """, path: "docs/zh/pairs, 1.tsv", diagnostics: &diagnostics)
        let glossary = Glossary(terms: [GlossaryTerm(sourceForms: ["DeepSeek", "Deep Seek"], accepted: ["DeepSeek"], forbidden: ["深海"])])
        let findings = CheckRunner(glossary: glossary).run(on: bitext)
        return AuditResult(bitext: bitext, source: nil, target: nil, findings: findings, diagnostics: [])
    }

    @Test(.needsSharedData) func sarifValidatesAgainstTheOfficialSchema() throws {
        let result = try Self.result()
        #expect(result.findings.count >= 3)
        let data = try SARIFReporter().render(result, context: Self.context)
        let violations = try SARIFSchema.violations(of: data)
        #expect(violations == nil, "\(violations ?? "")")

        let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        let forbidden = try #require(results.first { $0["ruleId"] as? String == "forbidden-term" })
        #expect(forbidden["level"] as? String == "error")
        let location = (forbidden["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        #expect((location?["artifactLocation"] as? [String: Any])?["uri"] as? String == "docs/zh/pairs,%201.tsv")
        #expect((location?["region"] as? [String: Any])?["startLine"] as? Int == 2)
        let rules = ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]
        #expect(rules?.count == CheckRegistry.all.count)
    }

    @Test(.needsSharedData) func sarifLocatesFilesFromTheCheckoutRootAndCarriesDiagnostics() throws {
        let checkout = "/home/runner/work/site/site"
        let context = OutputContext(generatedAt: Self.context.generatedAt, toolVersion: "test", workingDirectory: checkout)
        var report = CheckReport(single: try Self.result())
        report.configurationDiagnostics = [Diagnostic(.warning, "row 4 has no target rendering", file: "glossary.csv", line: 4)]
        report.results[0].diagnostics = [Diagnostic(.warning, "unknown font", file: "/elsewhere/en.md", line: 2, column: 7)]
        var data = Data()
        try SARIFReporter().write(report, context: context) { data.append($0) }
        #expect(try SARIFSchema.violations(of: data) == nil)

        let run = try #require(((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["runs"] as? [[String: Any]])?.first)
        let bases = run["originalUriBaseIds"] as? [String: [String: String]]
        #expect(bases?["%SRCROOT%"]?["uri"] == "file://\(checkout)/")
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        let artifact = ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any]
        #expect(artifact?["uri"] as? String == "docs/zh/pairs,%201.tsv")
        #expect(artifact?["uriBaseId"] as? String == "%SRCROOT%")

        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == true)
        let notifications = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
        #expect(notifications.compactMap { ($0["message"] as? [String: Any])?["text"] as? String }
            == ["row 4 has no target rendering", "unknown font"])
        let outside = ((notifications[1]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any]
        #expect(outside?["uri"] as? String == "file:///elsewhere/en.md")
        #expect(outside?["uriBaseId"] == nil)
    }

    @Test func fingerprintsIgnoreLinesButNotContent() throws {
        let finding = try #require(try Self.result().findings.first { $0.check == "forbidden-term" })
        var moved = finding
        moved.target.line = 240
        moved.source.line = 240
        #expect(FindingFingerprint.of(moved) == FindingFingerprint.of(finding))
        var changed = finding
        changed.target.text += "。"
        #expect(FindingFingerprint.of(changed) != FindingFingerprint.of(finding))
        var elsewhere = finding
        elsewhere.target.file = "docs/zh/other.tsv"
        #expect(FindingFingerprint.of(elsewhere) != FindingFingerprint.of(finding))
        var dotted = finding
        dotted.target.file = "./" + (finding.target.file ?? "")
        #expect(FindingFingerprint.of(dotted) == FindingFingerprint.of(finding))
    }

    @Test func aFindingWithASubjectKeepsItsFingerprintWhenTheAlignerRedrawsItsRegion() throws {
        let sentence = "And now the models have no like potential copyright lawsuit from New York Times or anything like that?"
        let region = Finding(
            check: "alignment", severity: .warning, message: "unsure",
            source: Finding.Side(text: "That's. " + sentence, line: 3, file: "a.tsv"),
            target: Finding.Side(text: "现在模特们没有来自《纽约时报》的潜在版权诉讼或类似的东西。", line: 3, file: "a.tsv"), subject: sentence)
        var redrawn = region
        redrawn.source.text = sentence + " So I used the Deep Seek moment as an opportunity."
        redrawn.target.text = "那是. 现在模特们没有来自《纽约时报》的潜在版权诉讼或类似的东西。"
        #expect(FindingFingerprint.of(redrawn) == FindingFingerprint.of(region))
        var other = region
        other.subject = "So I used the Deep Seek moment as an opportunity."
        #expect(FindingFingerprint.of(other) != FindingFingerprint.of(region))
    }

    @Test func junitHasOneCasePerCheckAndFailuresForFindings() throws {
        let result = try Self.result()
        let data = try JUnitReporter().render(result, context: Self.context)
        let document = try XMLDocument(data: data)
        let cases = try document.nodes(forXPath: "//testcase")
        #expect(cases.count == CheckRegistry.all.count)
        let failed = try document.nodes(forXPath: "//testcase[failure]/@name").compactMap(\.stringValue)
        #expect(Set(failed) == Set(result.findings.map(\.check)))
        let failure = try document.nodes(forXPath: "//testcase[@name='forbidden-term']/failure").first?.stringValue
        #expect(failure?.contains("docs/zh/pairs, 1.tsv:2: error:") == true)
    }

    @Test func githubAnnotationsEscapeTheirProperties() throws {
        let output = String(decoding: try GitHubAnnotationsReporter().render(try Self.result(), context: Self.context), as: UTF8.self)
        let line = try #require(output.split(separator: "\n").first { $0.contains("forbidden-term") })
        #expect(line.hasPrefix("::error file=docs/zh/pairs%2C 1.tsv,line=2,title=bitext forbidden-term::"))
        #expect(GitHubAnnotationsReporter.data("50% done\nnext") == "50%25 done%0Anext")
    }
}

/// The JSON report is written finding by finding; the bytes must be those of encoding the
/// whole report at once, for one pair and for a batch, on the transcript's real findings.
@Suite struct StreamedJSONReportTests {
    static let context = OutputContext(generatedAt: Date(timeIntervalSince1970: 1_738_540_800), toolVersion: "test")

    /// The report's shape as one value, to encode at once: the same for one pair and a batch.
    private struct Payload: Encodable {
        var schemaVersion: Int
        var tool: String
        var generatedAt: Date
        var summary: JSONReporter.BatchSummary
        var pairs: [JSONReporter.PairPayload]
        var findings: [Finding]
        var diagnostics: [Diagnostic]
        var baseline: JSONReporter.BaselinePayload?
    }

    private static func wholeEncoding(_ report: CheckReport) throws -> Data {
        let findings = report.findings
        var data = try JSONEncoder.bitext.encode(Payload(
            schemaVersion: JSONReporter.schemaVersion, tool: "bitext test", generatedAt: context.generatedAt,
            summary: JSONReporter.BatchSummary(
                filePairs: report.results.count, findings: findings.count,
                findingsByCheck: Dictionary(grouping: findings, by: \.check).mapValues(\.count),
                findingsBySeverity: Dictionary(grouping: findings, by: \.severity.rawValue).mapValues(\.count)),
            pairs: report.results.map {
                JSONReporter.PairPayload(source: $0.bitext.sourcePath, target: $0.bitext.targetPath, summary: AuditSummary($0))
            },
            findings: findings, diagnostics: report.allDiagnostics, baseline: nil))
        data.append(0x0A)
        return data
    }

    @Test func findingByFindingGivesTheSameBytesAsEncodingAtOnce() throws {
        var diagnostics = Diagnostics()
        let glossary = try GlossaryLoader.load(
            path: TestData.repositoryRoot.appendingPathComponent("Glossaries/ai-semiconductor.csv").path, diagnostics: &diagnostics)
        let audit = try Auditor(options: Auditor.Options(glossary: glossary))
            .audit(sourcePath: TestData.englishTranscript.path, targetPath: TestData.chineseTranscript.path)
        #expect(audit.findings.count > 300)
        let empty = AuditResult(bitext: audit.bitext, source: nil, target: nil, findings: [], diagnostics: [])
        let reports = [
            CheckReport(single: audit), CheckReport(single: empty),
            CheckReport(results: [audit, empty, audit], diagnostics: [Diagnostic(.error, "unreadable", file: "x.md", line: 3)], isBatch: true),
        ]
        for report in reports {
            var pieces: [Data] = []
            try JSONReporter().write(report, context: Self.context) { pieces.append($0) }
            #expect(pieces.reduce(Data(), +) == (try Self.wholeEncoding(report)))
        }
    }
}
