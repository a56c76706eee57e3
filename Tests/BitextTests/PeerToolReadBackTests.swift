import Foundation
import Testing
@testable import Bitext

/// A CAT-tool ecosystem peer reads what bitext writes: translate-toolkit (PyPI, installed by
/// `Scripts/test`) parses the TMX, XLIFF 2.1 and XLIFF 1.2 of the real transcript audit, and
/// must see every unit with the text, languages and notes bitext put there.
@Suite(.serialized) struct PeerToolReadBackTests {
    struct PeerReading: Decodable {
        struct Unit: Decodable {
            var id: String
            var source: String
            var target: String
            var notes: String
            var languages: [String?]?
        }
        var sourceLanguage: String?
        var targetLanguage: String?
        var units: [Unit]
    }

    static let script = TestData.repositoryRoot.appendingPathComponent("Tests/BitextTests/PeerTools/read_with_translate_toolkit.py")

    /// Runs the peer reader; a missing translate-toolkit fails the test with the fix, since a
    /// skipped interoperability test would read as a pass.
    static func read(_ data: Data, as kind: String, named name: String) throws -> PeerReading {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try data.write(to: file)
        let run = try Subprocess.run("python3", [script.path, kind, file.path])
        let complaint = run.error
        if complaint.contains("No module named 'translate'") {
            Issue.record("translate-toolkit is not installed: run Scripts/test or `python3 -m pip install translate-toolkit`")
        }
        try #require(run.status == 0, "translate-toolkit could not read \(name): \(complaint)")
        return try JSONDecoder().decode(PeerReading.self, from: run.outputData)
    }

    static func audit() throws -> AuditResult { try AuditEndToEndTests.auditTranscript() }

    static let context = OutputContext(generatedAt: Date(timeIntervalSince1970: 1_763_000_000))

    @Test func translateToolkitReadsEveryTMXUnitWithItsTextLanguagesAndNotes() throws {
        let result = try Self.audit()
        let data = try TMXWriter().write(result.bitext, findings: result.findings, context: Self.context)
        let reading = try Self.read(data, as: "tmx", named: "lex-459.tmx")
        let aligned = result.bitext.pairs.filter { !$0.isUnaligned }
        #expect(aligned.count > 4000)
        try #require(reading.units.count == aligned.count)
        let tags = [result.bitext.sourceLanguage.tag, result.bitext.targetLanguage.tag]
        let withFindings = Set(result.findings.compactMap(\.pair))
        for (unit, pair) in zip(reading.units, aligned) {
            #expect(unit.source == pair.sourceText, "pair \(pair.index)")
            #expect(unit.target == pair.targetText, "pair \(pair.index)")
            #expect(unit.languages == tags, "pair \(pair.index)")
            #expect(unit.notes.isEmpty == !withFindings.contains(pair.index), "pair \(pair.index)")
        }
        let misspelling = try #require(result.findings.first { $0.check == "speaker" && $0.message.contains("Frdiman") })
        let noted = try #require(reading.units.first { $0.notes.contains("Frdiman") })
        #expect(noted.notes.contains(misspelling.message))
    }

    @Test func translateToolkitReadsEveryXLIFF2UnitIncludingUnalignedOnes() throws {
        let result = try Self.audit()
        let data = try XLIFF2Writer().write(result.bitext, findings: result.findings, context: Self.context)
        let reading = try Self.read(data, as: "xliff2", named: "lex-459.xlf")
        #expect(reading.sourceLanguage == result.bitext.sourceLanguage.tag)
        #expect(reading.targetLanguage == result.bitext.targetLanguage.tag)
        try #require(reading.units.count == result.bitext.pairs.count)
        for (unit, pair) in zip(reading.units, result.bitext.pairs) {
            #expect(unit.source == pair.sourceText, "pair \(pair.index)")
            #expect(unit.target == pair.targetText, "pair \(pair.index)")
        }
        #expect(reading.units.filter { $0.source.isEmpty }.count == result.bitext.pairs.filter { $0.source.isEmpty }.count)
        #expect(Set(reading.units.map(\.id)).count == reading.units.count)
    }

    @Test func translateToolkitReadsEveryXLIFF12TransUnit() throws {
        let result = try Self.audit()
        let data = try XLIFF12Writer().write(result.bitext, findings: result.findings, context: Self.context)
        let reading = try Self.read(data, as: "xliff12", named: "lex-459.xlf")
        try #require(reading.units.count == result.bitext.pairs.count)
        for (unit, pair) in zip(reading.units, result.bitext.pairs) {
            #expect(unit.source == pair.sourceText, "pair \(pair.index)")
            #expect(unit.target == pair.targetText, "pair \(pair.index)")
        }
        #expect(Set(reading.units.map(\.id)).count == reading.units.count)
    }
}
