import Foundation
import Testing
@testable import Bitext

@Suite struct SubtitleReaderTests {
    static func read(_ name: String, _ flavor: SubtitleReader.Flavor, language: Language = .english) throws -> (Document, Diagnostics) {
        let url = TestData.fixture("documents/\(name)")
        var diagnostics = Diagnostics()
        let document = try SubtitleReader(flavor: flavor).read(
            try TestData.text(url), path: name, language: language, diagnostics: &diagnostics
        )
        return (document, diagnostics)
    }

    @Test func englishSRTCuesKeepTimingLinesAndTags() throws {
        let (document, diagnostics) = try Self.read("lex-459-opening.en.srt", .srt)
        #expect(document.format == .srt)
        #expect(diagnostics.items.isEmpty)
        #expect(document.blocks.count == 4)
        #expect(document.blocks.allSatisfy { $0.kind == .cue })
        let second = document.blocks[1]
        #expect(second.timing == "00:00:03,120 --> 00:00:07,480")
        #expect(second.text == "Dylan runs <i>SemiAnalysis</i>, a well respected\nresearch and analysis company.")
        #expect(second.line == 8)
        #expect(second.endLine == 9)
    }

    @Test func chineseSRTSegmentsWithoutSpacesAcrossLines() throws {
        let (document, _) = try Self.read("lex-459-opening.zh.srt", .srt, language: .chinese)
        #expect(document.blocks.map(\.timing) == [
            "00:00:00,000 --> 00:00:03,120", "00:00:03,120 --> 00:00:07,480",
            "00:00:07,480 --> 00:00:12,960", "00:00:12,960 --> 00:00:15,000",
        ])
        let segments = Segmenter().segment(document).segments
        #expect(segments.map(\.text) == [
            "以下是与 Dylan Patel 和 Nathan Lambert 的对话。",
            "Dylan 经营着 <i>SemiAnalysis</i>，这是一家备受尊敬的研究和分析公司。",
            "Nathan 是艾伦人工智能研究所的一名研究科学家。",
            "所以让我们开始吧。",
        ])
        #expect(segments.map(\.line) == [3, 8, 13, 17])
    }

    @Test func rollingCaptionsAreMergedWithANote() throws {
        let (document, diagnostics) = try Self.read("rolling-captions.vtt", .vtt)
        #expect(document.format == .vtt)
        let plain = document.blocks.map { SubtitleReader.plainText(Substring($0.text)) }
        #expect(plain == [
            "so let's start with deepseek v3 again",
            "it's what more people would have tried",
            "you ask it a question and it'll start generating tokens",
        ])
        #expect(document.blocks[1].text.hasPrefix("<00:00:02.400><c>it's</c>"))
        #expect(document.blocks.map(\.timing) == [
            "00:00:00.000 --> 00:00:02.160", "00:00:02.170 --> 00:00:04.880", "00:00:04.890 --> 00:00:08.320",
        ])
        #expect(document.blocks[2].line == 33)
        #expect(diagnostics.items.count == 1)
        #expect(diagnostics.items.first?.level == .note)
        #expect(diagnostics.items.first?.message.contains("merged 4 rolling caption cues") == true)
    }

    @Test func malformedTimingNamesTheLine() throws {
        let error = try #require(throws: InputError.self) { try Self.read("malformed-timing.srt", .srt) }
        #expect(error.position.file == "malformed-timing.srt")
        #expect(error.position.line == 6)
        #expect(error.message.contains("malformed cue timing"))
    }

    @Test func timingErrorsAndMissingHeader() throws {
        var diagnostics = Diagnostics()
        let reversed = "1\n00:00:05,000 --> 00:00:01,000\nBackwards.\n"
        let reversedError = try #require(throws: InputError.self) {
            try SubtitleReader(flavor: .srt).read(reversed, path: "a.srt", language: .english, diagnostics: &diagnostics)
        }
        #expect(reversedError.position.line == 2)
        #expect(reversedError.message.contains("ends before it starts"))

        let noTiming = "1\n00:00:01,000 --> 00:00:02,000\nFine.\n\nStray text without a cue header.\n"
        let noTimingError = try #require(throws: InputError.self) {
            try SubtitleReader(flavor: .srt).read(noTiming, path: "b.srt", language: .english, diagnostics: &diagnostics)
        }
        #expect(noTimingError.position.line == 5)

        let noHeader = "00:01.000 --> 00:02.000\nHello.\n"
        let headerError = try #require(throws: InputError.self) {
            try SubtitleReader(flavor: .vtt).read(noHeader, path: "c.vtt", language: .english, diagnostics: &diagnostics)
        }
        #expect(headerError.position.line == 1)
    }

    @Test func cuesWithoutBlankLinesBetweenThemAreKeptApart() throws {
        var diagnostics = Diagnostics()
        let text = "1\n00:00:00,000 --> 00:00:03,120\nThe following is a conversation.\n2\n00:00:03,120 --> 00:00:07,480\nDylan runs SemiAnalysis.\n"
        let blocks = try SubtitleReader(flavor: .srt).read(text, path: "tight.srt", language: .english, diagnostics: &diagnostics).blocks
        #expect(blocks.map(\.text) == ["The following is a conversation.", "Dylan runs SemiAnalysis."])
        #expect(blocks.map(\.line) == [3, 6])
        #expect(blocks.map(\.timing) == ["00:00:00,000 --> 00:00:03,120", "00:00:03,120 --> 00:00:07,480"])
        #expect(diagnostics.items.map(\.line) == [4])
        #expect(diagnostics.items.first?.level == .warning)
    }

    @Test func timestampsAreValidated() {
        #expect(SubtitleTiming.milliseconds("01:02:03,456", flavor: .srt) == 3_723_456)
        #expect(SubtitleTiming.milliseconds("02:03.456", flavor: .vtt) == 123_456)
        #expect(SubtitleTiming.milliseconds("02:03,456", flavor: .vtt) == nil)
        #expect(SubtitleTiming.milliseconds("00:61:00,000", flavor: .srt) == nil)
        #expect(SubtitleTiming.milliseconds("00:00:01,5", flavor: .srt) == nil)
    }
}
