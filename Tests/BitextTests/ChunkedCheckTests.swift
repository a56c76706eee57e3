import Foundation
import Testing
@testable import Bitext

/// A memory checked in chunks, on several cores, reports what the same memory checked whole
/// reports: the document checks join their chunks' tallies, so a sentence repeated in the
/// first and the last chunk is still compared.
@Suite struct ChunkedCheckTests {
    static let context = OutputContext(generatedAt: Date(timeIntervalSince1970: 1_770_122_096), toolVersion: "0.1.0")

    /// The transcript's memory as `bitext audit` writes it, then its first 300 pairs again
    /// as a later revision would hold them: every tenth target swapped with the next pair's,
    /// so sources and targets recur far apart with other partners. And the bundled glossary.
    private static func transcriptMemory(in folder: URL) throws -> (path: String, glossary: Glossary) {
        var diagnostics = Diagnostics()
        let glossary = try GlossaryLoader.load(
            path: TestData.repositoryRoot.appendingPathComponent("Glossaries/ai-semiconductor.csv").path, diagnostics: &diagnostics)
        var memory = try Auditor().audit(sourcePath: TestData.englishTranscript.path, targetPath: TestData.chineseTranscript.path).bitext
        let aligned = memory.pairs.filter { !$0.isUnaligned }
        for (offset, pair) in aligned.prefix(300).enumerated() {
            let partner = offset % 10 == 0 ? aligned[offset + 1] : pair
            memory.pairs.append(AlignedPair(
                index: memory.pairs.count, source: pair.source, target: partner.target, score: pair.score,
                sourceLanguage: memory.sourceLanguage, targetLanguage: memory.targetLanguage))
        }
        let url = folder.appendingPathComponent("transcript.tmx")
        try TMXWriter().write(memory, findings: [], context: context).write(to: url)
        return (url.path, glossary)
    }

    private static func checked(_ path: String, glossary: Glossary, chunkSize: Int, workers: Int) throws -> AuditResult {
        var diagnostics = Diagnostics()
        let stream = try TMXBitextReader().open(.file(path), diagnostics: &diagnostics)
        return try Auditor(options: Auditor.Options(glossary: glossary))
            .checkInChunks(stream, diagnostics: diagnostics, chunkSize: chunkSize, workers: workers)
    }

    /// Omission and addition learn the length ratio of their chunk, and wrong-sense gathers a
    /// word's pairs and reads the domain's telltale words per chunk, and source-name-variants
    /// learns the document's names per chunk, so they may differ.
    private static func chunkIndependent(_ findings: [Finding]) -> [Finding] {
        findings.filter { !["omission", "addition", "wrong-sense", "source-name-variants"].contains($0.check) }
    }

    @Test func chunksOnTwoCoresReportWhatTheWholeMemoryReports() throws {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = try Self.transcriptMemory(in: folder)
        let whole = try Self.checked(memory.path, glossary: memory.glossary, chunkSize: 100_000, workers: 1)
        let chunked = try Self.checked(memory.path, glossary: memory.glossary, chunkSize: 300, workers: 2)
        let documentChecks = ["inconsistent-term", "same-source-different-target", "same-target-different-source"]
        for check in documentChecks {
            #expect(whole.findings.contains { $0.check == check }, "the transcript has \(check) findings")
        }
        #expect(Self.chunkIndependent(chunked.findings) == Self.chunkIndependent(whole.findings))
        #expect(chunked.diagnostics.contains { $0.message.contains("checked in 16 chunks of 300") })
        let again = try Self.checked(memory.path, glossary: memory.glossary, chunkSize: 300, workers: 1)
        #expect(again.findings == chunked.findings)
    }

