import Foundation
import Testing
@testable import Bitext

/// `Schemas/findings.schema.json` describes what the JSON report really holds: real reports
/// of the transcript, single and batch, validate, and reports missing a required key or with
/// a wrong severity do not (so the schema is not vacuous).
@Suite struct FindingsSchemaTests {
    static let schema = TestData.repositoryRoot.appendingPathComponent("Schemas/findings.schema.json")
    static let context = OutputContext(generatedAt: Date(timeIntervalSince1970: 0), toolVersion: "test")

    static func transcriptAudit() throws -> AuditResult {
        var diagnostics = Diagnostics()
        let glossary = try GlossaryLoader.load(
            path: TestData.repositoryRoot.appendingPathComponent("Glossaries/ai-semiconductor.csv").path, diagnostics: &diagnostics)
        return try Auditor(options: Auditor.Options(glossary: glossary))
            .audit(sourcePath: TestData.englishTranscript.path, targetPath: TestData.chineseTranscript.path)
    }

    static func json(_ report: CheckReport) throws -> Data {
        var data = Data()
        try JSONReporter().write(report, context: context) { data.append($0) }
        return data
    }

    @Test func singleAndBatchReportsShareOneShapeAndValidate() throws {
        let audit = try Self.transcriptAudit()
        #expect(audit.findings.count > 300)
        let single = try Self.json(CheckReport(single: audit))
        let batch = try Self.json(CheckReport(
            results: [audit, audit], diagnostics: [Diagnostic(.warning, "glossary row 3 has no target", file: "terms.csv", line: 3)],
            isBatch: true))
        for data in [single, batch] {
            #expect(try JSONSchemaValidator.violations(of: data, schema: Self.schema) == nil)
        }
        let singleObject = try #require(try JSONSerialization.jsonObject(with: single) as? [String: Any])
        let batchObject = try #require(try JSONSerialization.jsonObject(with: batch) as? [String: Any])
        #expect(Set(singleObject.keys) == Set(batchObject.keys))
        #expect(singleObject["schemaVersion"] as? Int == JSONReporter.schemaVersion)
        #expect((batchObject["pairs"] as? [Any])?.count == 2)
    }

    @Test func reportsThatBreakTheContractAreRejected() throws {
        let audit = try Self.transcriptAudit()
        var object = try #require(try JSONSerialization.jsonObject(with: try Self.json(CheckReport(single: audit))) as? [String: Any])
        object.removeValue(forKey: "findings")
        #expect(try JSONSchemaValidator.violations(of: JSONSerialization.data(withJSONObject: object), schema: Self.schema) != nil)

        object = try #require(try JSONSerialization.jsonObject(with: try Self.json(CheckReport(single: audit))) as? [String: Any])
        var findings = try #require(object["findings"] as? [[String: Any]])
        findings[0]["severity"] = "fatal"
        object["findings"] = findings
        #expect(try JSONSchemaValidator.violations(of: JSONSerialization.data(withJSONObject: object), schema: Self.schema) != nil)
    }
}
