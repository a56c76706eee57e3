import Foundation
import Testing
@testable import Bitext

/// Inputs of odd shapes and sizes: NUL bytes, CR line ends, empty files, a very long line,
/// a target in the wrong language, swapped files, files above the size limit. Each gives
/// either a correct result or an error or warning naming the file (and line or byte).
@Suite struct HostileInputTests {
    static func transcriptLines(_ url: URL, count: Int) throws -> [String] {
        try TestData.text(url).components(separatedBy: "\n").filter { $0.count > 80 && !$0.hasPrefix("#") }.prefix(count).map { $0 }
    }

    static func write(_ text: String, _ name: String, in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// One NUL at an even offset once passed the UTF-16 test and came out as CJK mojibake.
    @Test func aNULByteInUTF8TextIsAnErrorWithItsOffsetAndLine() throws {
        let bytes = Array("First line.\nSecond".utf8) + [0] + Array(" line.\n".utf8)
        let error = try #require(throws: InputError.self) { try TextDecoder.decode(Data(bytes), path: "en.md") }
        #expect(error.position.file == "en.md")
        #expect(error.position.line == 2)
        #expect(error.message.contains("NUL byte at byte offset 18"))
        let given = try #require(throws: InputError.self) { try TextDecoder.decode(Data(bytes), path: "en.md", encoding: .utf8) }
        #expect(given.position.line == 2 && given.message.contains("NUL"))
    }

    @Test func aNULUnitInUTF16IsAnErrorWithItsLine() throws {
        let units: [UInt16] = Array("一\n二".utf16) + [0] + Array("三\n".utf16)
        let bytes: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let error = try #require(throws: InputError.self) { try TextDecoder.decode(Data(bytes), path: "zh.txt") }
        #expect(error.position.file == "zh.txt" && error.position.line == 2)
        #expect(error.message.contains("NUL"))
    }

    @Test func carriageReturnLineEndsKeepLineNumbers() throws {
        let directory = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Self.write("# Title\r\rFirst sentence here. Second one\rgoes on.\r\r**Lex Fridman:** Third.\r", "cr.md", in: directory)
        var diagnostics = Diagnostics()
        let segmented = Segmenter().segment(try DocumentLoader.load(path: path, diagnostics: &diagnostics))
        #expect(segmented.segments.map(\.text) == ["Title", "First sentence here.", "Second one goes on.", "Third."])
        #expect(segmented.segments.map(\.line) == [1, 3, 3, 6])
        #expect(TextConservation.segmentationViolation(in: segmented) == nil)
    }

    /// Line and paragraph separators and NEL end sentences in presegmented input but do not
    /// start a new file line: readers number lines by LF alone (found by the markdown fuzzer).
    @Test func unicodeLineSeparatorsDoNotShiftLineNumbers() throws {
        var diagnostics = Diagnostics()
        let text = "One\u{2028}two\u{0085}three\nfour\u{2029}five\n\nsix"
        let document = try PlainTextReader().read(text, path: "p.txt", language: .english, diagnostics: &diagnostics)
        let segmented = Segmenter(presegmented: true).segment(document)
        #expect(segmented.segments.map(\.text) == ["One", "two", "three", "four", "five", "six"])
        #expect(segmented.segments.map(\.line) == [1, 1, 1, 2, 2, 4])
        #expect(TextConservation.segmentationViolation(in: segmented) == nil)
    }

    @Test func emptyAndBlankFilesNameTheFile() throws {
        let directory = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, content, message) in [
            ("empty.md", "", "is empty"), ("bom.md", "\u{FEFF}", "is empty"), ("blank.md", " \n\n\t\n", "has no text to align"),
        ] {
            let path = try Self.write(content, name, in: directory)
            var diagnostics = Diagnostics()
            let error = try #require(throws: InputError.self) { try DocumentLoader.load(path: path, diagnostics: &diagnostics) }
            #expect(error.position.file == path, "\(name)")
            #expect(error.message == message, "\(name): \(error.message)")
        }
    }

