import Foundation
import Testing
@testable import Bitext

@Suite struct TextDecodingTests {
    /// A slice of the real Chinese translation: a heading, consecutive turns, Latin names.
    static func chineseSlice() throws -> String {
        let lines = try TestData.text(TestData.chineseTranscript).split(separator: "\n", omittingEmptySubsequences: false)
        return lines[122..<135].joined(separator: "\n") + "\n"
    }

    static func encode(_ text: String, as charset: String) throws -> Data {
        let result = IconvConverter(from: "UTF-8", to: charset).convert(Array(text.utf8))
        return Data(try result.get())
    }

    static let traditionalSample = "我們今天討論的是台灣的半導體產業，以及台積電在全球晶片供應鏈中的角色。\n這個問題非常重要，值得我們仔細研究！\n"

    @Test func utf8WithByteOrderMarkAndCRLF() throws {
        let data = Data([0xEF, 0xBB, 0xBF] + Array("**Lex Fridman:** Yeah.\r\nNext line\rlast".utf8))
        let decoded = try TextDecoder.decode(data, path: "in.md")
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text == "**Lex Fridman:** Yeah.\nNext line\nlast")
    }

    @Test func utf16WithByteOrderMarks() throws {
        let text = try Self.chineseSlice()
        for (charset, encoding, mark) in [("UTF-16LE", TextEncoding.utf16LittleEndian, [UInt8(0xFF), 0xFE]),
                                          ("UTF-16BE", .utf16BigEndian, [0xFE, 0xFF])] {
            let data = Data(mark) + (try Self.encode(text, as: charset))
            let decoded = try TextDecoder.decode(data, path: "zh.md")
            #expect(decoded.encoding == encoding)
            #expect(decoded.text == text)
        }
    }

    @Test func utf16WithoutByteOrderMarkIsRecognisedByItsNULBytes() throws {
        let text = try Self.chineseSlice()
        let little = try TextDecoder.decode(try Self.encode(text, as: "UTF-16LE"), path: "zh.md")
        #expect(little.encoding == .utf16LittleEndian)
        #expect(little.text == text)
        let big = try TextDecoder.decode(try Self.encode(text, as: "UTF-16BE"), path: "zh.md")
        #expect(big.encoding == .utf16BigEndian)
        #expect(big.text == text)
    }

    @Test func gb18030IsDetectedForTheRealTranslation() throws {
        let text = try Self.chineseSlice()
        let data = try Self.encode(text, as: "GB18030")
        #expect(String(data: data, encoding: .utf8) == nil)
        let decoded = try TextDecoder.decode(data, path: "zh.md")
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == text)
    }

    @Test func big5IsDetectedForTraditionalChinese() throws {
        let data = try Self.encode(Self.traditionalSample, as: "BIG5")
        let decoded = try TextDecoder.decode(data, path: "zh-TW.txt")
        #expect(decoded.encoding == .big5)
        #expect(decoded.text == Self.traditionalSample)
    }

    @Test func legacyScoresPreferTheRightEncoding() throws {
        let simplified = Array(try Self.encode(try Self.chineseSlice(), as: "GB18030"))
        let traditional = Array(try Self.encode(Self.traditionalSample, as: "BIG5"))
        let simplifiedAsGB = try #require(LegacyChineseScore.score(simplified, as: .gb18030))
        #expect(simplifiedAsGB > 0.9)
        if let simplifiedAsBig5 = LegacyChineseScore.score(simplified, as: .big5) {
            #expect(simplifiedAsBig5 < simplifiedAsGB)
        }
        let traditionalAsBig5 = try #require(LegacyChineseScore.score(traditional, as: .big5))
        #expect(traditionalAsBig5 > 0.9)
        if let traditionalAsGB = LegacyChineseScore.score(traditional, as: .gb18030) {
            #expect(traditionalAsGB < traditionalAsBig5)
        }
    }

    @Test func explicitEncodingIsHonoured() throws {
        let data = try Self.encode(Self.traditionalSample, as: "BIG5")
        let decoded = try TextDecoder.decode(data, path: "zh-TW.txt", encoding: .big5)
        #expect(decoded.text == Self.traditionalSample)
        let gbData = try Self.encode(try Self.chineseSlice(), as: "GB18030")
        #expect(try TextDecoder.decode(gbData, path: "zh.md", encoding: .gb18030).encoding == .gb18030)
    }

    @Test func explicitEncodingThatDoesNotFitNamesTheByteAndLine() throws {
        let data = Data(Array("line one\nline two\n".utf8)) + (try Self.encode("中文", as: "GB18030"))
        let error = try #require(throws: InputError.self) {
            try TextDecoder.decode(data, path: "zh.md", encoding: .utf8)
        }
        #expect(error.position.file == "zh.md")
        #expect(error.position.line == 3)
        #expect(error.message.contains("byte offset 18"))
    }

    @Test func truncatedUTF16NamesTheOffset() throws {
        var bytes = Array(try Self.encode("第一行\n第二行", as: "UTF-16LE"))
        bytes.append(0x41)
        let error = try #require(throws: InputError.self) {
            try TextDecoder.decode(Data(bytes), path: "zh.txt", encoding: .utf16LittleEndian)
        }
        #expect(error.position.line == 2)
        #expect(error.message.contains("byte offset \(bytes.count - 1)"))
    }

    @Test func bytesInNoKnownEncodingAreAnErrorWithTheLine() throws {
        let latin1: [UInt8] = Array("caf".utf8) + [0xE9] + Array(" au lait\nna".utf8) + [0xEF] + Array("ve\n".utf8)
        let error = try #require(throws: InputError.self) {
            try TextDecoder.decode(Data(latin1), path: "notes.txt")
        }
        #expect(error.position.file == "notes.txt")
        #expect(error.position.line == 1)
        #expect(error.message.contains("byte offset 3"))
        #expect(error.message.contains("--encoding"))
    }

    @Test func emptyFilesAreRejected() throws {
        for data in [Data(), Data([0xEF, 0xBB, 0xBF])] {
            let error = try #require(throws: InputError.self) { try TextDecoder.decode(data, path: "empty.md") }
            #expect(error.message == "is empty")
        }
    }

    @Test func binaryFilesAreRejected() throws {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00])
        let pngError = try #require(throws: InputError.self) { try TextDecoder.decode(png, path: "image.md") }
        #expect(pngError.message.contains("looks binary"))
        let controls = Data((0..<200).map { UInt8(1 + $0 % 8) } + Array("ok".utf8))
        let controlError = try #require(throws: InputError.self) { try TextDecoder.decode(controls, path: "blob.txt") }
        #expect(controlError.message.contains("looks binary"))
    }

    @Test func loaderReadsAGB18030FileIntoAChineseDocument() throws {
        let directory = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("zh.md")
        try Self.encode(try Self.chineseSlice(), as: "GB18030").write(to: url)
        var diagnostics = Diagnostics()
        let document = try DocumentLoader.load(path: url.path, diagnostics: &diagnostics)
        #expect(document.language == .chinese)
        #expect(document.blocks.first?.kind == .heading)
        #expect(document.blocks.first?.text == "**02.** DeepSeek-R1 and DeepSeek-V3")
        #expect(document.blocks.dropFirst().first?.speaker?.name == "Nathan Lambert")
    }
}
