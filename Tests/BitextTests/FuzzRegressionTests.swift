import Foundation
import Testing
@testable import Bitext

/// Every input a fuzzer (Scripts/fuzz) crashed on, kept under
/// Fixtures/fuzz-regressions/<target>/ and replayed the way that target reads it: the first
/// byte selects the variant (format, encoding, language), the rest is the input. Each must
/// give a value that keeps its text, or an `InputError` naming the file.
@Suite struct FuzzRegressionTests {
    static func inputs(_ target: String) throws -> [(name: String, selector: UInt8, payload: Data)] {
        let folder = TestData.fixture("fuzz-regressions/\(target)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
        return try names.map { name in
            let bytes = try Data(contentsOf: folder.appendingPathComponent(name))
            return (name, bytes.first ?? 0, bytes.dropFirst())
        }
    }

    /// Runs `body`; a thrown error must be an `InputError` naming `path` on a real line.
    static func expectValueOrInputError(_ name: String, path: String, _ body: () throws -> Void) {
        do {
            try body()
        } catch let error as InputError {
            #expect(error.position.file == path, "\(name): \(error)")
            #expect((error.position.line ?? 1) >= 1, "\(name): \(error)")
        } catch {
            Issue.record("\(name): unexpected error \(error)")
        }
    }

    @Test func decodingKeepsNoMarkCROrNUL() throws {
        let encodings: [TextEncoding?] = [nil] + TextEncoding.allCases
        let inputs = try Self.inputs("decoding")
        #expect(!inputs.isEmpty)
        for input in inputs {
            Self.expectValueOrInputError(input.name, path: "fuzz.txt") {
                let decoded = try TextDecoder.decode(input.payload, path: "fuzz.txt", encoding: encodings[Int(input.selector) % encodings.count])
                #expect(decoded.text.unicodeScalars.first != "\u{FEFF}", "\(input.name)")
                #expect(!decoded.text.utf8.contains(0x0D) && !decoded.text.utf8.contains(0), "\(input.name)")
            }
        }
    }

    @Test func markdownAndPlainTextSegmentsKeepTheirTextAndLines() throws {
        let inputs = try Self.inputs("markdown-text")
        #expect(!inputs.isEmpty)
        for input in inputs {
            let text = String(decoding: input.payload, as: UTF8.self)
            let format: DocumentFormat = input.selector & 1 == 0 ? .markdown : .plainText
            let language: Language =
                input.selector & 0x80 != 0 ? (input.selector & 0x40 != 0 ? .chinese : .english) : Language.detect(text) ?? .english
            Self.expectValueOrInputError(input.name, path: "fuzz.md") {
                var diagnostics = Diagnostics()
                let document = try format.reader.read(text, path: "fuzz.md", language: language, diagnostics: &diagnostics)
                let segmented = Segmenter(presegmented: input.selector & 2 != 0).segment(document)
                #expect(TextConservation.segmentationViolation(in: segmented) == nil, "\(input.name)")
            }
        }
    }

    /// The subtitle target: bit 0 selects SRT or WebVTT.
    @Test func subtitleTimingsOfAnySizeAreReadOrNamed() throws {
        let inputs = try Self.inputs("subtitles")
        #expect(!inputs.isEmpty)
        for input in inputs {
            let text = String(decoding: input.payload, as: UTF8.self)
            let format: DocumentFormat = input.selector & 1 == 0 ? .srt : .vtt
            Self.expectValueOrInputError(input.name, path: "fuzz.srt") {
                var diagnostics = Diagnostics()
                let document = try format.reader.read(text, path: "fuzz.srt", language: Language.detect(text) ?? .english, diagnostics: &diagnostics)
                #expect(TextConservation.segmentationViolation(in: Segmenter().segment(document)) == nil, "\(input.name)")
            }
        }
    }

    /// The TMX target reads files as they are (no selector byte) and writes back what it read.
    @Test func tmxUnitsSurviveAWriteAndReadBack() throws {
        let folder = TestData.fixture("fuzz-regressions/tmx")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmx") }.sorted()
        #expect(!names.isEmpty)
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            var diagnostics = Diagnostics()
            let read = try TMXBitextReader().read(.data(data, path: name), diagnostics: &diagnostics)
            let written = try TMXWriter().write(read, findings: [], context: ConversionRoundTripTests.context)
            let reread = try TMXBitextReader().read(String(decoding: written, as: UTF8.self), path: name, diagnostics: &diagnostics)
            #expect(reread.pairs.map(\.sourceText) == read.pairs.map(\.sourceText), "\(name)")
            #expect(reread.pairs.map(\.targetText) == read.pairs.map(\.targetText), "\(name)")
        }
    }

    /// A `<tu>` without `<tuv>` carries no text and TMX cannot hold it: left out, with a warning.
    @Test func aTMXUnitWithoutVariantsIsLeftOutWithAWarning() throws {
        let data = try Data(contentsOf: TestData.fixture("fuzz-regressions/tmx/unit-without-variants.tmx"))
        var diagnostics = Diagnostics()
        let read = try TMXBitextReader().read(.data(data, path: "units.tmx"), diagnostics: &diagnostics)
        #expect(read.pairs.map(\.sourceText) == ["Plus R1 is open weights."])
        let warnings = diagnostics.items.filter { $0.message.contains("has no <tuv>") }
        #expect(warnings.compactMap(\.line) == [5, 12], "\(diagnostics.items)")
    }
}
