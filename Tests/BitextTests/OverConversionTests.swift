import Foundation
import Testing
@testable import Bitext

/// `over-conversion` on the transcript converted to Traditional Chinese: OpenCC's Taiwan
/// conversion gives a correct text, in which nothing is reported; the same text with the
/// wrong characters a character-by-character converter writes is caught wherever they are.
@Suite struct OverConversionTests {
    /// The transcript in Taiwan's Traditional forms, written under a `zh-TW` folder.
    private func audit(replacing wrong: [(String, String)], glossary: Glossary = .empty) throws -> (AuditResult, Int) {
        let converter = try #require(ChineseScriptConverter.toTaiwan, "OpenCC's data is installed with libopencc")
        var traditional = converter.convert(try String(contentsOf: TestData.chineseTranscript, encoding: .utf8))
        var planted = 0
        for (right, overConverted) in wrong {
            planted += traditional.components(separatedBy: right).count - 1
            traditional = traditional.replacingOccurrences(of: right, with: overConverted)
        }
        let folder = try TestData.temporaryDirectory().appendingPathComponent("zh-TW")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let target = folder.appendingPathComponent("zh.md")
        try traditional.write(to: target, atomically: true, encoding: .utf8)
        let result = try Auditor(options: Auditor.Options(glossary: glossary, checks: Self.onlyOverConversion))
            .audit(sourcePath: TestData.englishTranscript.path, targetPath: target.path)
        return (result, planted)
    }

    static let onlyOverConversion = CheckConfiguration(
        disabled: Set(CheckRegistry.all.map { $0.description.id }).subtracting([OverConversionCheck.description.id]))

    @Test func aCorrectConversionHasNoFinding() throws {
        let (result, _) = try audit(replacing: [])
        #expect(result.findings.isEmpty, "\(result.findings.map(\.message))")
    }

    @Test func everyOverConvertedExportControlIsFound() throws {
        let (result, planted) = try audit(replacing: [("出口管制", "出口管製"), ("系統", "係統")])
        #expect(planted > 20)
        let exportControls = try #require(result.findings.first { $0.message.hasPrefix("“管製”") })
        #expect(exportControls.message.contains("the word is “管制”"))
        let pairsWithWrongForm = result.bitext.pairs.filter { $0.targetText.contains("出口管製") }.count
        #expect(exportControls.message.contains("(\(pairsWithWrongForm) pairs,"), "\(exportControls.message)")
        // 係統 alone and inside longer words (生態係統, 操作係統): each word once, nothing else.
        #expect(result.findings.contains { $0.message.hasPrefix("“係統”") })
        for finding in result.findings {
            #expect(finding.message.hasPrefix("“管製”") || finding.message.contains("係統” has"), "\(finding.message)")
        }
        // With a glossary entry for export control the word is still wrong.
        let glossary = Glossary(terms: [GlossaryTerm(sourceForms: ["export control"], accepted: ["出口管制"])])
        #expect(try audit(replacing: [("出口管制", "出口管製")], glossary: glossary).0.findings.count == 1)
    }

    @Test func aSimplifiedTargetIsNotChecked() {
        let example = CheckExample("Export controls on GPUs.", "对 GPU 的出口管制。")
        #expect(CheckRunner(checks: [OverConversionCheck.self]).run(on: example.bitext()).isEmpty)
    }
}
