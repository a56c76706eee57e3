import Foundation
import Testing
@testable import Bitext

@Suite struct PlainTextReaderTests {
    static func read(_ text: String, language: Language = .english) throws -> [Block] {
        var diagnostics = Diagnostics()
        let document = try PlainTextReader().read(text, path: "notes.txt", language: language, diagnostics: &diagnostics)
        #expect(document.format == .plainText)
        #expect(diagnostics.items.isEmpty)
        return document.blocks
    }

    @Test func paragraphsAreSeparatedByBlankLines() throws {
        let blocks = try Self.read("""

        Dylan runs Semianalysis, a well respected research
        and analysis company.  
           
        Nathan is a research scientist at the Allen Institute for AI.


        So let's get into it.
        """)
        #expect(blocks.map(\.text) == [
            "Dylan runs Semianalysis, a well respected research\nand analysis company.",
            "Nathan is a research scientist at the Allen Institute for AI.",
            "So let's get into it.",
        ])
        #expect(blocks.map(\.line) == [2, 5, 8])
        #expect(blocks.map(\.endLine) == [3, 5, 8])
        #expect(blocks.allSatisfy { $0.kind == .paragraph && $0.speaker == nil })
    }

    @Test func theRealTranscriptReadAsPlainTextKeepsEveryLine() throws {
        let text = try TestData.text(TestData.englishTranscript)
        let blocks = try Self.read(text)
        let nonBlankLines = text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
        #expect(blocks.count == nonBlankLines.count)
        #expect(blocks.map(\.text) == nonBlankLines.map { String($0) })
        #expect(blocks.last?.line == 1410)
    }

    @Test func textWithoutTrailingNewlineEndsItsLastParagraph() throws {
        let blocks = try Self.read("以下是与 Dylan Patel 的对话。\n他经营着 SemiAnalysis。", language: .chinese)
        #expect(blocks.count == 1)
        #expect(blocks[0].endLine == 2)
    }
}