    /// The whole English opening as one line, no line breaks: every sentence is found and
    /// kept, on line 1 (the 5 MB case is measured by Scripts/benchmark-limits).
    @Test func aSingleVeryLongLineSegmentsWithoutLoss() throws {
        let line = try Self.transcriptLines(TestData.englishTranscript, count: 150).joined(separator: " ")
        #expect(line.utf8.count > 100_000)
        var diagnostics = Diagnostics()
        let document = try MarkdownReader().read(line, path: "long.md", language: .english, diagnostics: &diagnostics)
        let segmented = Segmenter().segment(document)
        #expect(segmented.segments.count > 500)
        #expect(segmented.segments.allSatisfy { $0.line == 1 })
        #expect(TextConservation.segmentationViolation(in: segmented) == nil)
    }

    @Test func aTargetInTheSourceLanguageIsReported() throws {
        let directory = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let english = try Self.transcriptLines(TestData.englishTranscript, count: 12)
        let source = try Self.write(english.prefix(6).joined(separator: "\n\n"), "en.md", in: directory)
        let target = try Self.write(english.suffix(6).joined(separator: "\n\n"), "also-en.md", in: directory)
        var diagnostics = Diagnostics()
        _ = try Auditor().align(sourcePath: source, targetPath: target, diagnostics: &diagnostics)
        #expect(diagnostics.items.contains { $0.file == target && $0.message.contains("both English") })
    }

    @Test func swappedFilesAreReportedAndReadAsWritten() throws {
        let directory = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let chinese = try Self.write(try TestData.text(TestData.chineseTranscript).components(separatedBy: "\n").prefix(120).joined(separator: "\n"), "zh.md", in: directory)
        let english = try Self.write(try TestData.text(TestData.englishTranscript).components(separatedBy: "\n").prefix(20).joined(separator: "\n"), "en.md", in: directory)
        var options = Auditor.Options()
        options.sourceLanguage = .english
        options.targetLanguage = .chinese
        var diagnostics = Diagnostics()
        let aligned = try Auditor(options: options).align(sourcePath: chinese, targetPath: english, diagnostics: &diagnostics)
        #expect(diagnostics.items.contains { $0.file == chinese && $0.message.contains("look swapped") && $0.message.contains("give the English file first") })
        #expect(aligned.source.language == .chinese && aligned.target.language == .english)
        // Read as Chinese, sentences end at 。, not only at the Latin full stops inside it.
        #expect(aligned.source.segments.contains { $0.text.hasSuffix("。") })
        #expect(!diagnostics.items.contains { $0.message.contains("both") })

        var unswapped = Diagnostics()
        _ = try Auditor(options: options).align(sourcePath: english, targetPath: chinese, diagnostics: &unswapped)
        #expect(!unswapped.items.contains { $0.message.contains("swapped") || $0.message.contains("declared") })
    }

    /// Undeclared, either direction is aligned, but Chinese before English is said.
    @Test func aChineseSourceWithAnEnglishTargetIsNotedWhenNothingIsDeclared() throws {
        let directory = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let chinese = try Self.write(try TestData.text(TestData.chineseTranscript).components(separatedBy: "\n").prefix(120).joined(separator: "\n"), "zh.md", in: directory)
        let english = try Self.write(try TestData.text(TestData.englishTranscript).components(separatedBy: "\n").prefix(20).joined(separator: "\n"), "en.md", in: directory)
        var reversed = Diagnostics()
        _ = try Auditor().align(sourcePath: chinese, targetPath: english, diagnostics: &reversed)
        #expect(reversed.items.contains { $0.file == chinese && $0.message.contains("checking Chinese → English") && $0.message.contains("give it first") })
        var forward = Diagnostics()
        _ = try Auditor().align(sourcePath: english, targetPath: chinese, diagnostics: &forward)
        #expect(!forward.items.contains { $0.message.contains("Chinese → English") })
    }

    @Test func aDocumentContradictingItsDeclaredLanguageIsReported() throws {
        let directory = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let english = try Self.transcriptLines(TestData.englishTranscript, count: 12)
        let source = try Self.write(english.prefix(6).joined(separator: "\n\n"), "en.md", in: directory)
        let target = try Self.write(english.suffix(6).joined(separator: "\n\n"), "zh.md", in: directory)
        var options = Auditor.Options()
        options.targetLanguage = .chinese
        var diagnostics = Diagnostics()
        let aligned = try Auditor(options: options).align(sourcePath: source, targetPath: target, diagnostics: &diagnostics)
        #expect(diagnostics.items.contains { $0.file == target && $0.message.contains("reads as English, but its language is declared as Chinese") })
        #expect(aligned.target.language == .chinese)
    }

