import Foundation
import Testing
@testable import Bitext

/// `--to json` carries what the input gave: inline codes with their place in the text, the
/// unit (ids, notes, props, attributes, segment and ignorables) and the file header; the
/// keys an alignment's JSON always had stay as they were.
@Suite struct JSONBitextWriterTests {
    static let context = OutputContext(generatedAt: Date(timeIntervalSince1970: 1_770_122_096), toolVersion: "0.1.0")

    private func json(converting input: URL) throws -> [String: Any] {
        let output = try TestData.temporaryDirectory().appendingPathComponent("pairs.json")
        let result = try Converter(context: Self.context).convert(inputPath: input.path, outputPath: output.path, to: .json)
        #expect(!result.diagnostics.contains { $0.message.contains("left out") }, "\(result.diagnostics)")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any])
    }

    @Test func anAlignmentKeepsItsKeys() throws {
        let audit = try Auditor().audit(sourcePath: TestData.englishTranscript.path, targetPath: TestData.chineseTranscript.path)
        let data = try JSONBitextWriter().write(audit.bitext, findings: audit.findings, context: Self.context)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["tool", "generatedAt", "sourceLanguage", "targetLanguage", "sourceFile", "targetFile", "pairs", "findings"])
        let pairs = try #require(object["pairs"] as? [[String: Any]])
        #expect(pairs.count == audit.bitext.pairs.count)
        let aligned = try #require(pairs.first { ($0["source"] as? [Int])?.isEmpty == false && ($0["target"] as? [Int])?.isEmpty == false })
        #expect(Set(aligned.keys) == ["source", "target", "score", "sourceText", "targetText", "sourceLine", "targetLine"])
    }

    @Test func xliff2SegmentsCarryTheirUnitIgnorablesAndCodes() throws {
        let object = try json(converting: TestData.fixture("xliff-conformance/valid/toJoin.xlf"))
        let pairs = try #require(object["pairs"] as? [[String: Any]])
        #expect(pairs.count == 5)
        let units = pairs.compactMap { $0["unit"] as? [String: Any] }
        #expect(units.map { $0["id"] as? String } == Array(repeating: "1", count: 5))
        let segments = units.compactMap { $0["segment"] as? [String: Any] }
        #expect(segments.map { $0["id"] as? String } == ["s1", "s2", "s3", "s4", "s5"])
        #expect(segments.map { $0["position"] as? Int } == [0, 1, 2, 3, 4])
        #expect(segments.map { ($0["ignorablesBefore"] as? [[String: Any]])?.map { $0["source"] as? String } } == [[], [" "], [" "], [], [" "]])
        #expect((segments[3]["attributes"] as? [String: String]) == ["canResegment": "no"])
        let opening = try #require((pairs[0]["sourceCodes"] as? [[String: Any]])?.first)
        #expect(opening["offset"] as? Int == 0)
        #expect(opening["role"] as? String == "opening" && opening["element"] as? String == "sc" && opening["pairing"] as? String == "1")
        let closing = try #require((pairs[1]["targetCodes"] as? [[String: Any]])?.first)
        #expect(closing["role"] as? String == "closing" && closing["pairing"] as? String == "1")
        let file = try #require(object["file"] as? [String: Any])
        #expect(file["origin"] as? String == "xliff2" && file["targetLanguage"] as? String == "fr")
    }

    /// The audit's TMX with codes, notes and props on its units, as real memories have them.
    @Test func tmxUnitsCarryCodesAtTheirMarkersNotesAndProps() throws {
        let folder = try TestData.temporaryDirectory()
        let audit = try Auditor().audit(sourcePath: TestData.englishTranscript.path, targetPath: TestData.chineseTranscript.path)
        var bitext = audit.bitext
        bitext.pairs = bitext.pairs.filter { !$0.isUnaligned }.prefix(40).enumerated().map { index, pair in
            var source = pair.source
            let marker = String(InlineCode.markerCharacter)
            let text = source[0].text
            let cut = text.firstIndex(of: " ") ?? text.endIndex
            source[0] = Segment(
                index: source[0].index, text: marker + text[..<cut] + marker + text[cut...], line: source[0].line, block: source[0].block,
                codes: [
                    InlineCode(role: .opening, pairing: "1", content: "<b>", origin: .tmx, element: "bpt", attributes: ["i": "1", "type": "bold"]),
                    InlineCode(role: .closing, pairing: "1", content: "</b>", origin: .tmx, element: "ept", attributes: ["i": "1"]),
                ])
            let unit = TranslationUnitInfo(
                id: "lex-\(index)", sourceLanguageTag: "en-US", targetLanguageTag: "zh-CN",
                notes: [UnitNote("checked against the audio", appliesTo: .target, language: "en")],
                properties: [UnitProperty(type: "x-speaker", value: "Lex Fridman", appliesTo: .source)],
                attributes: ["changeid": "editor"], attributesOrigin: .tmx)
            return AlignedPair(index: index, source: source, target: pair.target, score: pair.score,
                               sourceLanguage: bitext.sourceLanguage, targetLanguage: bitext.targetLanguage, unit: unit)
        }
        bitext.fileInfo = BilingualFileInfo(origin: .tmx, sourceLanguageTag: "en-US", targetLanguageTag: "zh-CN")
        let memory = folder.appendingPathComponent("memory.tmx")
        try TMXWriter().write(bitext, findings: [], context: Self.context).write(to: memory)
        let object = try json(converting: memory)
        let pairs = try #require(object["pairs"] as? [[String: Any]])
        #expect(pairs.count == 40)
        for (pair, original) in zip(pairs, bitext.pairs) {
            let text = try #require(pair["sourceText"] as? String)
            let codes = try #require(pair["sourceCodes"] as? [[String: Any]])
            #expect(codes.map { $0["element"] as? String } == ["bpt", "ept"])
            #expect(codes.map { $0["content"] as? String } == ["<b>", "</b>"])
            let utf16 = Array(text.utf16)
            for code in codes {
                let offset = try #require(code["offset"] as? Int)
                #expect(String(decoding: utf16[offset..<offset + 2], as: UTF16.self) == marker, "pair \(original.index)")
            }
            let unit = try #require(pair["unit"] as? [String: Any])
            #expect(unit["id"] as? String == original.unit?.id)
            #expect(unit["sourceLanguage"] as? String == "en-US")
            #expect((unit["notes"] as? [[String: Any]])?.first?["appliesTo"] as? String == "target")
            #expect((unit["properties"] as? [[String: Any]])?.first?["value"] as? String == "Lex Fridman")
            #expect((unit["attributes"] as? [String: String])?["changeid"] == "editor")
        }
    }

    private let marker = String(InlineCode.markerCharacter)
}