    @Test func aSentenceRepeatedInTheFirstAndLastChunkIsCompared() throws {
        let english = "What does it mean to be an open weights model, really?"
        let filler = (0..<40).map { index in
            ("Sentence number \(index) talks about something else entirely.", "第\(index)句话完全在讲别的事情。")
        }
        let pairs = [(english, "开放权重模型到底意味着什么？")] + filler + [(english, "公开举重的模型到底意味着什么？")]
        let units = pairs.enumerated().map { index, pair in
            "<tu tuid=\"\(index + 1)\"><tuv xml:lang=\"en\"><seg>\(pair.0)</seg></tuv><tuv xml:lang=\"zh\"><seg>\(pair.1)</seg></tuv></tu>"
        }
        let tmx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en" srclang="en" datatype="plaintext"/>
            <body>
            \(units.joined(separator: "\n"))
            </body></tmx>
            """
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("repeated.tmx").path
        try tmx.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try Self.checked(path, glossary: .empty, chunkSize: 10, workers: 2)
        let found = result.findings.filter { $0.check == "same-source-different-target" }
        try #require(found.count == 1)
        #expect(found[0].message.contains("translated 2 ways"))
        #expect(found[0].message.contains("开放权重模型到底意味着什么") && found[0].message.contains("公开举重的模型到底意味着什么"))
        #expect(found[0].source.line == 4)
        #expect(result.streamedCounts == nil, "42 pairs are kept whole for reports")
    }

    @Test func snapshotsSpilledToDiskReadBackExactly() {
        let sentences = [
            "DeepSeek-V3 was trained on 14.8 trillion tokens.", "深度求索的V3模型在14.8万亿个词元上训练。",
            "Mixture of experts, right?", "混合专家，对吧？", "", "ＧＰＵ　集群",
        ]
        let snapshots = (0..<2_000).map { index in
            PairSnapshot(
                index: index, sourceText: sentences[index % sentences.count] + " \(index)",
                targetText: index % 7 == 0 ? "" : sentences[(index + 1) % sentences.count],
                sourceLine: index % 5 == 0 ? nil : index + 1, targetLine: index * 3)
        }
        let first = PairSnapshotStore(memoryLimit: 1_024)
        let second = PairSnapshotStore(memoryLimit: 1_024)
        let firstLocations = snapshots[..<1_200].map { first.append($0) }
        let secondLocations = snapshots[1_200...].map { second.append($0) }
        #expect(firstLocations.map { first.snapshot(at: $0) } == Array(snapshots[..<1_200]))
        let offset = first.append(contentsOf: second)
        #expect((firstLocations + secondLocations.map { $0 + offset }).map { first.snapshot(at: $0) } == snapshots)
    }
}

/// Reading ahead on another thread changes nothing the caller sees: the same pairs in the
/// same order, the same error at the same unit, and giving up early does not hang.
@Suite struct PrefetchingPairStreamTests {
    private static func units(_ count: Int, truncatedAfter: Int? = nil) -> String {
        let units = (0..<count).map { index in
            "<tu tuid=\"\(index)\"><tuv xml:lang=\"en\"><seg>Unit \(index) says DeepSeek.</seg></tuv>"
                + "<tuv xml:lang=\"zh\"><seg>第\(index)个单元说深度求索。</seg></tuv></tu>"
        }
        let body = units.joined(separator: "\n")
        let header = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en" srclang="en" datatype="plaintext"/>
            <body>

            """
        guard let truncatedAfter else { return header + body + "\n</body></tmx>\n" }
        return header + units.prefix(truncatedAfter).joined(separator: "\n") + "\n<tu><tuv xml:lang=\"en\"><seg>cut"
    }

    private static func open(_ text: String) throws -> any BitextUnitStream {
        var diagnostics = Diagnostics()
        return try TMXBitextReader().open(.data(Data(text.utf8), path: "memory.tmx"), diagnostics: &diagnostics)
    }

    @Test func pairsComeOutInFileOrder() throws {
        let text = Self.units(1_000)
        let direct = try Self.open(text)
        var diagnostics = Diagnostics()
        var expected: [AlignedPair] = []
        while let pair = try direct.next(diagnostics: &diagnostics) { expected.append(pair) }
        let prefetched = PrefetchingPairStream(try Self.open(text), batchSize: 7, batchesAhead: 2)
        var read: [AlignedPair] = []
        while let pair = try prefetched.next() { read.append(pair) }
        #expect(try prefetched.next() == nil)
        _ = prefetched.close()
        #expect(read.count == 1_000)
        #expect(read == expected)
    }

