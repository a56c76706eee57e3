import Foundation
import Testing
@testable import Bitext

@Suite struct MarkdownReaderTests {
    static func read(_ text: String, language: Language = .english) throws -> [Block] {
        var diagnostics = Diagnostics()
        return try MarkdownReader().read(text, path: "test.md", language: language, diagnostics: &diagnostics).blocks
    }

    static func transcript(_ url: URL, _ language: Language) throws -> (text: String, blocks: [Block]) {
        let text = try TestData.text(url)
        return (text, try read(text, language: language))
    }

    @Test(arguments: [(TestData.englishTranscript, Language.english), (TestData.chineseTranscript, Language.chinese)])
    func everyNonBlankLineBelongsToExactlyOneBlock(url: URL, language: Language) throws {
        let (text, blocks) = try Self.transcript(url, language)
        var owners: [Int: Int] = [:]
        for (index, block) in blocks.enumerated() {
            var lines = Set(block.line...block.endLine)
            if block.startsTurn, let label = block.speaker { lines.insert(label.line) }
            for line in lines {
                #expect(owners[line] == nil, "line \(line) is in blocks \(owners[line] ?? -1) and \(index)")
                owners[line] = index
            }
        }
        let nonBlank = Set(text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { !$0.element.allSatisfy(\.isWhitespace) }.map { $0.offset + 1 })
        #expect(nonBlank.subtracting(owners.keys).sorted() == [], "non-blank lines in no block")
    }

    @Test func englishTranscriptIsOneTurnPerParagraph() throws {
        let (_, blocks) = try Self.transcript(TestData.englishTranscript, .english)
        let turns = blocks.filter(\.startsTurn)
        #expect(turns.count == 704)
        #expect(Set(turns.compactMap { $0.speaker?.name }) == ["Lex Fridman", "Nathan Lambert", "Dylan Patel"])
        #expect(blocks.allSatisfy { $0.headingLevel == nil && $0.section == 0 })
        let first = try #require(blocks.first)
        #expect(first.line == 2)
        #expect(first.speaker == SpeakerLabel(name: "Lex Fridman", line: 2))
        #expect(first.text.hasPrefix("The following is a conversation with Dylan Patel and Nathan Lampert."))
        let last = try #require(blocks.last)
        #expect(last.kind == .quote)
        #expect(last.text == "editor: https://x.com/mark_neurora, 2025-02-04")
    }

    @Test func chineseHeadingsNumberTheSections() throws {
        let (_, blocks) = try Self.transcript(TestData.chineseTranscript, .chinese)
        let headings = blocks.filter { $0.kind == .heading }
        #expect(headings.count == 26)
        #expect(headings.map(\.section) == Array(1...26))
        let deepSeek = try #require(headings.first { $0.line == 123 })
        #expect(deepSeek.text == "**02.** DeepSeek-R1 and DeepSeek-V3")
        #expect(deepSeek.headingLevel == 2)
        #expect(blocks.first { $0.line == 125 }?.section == 3)
    }

    @Test func consecutiveLabelledLinesAreSeparateTurns() throws {
        let (_, blocks) = try Self.transcript(TestData.chineseTranscript, .chinese)
        let turns = blocks.filter { (125...127).contains($0.line) }
        #expect(turns.map { $0.speaker?.name } == ["Nathan Lambert", "Lex Frdiman", "Nathan Lambert"])
        #expect(turns.allSatisfy { $0.startsTurn && $0.kind == .paragraph && $0.line == $0.endLine })
        #expect(turns[1].text.hasPrefix("这里有很多地方我们可以去"))
        let noSpace = try #require(blocks.first { $0.line == 155 })
        #expect(noSpace.text.hasPrefix("Transformer 是一个谈论很多的东西"))
    }

    @Test func unlabelledBlocksContinueTheTurnUntilAHeading() throws {
        let (_, blocks) = try Self.transcript(TestData.chineseTranscript, .chinese)
        let lex = SpeakerLabel(name: "Lex Frdiman", line: 83)
        let introduction = blocks.filter { (83...119).contains($0.line) }
        #expect(introduction.first?.startsTurn == true)
        for block in introduction where block.isTranslatable {
            #expect(block.speaker == lex, "line \(block.line)")
        }
        #expect(introduction.filter(\.startsTurn).count == 1)
        #expect(blocks.first { $0.line == 85 }?.kind == .listItem)
        #expect(blocks.first { $0.line == 86 }?.kind == .image)
        #expect(blocks.first { $0.line == 86 }?.speaker == nil)
        let preface = blocks.filter { $0.section == 1 }
        #expect(preface.allSatisfy { $0.speaker == nil })
    }

    @Test func plainPlaceholderLabelsStartTurns() throws {
        let (_, blocks) = try Self.transcript(TestData.chineseTranscript, .chinese)
        let speakerA = try #require(blocks.first { $0.line == 322 })
        #expect(speakerA.speaker?.name == "发言人甲")
        #expect(speakerA.startsTurn)
        #expect(speakerA.text == "是研发中心。")
        #expect(blocks.first { $0.line == 575 }?.speaker?.name == "扬声器 B")
        #expect(blocks.first { $0.line == 321 }?.endLine == 321)
    }

