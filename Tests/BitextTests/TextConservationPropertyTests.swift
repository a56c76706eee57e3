import Foundation
import Testing
@testable import Bitext

/// Properties that must hold for any input, checked on a few hundred seeded random documents
/// built from the transcript's sentences (see `GeneratedText`) and on the real transcript:
/// segmentation keeps every character, alignment puts every segment in exactly one bead in
/// order, findings point at lines that hold their text, and exchange formats round-trip.
@Suite struct TextConservationPropertyTests {
    @Test func segmentationKeepsEveryCharacterOfGeneratedDocuments() throws {
        let generated = GeneratedText.shared
        var generator = SeededGenerator(seed: 459)
        for round in 0..<300 {
            let language: Language = round % 2 == 0 ? .english : .chinese
            let text = generated.document(language, blocks: Int.random(in: 1...12, using: &generator), using: &generator)
            for format in [DocumentFormat.markdown, .plainText] {
                for presegmented in [false, true] {
                    var diagnostics = Diagnostics()
                    let document = try format.reader.read(text, path: "generated.md", language: language, diagnostics: &diagnostics)
                    let segmented = Segmenter(presegmented: presegmented).segment(document)
                    let violation = TextConservation.segmentationViolation(in: segmented)
                    #expect(violation == nil, "round \(round), \(format), presegmented \(presegmented): \(violation ?? "")")
                    if format == .plainText {
                        let kept = document.blocks.flatMap { TextConservation.significantScalars($0.text) }
                        #expect(kept == TextConservation.significantScalars(text), "round \(round): plain text lost characters")
                    }
                }
            }
        }
    }

    @Test func alignmentCoversBothSidesOfGeneratedPairs() throws {
        let generated = GeneratedText.shared
        var generator = SeededGenerator(seed: 2025)
        for round in 0..<40 {
            var diagnostics = Diagnostics()
            let english = generated.document(.english, blocks: Int.random(in: 0...10, using: &generator), using: &generator)
            let chinese = generated.document(.chinese, blocks: Int.random(in: 0...10, using: &generator), using: &generator)
            let (sourceText, sourceLanguage, targetText, targetLanguage) =
                round % 3 == 0 ? (chinese, Language.chinese, english, Language.english) : (english, .english, chinese, .chinese)
            let reader = round % 2 == 0 ? DocumentFormat.markdown.reader : DocumentFormat.plainText.reader
            let segmenter = Segmenter(presegmented: round % 5 == 0)
            let source = segmenter.segment(try reader.read(sourceText, path: "s.md", language: sourceLanguage, diagnostics: &diagnostics))
            let target = segmenter.segment(try reader.read(targetText, path: "t.md", language: targetLanguage, diagnostics: &diagnostics))
            let alignment = DocumentAligner().align(source: source, target: target)
            let violation = TextConservation.alignmentViolation(alignment, source: source, target: target)
            #expect(violation == nil, "round \(round): \(violation ?? "")")
        }
    }

