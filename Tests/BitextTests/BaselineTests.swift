import Foundation
import Testing
@testable import Bitext

/// Baselines: content keys with counts, a stable file, clear errors for a broken one.
@Suite struct BaselineTests {
    static func forbidden() throws -> Finding {
        try #require(try CIReportersTests.result().findings.first { $0.check == "forbidden-term" })
    }

    @Test func aFingerprintCountsItsOccurrences() throws {
        let finding = try Self.forbidden()
        let baseline = Baseline(findings: [finding, finding])
        #expect(baseline.entries.count == 1)
        #expect(baseline.findingCount == 2)
        var matcher = baseline.matcher()
        var absorbed: [Bool] = []
        for occurrence in [finding, finding, finding] { absorbed.append(matcher.absorbs(occurrence)) }
        #expect(absorbed == [true, true, false])
    }

    @Test func movedFindingsStayKnownAndChangedOnesAreNew() throws {
        let finding = try Self.forbidden()
        var matcher = Baseline(findings: [finding]).matcher()
        var moved = finding
        moved.target.line = (finding.target.line ?? 0) + 40
        moved.source.text = finding.source.text.replacingOccurrences(of: " as ", with: "\n   as  ")
        var changed = finding
        changed.target.text = "我利用了这个深海时刻。"
        let changedIsKnown = matcher.absorbs(changed)
        let movedIsKnown = matcher.absorbs(moved)
        #expect(!changedIsKnown)
        #expect(movedIsKnown)
    }

    @Test func reportsMoveOnlyCoveredFindingsOut() throws {
        let result = try CIReportersTests.result()
        let known = Array(result.findings.prefix(2))
        var report = CheckReport(results: [result, result], isBatch: true)
        report.apply(Baseline(findings: known), path: "baseline.json")
        #expect(report.baseline?.count == 2)
        #expect(report.baseline?.suppressed[0] == known)
        #expect(report.results[0].findings == Array(result.findings.dropFirst(2)))
        #expect(report.results[1].findings == result.findings, "each known finding is suppressed once")
    }

    @Test func theFileIsSortedVersionedAndStable() throws {
        let findings = try CIReportersTests.result().findings
        let data = try Baseline(findings: findings).encoded()
        #expect(try Baseline(findings: findings.reversed()).encoded() == data)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["version"] as? Int == Baseline.formatVersion)
        let entries = try #require(object["findings"] as? [[String: Any]])
        #expect(entries.count == Set(findings.map(FindingFingerprint.of)).count)
        let keys = entries.map { "\($0["file"] as? String ?? "") \($0["check"] as? String ?? "") \($0["fingerprint"] as? String ?? "")" }
        #expect(keys == keys.sorted())
        #expect(entries.allSatisfy { ($0["message"] as? String)?.isEmpty == false })
        #expect(try Baseline.decode(data, path: "b.json") == Baseline(findings: findings))
    }

    @Test func brokenFilesNameTheFileAndLine() throws {
        func error(_ text: String) -> InputError? {
            do {
                _ = try Baseline.decode(Data(text.utf8), path: "bitext-baseline.json")
                return nil
            } catch { return error as? InputError }
        }
        let malformed = error("{\n  \"version\": 1,\n  \"findings\": [\n    {\"fingerprint\": \"ab\" \"count\": 1}\n  ]\n}\n")
        #expect(malformed?.position.file == "bitext-baseline.json")
        #expect(malformed?.position.line == 4)
        let future = error(#"{"version": 9, "tool": "bitext", "findings": []}"#)
        #expect(future?.message.contains("version 9") == true)
        let older = error(#"{"version": 1, "tool": "bitext", "findings": []}"#)
        #expect(older?.message.contains("write it again with --write-baseline") == true)
        let missing = error(#"{"version": 1, "tool": "bitext", "findings": [{"fingerprint": "ab", "count": 1, "check": "numbers", "file": "a.md"}]}"#)
        #expect(missing?.message.contains("'message'") == true)
        let wrongType = error(#"{"version": 1, "tool": "bitext", "findings": [{"fingerprint": "ab", "count": "two", "check": "numbers", "file": "a.md", "message": "m"}]}"#)
        #expect(wrongType?.message.contains("findings[0].count") == true)
        #expect(error("[]")?.position.file == "bitext-baseline.json")
    }
}