    @Test func aReadingErrorIsThrownAfterThePairsBeforeIt() throws {
        let prefetched = PrefetchingPairStream(try Self.open(Self.units(100, truncatedAfter: 40)), batchSize: 16, batchesAhead: 2)
        var read = 0
        let error = #expect(throws: InputError.self) {
            while try prefetched.next() != nil { read += 1 }
        }
        _ = prefetched.close()
        #expect(read == 40)
        #expect(error?.position.file == "memory.tmx")
        #expect(error?.position.line != nil)
    }

    /// The reading thread stops within the batches it may hold ahead, not at the end of the file.
    @Test func closingEarlyStopsTheReader() throws {
        let counting = CountingStream(try Self.open(Self.units(5_000)))
        let prefetched = PrefetchingPairStream(counting, batchSize: 8, batchesAhead: 1)
        for _ in 0..<3 { _ = try prefetched.next() }
        _ = prefetched.close()
        let readWhenClosed = counting.count
        // One batch handed out, one waiting, one being read when the cancel came.
        #expect(readWhenClosed <= 3 * 8, "read \(readWhenClosed) of 5,000 units after closing")
        Thread.sleep(forTimeInterval: 0.05)
        #expect(counting.count == readWhenClosed, "the reading thread went on after close()")
    }

    /// Counts the units its reader hands out; read by the test once the reading thread is done.
    final class CountingStream: BitextUnitStream, @unchecked Sendable {
        let base: any BitextUnitStream
        private let lock = NSLock()
        private var read = 0
        var count: Int { lock.withLock { read } }

        init(_ base: any BitextUnitStream) { self.base = base }
        var path: String { base.path }
        var sourceLanguage: Language { base.sourceLanguage }
        var targetLanguage: Language { base.targetLanguage }
        var fileInfo: BilingualFileInfo { base.fileInfo }
        func next(diagnostics: inout Diagnostics) throws -> AlignedPair? {
            let pair = try base.next(diagnostics: &diagnostics)
            if pair != nil { lock.withLock { read += 1 } }
            return pair
        }
    }
}

/// The repeated-segment tally hashes normalised text straight from UTF-8 bytes; it must
/// agree with `RepeatedSegments.normalised`, or repeats would go unseen.
@Suite struct NormalisedHashTests {
    @Test func bytePathEqualsTheGeneralNormalisationOnTheTranscript() throws {
        let lines = try TestData.text(TestData.englishTranscript).split(separator: "\n")
            + TestData.text(TestData.chineseTranscript).split(separator: "\n")
        var fast = 0
        for line in lines.map(String.init) {
            guard let bytes = RepeatedSegments.normalisedBytes(line) else { continue }
            fast += 1
            #expect(bytes == Array(RepeatedSegments.normalised(line).utf8), "\(line)")
        }
        #expect(fast > lines.count * 9 / 10, "most real text takes the byte path")
    }

    @Test func equivalentTextsHashAlikeWhicheverPathTheyTake() {
        let equivalents: [[String]] = [
            ["GPU 集群　很大", "ＧＰＵ\t集群 很大 ", "gpu 集群 很大"],
            ["Café ÀÉÎ × ß", "café àéî × ß", "Cafe\u{301} A\u{300}E\u{301}I\u{302} × ß"],
            ["“Quoted” — dash… 〈书〉", "  “quoted” — DASH… 〈书〉"],
            ["KELVIN 5 K", "kelvin 5 \u{212A}"],
        ]
        for group in equivalents {
            let hashes = Set(group.map(RepeatedSegments.normalisedHash))
            #expect(hashes.count == 1, "\(group)")
            #expect(Set(group.map { RepeatedSegments.normalised($0) }).count == 1, "the texts are equal once normalised")
        }
        #expect(RepeatedSegments.normalisedBytes("Cafe\u{301}") == nil, "a combining accent takes the general path")
        #expect(RepeatedSegments.normalisedHash("GPU 集群") != RepeatedSegments.normalisedHash("GPU 集群很大"))
    }
}