    @Test func prefaceStructureIsKeptOutOfTranslation() throws {
        let (_, blocks) = try Self.transcript(TestData.chineseTranscript, .chinese)
        let contents = try #require(blocks.first { $0.kind == .tableOfContents })
        #expect(contents.line == 31)
        #expect(contents.endLine == 74)
        #expect(contents.text.hasPrefix("```insta-toc"))
        #expect(blocks.filter { $0.kind == .image }.count == 9)
        let outline = blocks.filter { (6...15).contains($0.line) }
        #expect(outline.allSatisfy { $0.kind == .listItem })
        #expect(outline.first?.text == "**DeepSeek 的技术突破 **")
        let workflow = try #require(blocks.first { $0.line == 23 })
        #expect(workflow.kind == .quote)
        #expect(workflow.text == "音频转文本： [AssemblyAI | Home](https://www.assemblyai.com/app)")
    }

    @Test func labelVariantsAndNonLabels() throws {
        let blocks = try Self.read("""
        **Dylan Patel**: Yeah.
        **Nathan Lambert**：是的。
        **Note that this matters:** it is not a speaker.
        **Lex Fridman:**
        The label stood alone on its line.
        """)
        #expect(blocks.map { $0.speaker?.name } == ["Dylan Patel", "Nathan Lambert", "Lex Fridman"])
        #expect(blocks.allSatisfy { $0.startsTurn })
        #expect(blocks[1].text == "是的。\n**Note that this matters:** it is not a speaker.")
        #expect(blocks[1].endLine == 3)
        #expect(blocks[2].text == "The label stood alone on its line.")
        #expect(blocks[2].line == 5)
        #expect(blocks[2].speaker?.line == 4)
    }

    @Test func labelWithNothingAfterItIsNotLost() throws {
        let blocks = try Self.read("**Lex Fridman:**\n\n## Next section\n")
        #expect(blocks.count == 2)
        #expect(blocks[0].startsTurn && blocks[0].text.isEmpty && blocks[0].speaker?.name == "Lex Fridman")
    }

    @Test func structuralBlocks() throws {
        let blocks = try Self.read("""
        ---
        title: Episode 459
        ---
        # Table of Contents

        - [Introduction](#intro)
        - Training cost

        ## Intro ##
        A paragraph with a hard break.  
        And its second line.

        ```protobuf
        message Toc {}
        ```

        | A | B |
        |---|---|

        ***

        [DeepSeek paper](https://arxiv.org/abs/2501.12948)
        - https://lexfridman.com
        > Quoted line one
        > continues.
        >
        > Second quote paragraph.

        Setext title
        ============
        """)
        // The front matter's title is text to translate; its delimiters stay structure. A
        // table's rows are text, its delimiter row structure.
        #expect(blocks.map(\.kind) == [
            .verbatim, .metadata, .verbatim, .heading, .tableOfContents, .heading, .paragraph, .verbatim, .tableRow, .verbatim,
            .verbatim, .link, .link, .quote, .quote, .heading,
        ])
        #expect(blocks[1].text == "Episode 459" && blocks[1].line == 2)
        #expect(blocks[2].line == 3 && blocks[2].text == "---")
        #expect(blocks[4].line == 6 && blocks[4].endLine == 7)
        #expect(blocks[5].text == "Intro")
        #expect(blocks[6].text == "A paragraph with a hard break.\nAnd its second line.")
        #expect(blocks[6].line == 10 && blocks[6].endLine == 11)
        #expect(blocks[7].text == "```protobuf\nmessage Toc {}\n```")
        #expect(blocks[8].text == "A | B" && blocks[8].line == 17 && blocks[9].text == "|---|---|")
        #expect(blocks[13].text == "Quoted line one\ncontinues.")
        #expect(blocks[13].endLine == 26)
        #expect(blocks[14].line == 27)
        #expect(blocks[15].text == "Setext title")
        #expect(blocks[15].headingLevel == 1)
        #expect(blocks.last?.section == 3)
    }

    @Test func unclosedFenceIsKeptWithAWarning() throws {
        var diagnostics = Diagnostics()
        let text = "**Lex Fridman:** Look at this.\n\n```\nlet x = 1\n\n**Dylan Patel:** Yes.\n"
        let blocks = try MarkdownReader().read(text, path: "open.md", language: .english, diagnostics: &diagnostics).blocks
        #expect(blocks.map(\.kind) == [.paragraph, .verbatim])
        #expect(blocks[1].line == 3 && blocks[1].endLine == 7)
        #expect(diagnostics.items.map(\.line) == [3])
        #expect(diagnostics.items.first?.level == .warning)
        #expect(diagnostics.items.first?.description.hasPrefix("open.md:3: warning: code fence is never closed") == true)
    }

    @Test func aHeadingEndsTheTurn() throws {
        let blocks = try Self.read("""
        **Lex Frdiman：** 我们走，我们走进 Transformer。
        - 第一点。

        ## 全文目录：
        - 00. DeepSeek 导读
        - 01. 背景介绍

        译者按：以下内容由机器翻译。
        **Dylan Patel：** 是的。
        """, language: .chinese)
        #expect(blocks.map(\.kind) == [.paragraph, .listItem, .heading, .tableOfContents, .paragraph, .paragraph])
        #expect(blocks.map { $0.speaker?.name } == ["Lex Frdiman", "Lex Frdiman", nil, nil, nil, "Dylan Patel"])
        #expect(blocks.map(\.section) == [0, 0, 1, 1, 1, 1])
        #expect(blocks[3].line == 5 && blocks[3].endLine == 6)
        #expect(blocks[4].text == "译者按：以下内容由机器翻译。")
    }

    @Test func listAfterAnOrdinaryHeadingIsProse() throws {
        let blocks = try Self.read("## Topics\n\n- Training cost\n- Export controls\n")
        #expect(blocks.map(\.kind) == [.heading, .listItem, .listItem])
    }
}
