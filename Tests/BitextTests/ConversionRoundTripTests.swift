import Foundation
import Testing
@testable import Bitext

/// Converting between formats on the audited transcript: TMX → XLIFF 2 → TMX gives the
/// same file back, inline codes, languages, notes and props included.
@Suite struct ConversionRoundTripTests {
    static let context = OutputContext(generatedAt: Date(timeIntervalSince1970: 1_770_122_096), toolVersion: "0.1.0")

    /// The transcript's TMX as `bitext audit` writes it, read back, with inline codes,
    /// notes and props added to every seventh unit, written as TMX again.
    private func transcriptMemory(in folder: URL) throws -> URL {
        let audit = try Auditor().audit(sourcePath: TestData.englishTranscript.path, targetPath: TestData.chineseTranscript.path)
        let exported = folder.appendingPathComponent("audit.tmx")
        try TMXWriter().write(audit.bitext, findings: audit.findings, context: Self.context).write(to: exported)
        var diagnostics = Diagnostics()
        var memory = try TMXBitextReader().read(.file(exported.path), diagnostics: &diagnostics)
        #expect(diagnostics.items.isEmpty)
        for index in memory.pairs.indices where index % 7 == 3 {
            var pair = memory.pairs[index]
            pair.source[0] = Self.wrapped(pair.source[0], english: true)
            pair.target[0] = Self.wrapped(pair.target[0], english: false)
            pair.unit?.notes.append(UnitNote("reviewed: keep the bold span", appliesTo: .target, language: "en"))
            pair.unit?.properties.append(UnitProperty(type: "x-reviewer", value: "lead", appliesTo: .source))
            pair.unit?.attributes["changeid"] = "reviewer-\(index)"
            memory.pairs[index] = AlignedPair(
                index: pair.index, source: pair.source, target: pair.target, score: pair.score,
                sourceLanguage: memory.sourceLanguage, targetLanguage: memory.targetLanguage, unit: pair.unit)
        }
        let url = folder.appendingPathComponent("memory.tmx")
        try TMXWriter().write(memory, findings: [], context: Self.context).write(to: url)
        return url
    }

    /// Bold around the first word, a line-break placeholder at the end, an isolated italic
    /// start in the Chinese: the codes CAT tools leave in real memories.
    private static func wrapped(_ segment: Segment, english: Bool) -> Segment {
        let marker = String(InlineCode.markerCharacter)
        let text = segment.text
        let cut = english ? (text.firstIndex(of: " ") ?? text.endIndex) : text.index(text.startIndex, offsetBy: min(2, text.count))
        var codes = [
            InlineCode(role: .opening, pairing: "1", content: "<b>", origin: .tmx, element: "bpt", attributes: ["i": "1", "type": "bold"]),
            InlineCode(role: .closing, pairing: "1", content: "</b>", origin: .tmx, element: "ept", attributes: ["i": "1"]),
            InlineCode(role: .standalone, content: "<br/>", origin: .tmx, element: "ph", attributes: ["type": "lb", "x": "2"]),
        ]
        var newText = marker + text[..<cut] + marker + text[cut...] + marker
        if !english {
            codes.append(InlineCode(role: .opening, isolated: true, content: "<i>", origin: .tmx, element: "it", attributes: ["pos": "begin", "x": "3"]))
            newText += marker
        }
        return Segment(index: segment.index, text: newText, line: segment.line, block: segment.block, codes: codes)
    }