    /// One audit of the real pair: segmentation and alignment keep everything, and every
    /// finding's line holds the start of the text it quotes.
    @Test func transcriptKeepsEveryCharacterAndFindingsPointAtTheirLines() throws {
        let result = try AuditEndToEndTests.auditTranscript()
        let source = try #require(result.source)
        let target = try #require(result.target)
        #expect(TextConservation.segmentationViolation(in: source) == nil)
        #expect(TextConservation.segmentationViolation(in: target) == nil)
        let alignment = Alignment(beads: result.bitext.pairs.map { pair in
            Bead(source: pair.source.map(\.index), target: pair.target.map(\.index), score: pair.score)
        })
        #expect(TextConservation.alignmentViolation(alignment, source: source, target: target) == nil)

        let sourceLines = try TestData.text(TestData.englishTranscript).components(separatedBy: "\n")
        let targetLines = try TestData.text(TestData.chineseTranscript).components(separatedBy: "\n")
        #expect(result.findings.count > 50)
        for finding in result.findings {
            for (side, lines) in [(finding.source, sourceLines), (finding.target, targetLines)] where !side.text.isEmpty {
                let line = try #require(side.line, "\(finding.check): \(finding.message) has text but no line")
                #expect((1...lines.count).contains(line), "\(finding.check) points at line \(line) of \(lines.count)")
                guard (1...lines.count).contains(line) else { continue }
                #expect(
                    Self.line(lines[line - 1], startsOrHolds: side.text),
                    "\(finding.check): line \(line) \(lines[line - 1].prefix(80).debugDescription) does not hold \(side.text.prefix(40).debugDescription)")
            }
        }
    }

    /// Whether a file line holds the opening of a segment's text: its first few characters,
    /// or, when the segment continues on the next line, the line ends with a prefix of it.
    static func line(_ line: String, startsOrHolds text: String) -> Bool {
        let opening = Array(text.prefix(8))
        if line.contains(String(opening)) { return true }
        return (1..<opening.count).contains { line.hasSuffix(String(opening[..<$0])) }
    }

    @Test func tmxAndXLIFFRoundTripGeneratedPairs() throws {
        let generated = GeneratedText.shared
        var generator = SeededGenerator(seed: 30042)
        let context = OutputContext(generatedAt: Date(timeIntervalSince1970: 0))
        for round in 0..<60 {
            var pairs: [AlignedPair] = []
            var sourceIndex = 0
            var targetIndex = 0
            for index in 0..<Int.random(in: 1...8, using: &generator) {
                let shape = Int.random(in: 0..<6, using: &generator)
                let source = shape == 0 ? [] : [Segment(index: sourceIndex, text: Self.trimmed(generated.sentence(.english, using: &generator)), line: index + 1, block: index)]
                let target = shape == 1 ? [] : [Segment(index: targetIndex, text: Self.trimmed(generated.sentence(.chinese, using: &generator)), line: index + 1, block: index)]
                sourceIndex += source.count
                targetIndex += target.count
                pairs.append(AlignedPair(
                    index: index, source: source, target: target, score: 0.5, sourceLanguage: .english, targetLanguage: .chinese))
            }
            let bitext = AlignedBitext(sourceLanguage: .english, targetLanguage: .chinese, sourcePath: "en.md", targetPath: "zh.md", pairs: pairs)
            for (writer, reader, alignedOnly) in [
                (TMXWriter() as any BitextWriter, BitextFormat.tmx.reader, true),
                (XLIFF2Writer(), BitextFormat.xliff.reader, false),
                (XLIFF12Writer(), BitextFormat.xliff.reader, false),
            ] {
                let written = String(decoding: try writer.write(bitext, findings: [], context: context), as: UTF8.self)
                var diagnostics = Diagnostics()
                let reread = try reader.read(written, path: "round-trip", diagnostics: &diagnostics)
                let expected = alignedOnly ? pairs.filter { !$0.isUnaligned } : pairs
                #expect(reread.pairs.map(\.sourceText) == expected.map(\.sourceText), "round \(round), \(type(of: writer))")
                #expect(reread.pairs.map(\.targetText) == expected.map(\.targetText), "round \(round), \(type(of: writer))")
            }
        }
    }

    /// Segments are trimmed and single-line by the time they are written; so are these.
    static func trimmed(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.isLineBreak }))
            .trimmingCharacters(in: .whitespaces)
    }

    @Test func glossariesRoundTripBetweenCSVAndTBX() throws {
        let generated = GeneratedText.shared
        var generator = SeededGenerator(seed: 120)
        func phrase(_ language: Language) -> String {
            let words = generated.sentence(language, using: &generator).split { $0 == " " || $0 == "|" || $0.isNewline }
            let start = Int.random(in: 0..<max(1, words.count), using: &generator)
            let picked = words.dropFirst(start).prefix(language == .english ? 3 : 1).joined(separator: " ")
            let cleaned = Self.trimmed(String(picked.prefix(12)))
            return cleaned.isEmpty ? (language == .english ? "term" : "术语") : cleaned
        }
        for round in 0..<40 {
            let terms = (0..<Int.random(in: 1...6, using: &generator)).map { _ in
                GlossaryTerm(
                    sourceForms: (0..<Int.random(in: 1...2, using: &generator)).map { _ in phrase(.english) },
                    accepted: (0..<Int.random(in: 1...2, using: &generator)).map { _ in phrase(.chinese) },
                    forbidden: (0..<Int.random(in: 0...2, using: &generator)).map { _ in phrase(.chinese) },
                    note: Bool.random(using: &generator) ? phrase(.english) + ", \"quoted\" & <tagged>" : nil,
                    caseSensitive: Bool.random(using: &generator))
            }
            let glossary = Glossary(terms: terms)
            for format in [GlossaryFormat.csv, .tsv, .tbx] {
                let data = try GlossaryLoader.encode(glossary, format: format, path: "round-trip.\(format.rawValue)")
                var diagnostics = Diagnostics()
                let reread = try format.reader.read(data, path: "round-trip.\(format.rawValue)", diagnostics: &diagnostics)
                #expect(reread.terms.map(\.sourceForms) == terms.map(\.sourceForms), "round \(round), \(format)")
                #expect(reread.terms.map(\.accepted) == terms.map(\.accepted), "round \(round), \(format)")
                #expect(reread.terms.map(\.forbidden) == terms.map(\.forbidden), "round \(round), \(format)")
                #expect(reread.terms.map(\.note) == terms.map(\.note), "round \(round), \(format)")
                #expect(reread.terms.map(\.caseSensitive) == terms.map(\.caseSensitive), "round \(round), \(format)")
            }
        }
    }
}