    /// A sparse file: 200 MB long, no disk or memory used. It is refused by its size before
    /// being read, as a document, a glossary and a TSV bitext. A TMX file is streamed, so it
    /// has no size limit: the same bytes are refused for what they are, not being XML.
    @Test func filesAboveTheSizeLimitAreRefusedBeforeReading() throws {
        let directory = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var paths: [String] = []
        for name in ["huge.md", "huge.csv", "huge.tsv", "huge.tmx"] {
            let url = directory.appendingPathComponent(name)
            #expect(FileManager.default.createFile(atPath: url.path, contents: Data("text\n".utf8)))
            let handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: 200 * 1024 * 1024)
            try handle.close()
            paths.append(url.path)
        }
        var diagnostics = Diagnostics()
        let errors = [
            try #require(throws: InputError.self) { try DocumentLoader.load(path: paths[0], diagnostics: &diagnostics) },
            try #require(throws: InputError.self) { try GlossaryLoader.load(path: paths[1], diagnostics: &diagnostics) },
            try #require(throws: InputError.self) { try Auditor().audit(bitextPath: paths[2], format: .tsv) },
        ]
        for (error, path) in zip(errors, paths) {
            #expect(error.position.file == path)
            #expect(error.message.hasPrefix("is 200 MB, more than the 16 MB bitext reads at once"), "\(error.message)")
        }
        let streamed = try #require(throws: InputError.self) { try Auditor().audit(bitextPath: paths[3], format: .tmx) }
        #expect(streamed.position.file == paths[3])
        #expect(!streamed.message.contains("16 MB"))
    }

    @Test func theLimitIsInclusiveAndSmallSizesAreGivenInBytes() throws {
        let directory = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Self.write(String(repeating: "a", count: 2048), "small.md", in: directory)
        #expect(try InputSizeLimit.contents(of: path, limit: 2048).count == 2048)
        let error = try #require(throws: InputError.self) { try InputSizeLimit.contents(of: path, limit: 1024) }
        #expect(error.position.file == path)
        #expect(error.message.hasPrefix("is 2048 bytes, more than the 1024 bytes bitext reads at once"))
    }

    /// Found by the subtitle fuzzer: an 18-digit hour overflowed the millisecond arithmetic.
    @Test func aTimingWithAHugeHourIsAnErrorNamingTheLine() throws {
        let srt = "1\n00:00:00,000 --> 00:00:03,120\nHello.\n\n2\n033333333333333330:00:03,120 --> 00:00:07,000\nAgain.\n"
        var diagnostics = Diagnostics()
        let error = try #require(throws: InputError.self) {
            try SubtitleReader(flavor: .srt).read(srt, path: "big.srt", language: .english, diagnostics: &diagnostics)
        }
        #expect(error.position.file == "big.srt" && error.position.line == 6)
        #expect(error.message.contains("cannot read start time"))
    }

    /// `printf 'The end \xd9\x9a'` once aligned to "The end": the mark joins the space
    /// before it into one `Character`, which `isWhitespace` calls whitespace, so trimming
    /// dropped it. Every reader keeps it.
    @Test func aCombiningMarkAfterASpaceIsKept() throws {
        let text = "The end \u{065A}\n\nA second \u{0301} paragraph. \u{20E3}\n"
        for format in [DocumentFormat.plainText, .markdown] {
            var diagnostics = Diagnostics()
            let document = try format.reader.read(text, path: "en.txt", language: .english, diagnostics: &diagnostics)
            let segmented = Segmenter(presegmented: false).segment(document)
            #expect(TextConservation.segmentationViolation(in: segmented) == nil, "\(format)")
            #expect(segmented.segments.map(\.text) == ["The end \u{065A}", "A second \u{0301} paragraph. \u{20E3}"], "\(format)")
        }
        var diagnostics = Diagnostics()
        let pairs = try BitextFormat.tsv.reader.read("The end \u{065A}\t结束 \u{065A}\n", path: "pairs.tsv", diagnostics: &diagnostics)
        #expect(pairs.pairs.map(\.sourceText) == ["The end \u{065A}"])
        #expect(pairs.pairs.map(\.targetText) == ["结束 \u{065A}"])
        let cue = SubtitleReader.plainText("The end \u{065A}")
        #expect(cue == "The end \u{065A}")
    }
}