    @Test func tmxToXLIFF2AndBackIsLosslessOnTheTranscript() throws {
        let folder = try TestData.temporaryDirectory()
        let memory = try transcriptMemory(in: folder)
        let xliff = folder.appendingPathComponent("memory.xlf")
        let back = folder.appendingPathComponent("back.tmx")
        let converter = Converter(context: Self.context)
        let forth = try converter.convert(inputPath: memory.path, outputPath: xliff.path, to: .xliff)
        #expect(forth.pairs > 4000)
        #expect(forth.diagnostics.isEmpty)
        let xliffReport = try XMLValidator(.xmlSchema(ExportSample.schema("xliff-2.1/xliff_core_2.0.xsd"))).validate(contentsOf: xliff)
        #expect(xliffReport.problems == [])
        let returned = try converter.convert(inputPath: xliff.path, outputPath: back.path, to: .tmx)
        #expect(returned.pairs == forth.pairs)
        #expect(returned.diagnostics.isEmpty)
        #expect(try Data(contentsOf: back) == (try Data(contentsOf: memory)))

        var diagnostics = Diagnostics()
        let original = try TMXBitextReader().read(.file(memory.path), diagnostics: &diagnostics)
        let roundTripped = try TMXBitextReader().read(.file(back.path), diagnostics: &diagnostics)
        let coded = original.pairs.filter { !$0.sourceCodes.isEmpty }
        #expect(coded.count > 500)
        #expect(roundTripped.pairs.map(\.sourceCodes) == original.pairs.map(\.sourceCodes))
        #expect(roundTripped.pairs.map(\.targetText) == original.pairs.map(\.targetText))
        #expect(roundTripped.pairs.map(\.unit) == original.pairs.map(\.unit))
        #expect(roundTripped.fileInfo == original.fileInfo)
        let dtd = XMLValidator(.dtd(ExportSample.schema("tmx-1.4b/tmx14.dtd")))
        #expect(try dtd.validate(contentsOf: back).problems == [])
    }

    @Test func checksReadCodedTextAsText() throws {
        let folder = try TestData.temporaryDirectory()
        let memory = try transcriptMemory(in: folder)
        let plain = folder.appendingPathComponent("plain.tmx")
        var diagnostics = Diagnostics()
        var stripped = try TMXBitextReader().read(.file(memory.path), diagnostics: &diagnostics)
        stripped.pairs = stripped.pairs.map { pair in
            func plainSegments(_ segments: [Segment]) -> [Segment] {
                segments.map { Segment(index: $0.index, text: InlineCode.plainText($0.text), line: $0.line, block: $0.block) }
            }
            return AlignedPair(
                index: pair.index, source: plainSegments(pair.source), target: plainSegments(pair.target), score: pair.score,
                sourceLanguage: stripped.sourceLanguage, targetLanguage: stripped.targetLanguage, unit: pair.unit)
        }
        try TMXWriter().write(stripped, findings: [], context: Self.context).write(to: plain)
        let coded = try Auditor().audit(bitextPath: memory.path, format: .tmx).findings
        let uncoded = try Auditor().audit(bitextPath: plain.path, format: .tmx).findings
        // The same findings with or without codes (markers are neither words, numbers nor
        // tags), plus the isolated code the Chinese side has and the English has not.
        let codeFindings = coded.filter { $0.message.hasPrefix("inline codes differ") }
        #expect(coded.filter { !$0.message.hasPrefix("inline codes differ") }.map(\.message) == uncoded.map(\.message))
        #expect(codeFindings.count > 500)
        #expect(codeFindings.first?.message == "inline codes differ: 2 paired code, 1 placeholder in the source, 1 isolated code, 2 paired code, 1 placeholder in the target")
        #expect(!uncoded.isEmpty)
        #expect(!coded.contains { $0.source.text.contains(InlineCode.markerCharacter) || $0.target.text.contains(InlineCode.markerCharacter) })
    }

    @Test func convertRefusesToWriteOverItsInput() throws {
        let folder = try TestData.temporaryDirectory()
        let input = folder.appendingPathComponent("pairs.tmx")
        try Data(contentsOf: TestData.fixture("expected/lex-459-sample.tmx")).write(to: input)
        let link = folder.appendingPathComponent("link.tmx")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: input)
        let before = try Data(contentsOf: input)
        for output in [input, link] {
            #expect(throws: InputError.self) {
                try Converter(context: Self.context).convert(inputPath: input.path, outputPath: output.path, to: .tmx)
            }
        }
        #expect(try Data(contentsOf: input) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["link.tmx", "pairs.tmx"])
    }
}
