import Foundation
import Testing
@testable import Bitext

/// Nothing the user gave is lost: a full disk, an output named like an input or a signal
/// leaves every file as it was, and the real executable says which file and exits 2 (or
/// 128 + the signal).
@Suite(.serialized) struct OutputSafetyTests {
    static let executableExists = FileManager.default.fileExists(atPath: CommandLineTests.executable.path)

    func bitext(
        _ arguments: [String], in folder: URL? = nil, standardOutput: FileHandle? = nil,
        whileRunning: ((Process) throws -> Void)? = nil
    ) throws -> CommandLineTests.Run {
        try CommandLineTests().bitext(arguments, in: folder, standardOutput: standardOutput, whileRunning: whileRunning)
    }

    /// Two real sentence pairs as documents, a bilingual TSV, a TMX and a glossary.
    struct Inputs {
        let folder: URL
        var english: String { folder.appendingPathComponent("en.md").path }
        var chinese: String { folder.appendingPathComponent("zh.md").path }
        var pairs: String { folder.appendingPathComponent("pairs.tsv").path }
        var tmx: String { folder.appendingPathComponent("small.tmx").path }
        var glossary: String { folder.appendingPathComponent("terms.csv").path }

        init() throws {
            folder = try TestData.temporaryDirectory()
            let english = ["The Llama models are open weights.", "So I used the DeepSeek moment as an opportunity."]
            let chinese = ["Llama 模型是开放权重的。", "因此，我利用了这个深海时刻作为一个机会。"]
            try write(english.joined(separator: "\n\n") + "\n", to: self.english)
            try write(chinese.joined(separator: "\n\n") + "\n", to: self.chinese)
            try write(zip(english, chinese).map { "\($0)\t\($1)\n" }.joined(), to: pairs)
            try write("source,target,forbidden,note\nDeepSeek,DeepSeek,深海,company\n", to: glossary)
            let units = zip(english, chinese).enumerated().map { index, pair in
                "<tu tuid=\"\(index + 1)\"><tuv xml:lang=\"en\"><seg>\(pair.0)</seg></tuv><tuv xml:lang=\"zh\"><seg>\(pair.1)</seg></tuv></tu>"
            }
            try write(OutputSafetyTests.tmx(header: "srclang=\"en\"", units: units), to: tmx)
        }

        func write(_ text: String, to path: String) throws {
            try text.write(toFile: path, atomically: false, encoding: .utf8)
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    static func tmx(header attributes: String, units: [String]) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" \
        adminlang="en" datatype="plaintext" \(attributes)/><body>
        \(units.joined(separator: "\n"))
        </body></tmx>
        """
    }

    static func partialFiles(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".partial") }
    }

    // MARK: Full disk

    /// A 1 MB tmpfs holding the previous outputs and filled to its last byte.
    struct FullDisk {
        let folder: URL

        /// Whether this machine lets the tests mount a tmpfs (root or CAP_SYS_ADMIN).
        static let canMount: Bool = {
            guard let probe = try? TestData.temporaryDirectory() else { return false }
            defer { try? FileManager.default.removeItem(at: probe) }
            guard (try? run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", probe.path)) == 0 else { return false }
            _ = try? run("umount", probe.path)
            return true
        }()

        @discardableResult
        static func run(_ arguments: String...) throws -> Int32 {
            try Subprocess.run(arguments[0], Array(arguments.dropFirst())).status
        }

        /// Mounts, writes `previous` (path inside the disk → content), fills the rest, runs
        /// `body`, unmounts.
        static func with(previous: [String: String], _ body: (FullDisk) throws -> Void) throws {
            let folder = try TestData.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: folder) }
            try #require(try run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", folder.path) == 0)
            defer { _ = try? run("umount", folder.path) }
            for (path, content) in previous {
                let url = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try content.write(to: url, atomically: false, encoding: .utf8)
            }
            try fill(folder.appendingPathComponent("filler").path)
            try body(FullDisk(folder: folder))
        }

        /// Writes until not one more byte fits.
        private static func fill(_ path: String) throws {
            let descriptor = open(path, O_WRONLY | O_CREAT, 0o644)
            try #require(descriptor >= 0)
            defer { close(descriptor) }
            let chunk = [UInt8](repeating: 0x2E, count: 1 << 16)
            var size = chunk.count
            while size > 0 {
                if chunk.withUnsafeBytes({ write(descriptor, $0.baseAddress, size) }) < 0 { size /= 2 }
            }
            #expect(errno == ENOSPC)
        }

        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

        /// The previous file is as it was, and no temporary file is left beside it.
        func expectUnchanged(_ name: String, _ content: String, after run: CommandLineTests.Run, naming named: String? = nil) {
            #expect(run.status == 2, "\(name): \(run.error)")
            #expect(run.error.contains(named ?? path(name)), "the message names the file: \(run.error)")
            #expect(run.error.contains("No space left on device"), "\(run.error)")
            #expect((try? String(contentsOfFile: path(name), encoding: .utf8)) == content, "\(name) was replaced")
            #expect(OutputSafetyTests.partialFiles(in: URL(fileURLWithPath: path(name)).deletingLastPathComponent()) == [])
        }
    }

    @Test(.enabled(if: executableExists), .enabled(if: FullDisk.canMount, "needs a 1 MB tmpfs: mount -t tmpfs is not permitted here"))
    func convertOnAFullDiskExitsTwoAndKeepsThePreviousFile() throws {
        let inputs = try Inputs()
        defer { inputs.remove() }
        let outputs: [(name: String, options: [String])] = [
            ("out.xlf", []), ("out.tmx", []), ("out12.xlf", ["--to", "xliff12"]), ("out.tsv", []), ("out.json", []),
        ]
        for output in outputs {
            try FullDisk.with(previous: [output.name: "previous"]) { disk in
                let run = try bitext(["convert", inputs.tmx, disk.path(output.name)] + output.options)
                disk.expectUnchanged(output.name, "previous", after: run)
            }
        }
        // TSV input goes through memory: the same guarantees.
        try FullDisk.with(previous: ["out.xlf": "previous"]) { disk in
            disk.expectUnchanged("out.xlf", "previous", after: try bitext(["convert", inputs.pairs, disk.path("out.xlf")]))
        }
    }

    @Test(.enabled(if: executableExists), .enabled(if: FullDisk.canMount, "needs a 1 MB tmpfs: mount -t tmpfs is not permitted here"))
    func auditBaselineGlossaryAndReportOnAFullDiskExitTwo() throws {
        let inputs = try Inputs()
        defer { inputs.remove() }
        let audit = [AuditOutputs.reportName, AuditOutputs.tmxName, AuditOutputs.xliffName, AuditOutputs.findingsName]
        try FullDisk.with(previous: Dictionary(uniqueKeysWithValues: audit.map { ("report/\($0)", "previous \($0)") })) { disk in
            let run = try bitext(["audit", inputs.english, inputs.chinese, "-o", disk.path("report")])
            disk.expectUnchanged("report/\(AuditOutputs.reportName)", "previous \(AuditOutputs.reportName)", after: run)
            for name in audit {
                #expect((try? String(contentsOfFile: disk.path("report/\(name)"), encoding: .utf8)) == "previous \(name)")
            }
        }
        try FullDisk.with(previous: ["baseline.json": "previous"]) { disk in
            let run = try bitext(["check", inputs.pairs, "-g", inputs.glossary, "--write-baseline", disk.path("baseline.json")])
            disk.expectUnchanged("baseline.json", "previous", after: run)
        }
        try FullDisk.with(previous: ["terms.tbx": "previous"]) { disk in
            let run = try bitext(["glossary", "convert", inputs.glossary, disk.path("terms.tbx")])
            disk.expectUnchanged("terms.tbx", "previous", after: run)
        }
        // `check … > report.txt`: the shell has emptied the file; the run must still fail.
        try FullDisk.with(previous: ["report.txt": ""]) { disk in
            let handle = try #require(FileHandle(forWritingAtPath: disk.path("report.txt")))
            defer { try? handle.close() }
            let run = try bitext(["check", inputs.pairs, "-g", inputs.glossary, "--fail-on", "never"], standardOutput: handle)
            disk.expectUnchanged("report.txt", "", after: run, naming: "<standard output>")
        }
    }

    // MARK: Outputs that are inputs

    @Test(.enabled(if: executableExists))
    func noOutputReplacesAnInputUnderAnyName() throws {
        let inputs = try Inputs()
        defer { inputs.remove() }
        let folder = inputs.folder
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: path("link.csv"), withDestinationPath: inputs.glossary)
        try manager.linkItem(atPath: inputs.glossary, toPath: path("hard.csv"))
        try manager.createSymbolicLink(atPath: path("english-link.csv"), withDestinationPath: inputs.english)
        try inputs.write("glossaries: [terms.csv]\n", to: path(".bitext.yml"))
        try inputs.write("checks:\n  untranslated: off\n", to: path("other.yml"))
        try inputs.write("\(inputs.english)\t\(inputs.chinese)\n", to: path("manifest.tsv"))
        let written = try bitext(["check", inputs.english, inputs.chinese, "--write-baseline", path("baseline.json")], in: folder)
        #expect(written.status == 0, "\(written.error)")
        let protected = ["terms.csv", ".bitext.yml", "other.yml", "manifest.tsv", "baseline.json", "en.md", "zh.md"]
        let before = try protected.map { try String(contentsOfFile: path($0), encoding: .utf8) }

        let check = ["check", inputs.english, inputs.chinese]
        let attempts: [[String]] = [
            check + ["-g", inputs.glossary, "--write-baseline", inputs.glossary],
            check + ["-g", inputs.glossary, "--write-baseline", path("link.csv")],
            check + ["-g", inputs.glossary, "--write-baseline", path("hard.csv")],
            // The glossary the found configuration names, and the configuration itself.
            check + ["--write-baseline", path("terms.csv")],
            check + ["--write-baseline", path(".bitext.yml")],
            check + ["--config", path("other.yml"), "--write-baseline", path("other.yml")],
            check + ["--baseline", path("baseline.json"), "--write-baseline", path("baseline.json")],
            check + ["--write-baseline", inputs.chinese],
            ["check", "--manifest", path("manifest.tsv"), "--write-baseline", path("manifest.tsv")],
            ["glossary", "convert", path("link.csv"), path("hard.csv")],
            ["glossary", "extract", inputs.english, inputs.chinese, "-o", path("english-link.csv")],
            ["align", inputs.english, inputs.chinese, "-o", inputs.english],
        ]
        for arguments in attempts {
            let run = try bitext(arguments, in: folder)
            #expect(run.status == 2, "\(arguments): \(run.error)")
            #expect(run.error.contains("refusing to overwrite the input file"), "\(arguments): \(run.error)")
        }
        // An audit output folder whose findings.json is a hard link to the glossary.
        try manager.createDirectory(atPath: path("report"), withIntermediateDirectories: true)
        try manager.linkItem(atPath: inputs.glossary, toPath: path("report/\(AuditOutputs.findingsName)"))
        let audit = try bitext(["audit", inputs.english, inputs.chinese, "-g", inputs.glossary, "-o", path("report")], in: folder)
        #expect(audit.status == 2, "\(audit.error)")
        #expect(audit.error.contains("refusing to overwrite the input file"), "\(audit.error)")
        // Convert: the input under a hard link.
        try manager.linkItem(atPath: inputs.tmx, toPath: path("same.tmx"))
        let convert = try bitext(["convert", inputs.tmx, path("same.tmx")], in: folder)
        #expect(convert.status == 2, "\(convert.error)")

        #expect(try protected.map { try String(contentsOfFile: path($0), encoding: .utf8) } == before)
        #expect(Self.partialFiles(in: folder) == [])
    }

    @Test func theGuardSeesThroughSymbolicAndHardLinks() throws {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.csv").path
        try "a,b\n".write(toFile: input, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("sym.csv").path, withDestinationPath: input)
        try FileManager.default.linkItem(atPath: input, toPath: folder.appendingPathComponent("hard.csv").path)
        for output in ["sym.csv", "hard.csv", "./in.csv", "sub/../in.csv"] {
            #expect(throws: InputError.self) {
                try OutputFile.refuseOverwriting([input], with: folder.appendingPathComponent(output).path)
            }
        }
        try OutputFile.refuseOverwriting([input], with: folder.appendingPathComponent("other.csv").path)
    }

    // MARK: Signals

    @Test(.enabled(if: executableExists), arguments: [(SIGTERM, 143), (SIGINT, 130)] as [(Int32, Int32)])
    func aSignalDuringALargeConvertLeavesNoPartialFile(signal: Int32, status: Int32) throws {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("large.tmx").path
        let units = (0..<150_000).map { index in
            "<tu tuid=\"\(index)\"><tuv xml:lang=\"en\"><seg>Sentence \(index) of a large translation memory, with <bpt i=\"1\">&lt;b&gt;</bpt>codes<ept i=\"1\">&lt;/b&gt;</ept>.</seg></tuv>"
                + "<tuv xml:lang=\"zh\"><seg>大型翻译记忆库的第 \(index) 句，带有<bpt i=\"1\">&lt;b&gt;</bpt>代码<ept i=\"1\">&lt;/b&gt;</ept>。</seg></tuv></tu>"
        }
        try Self.tmx(header: "srclang=\"en\"", units: units).write(toFile: input, atomically: false, encoding: .utf8)
        let output = folder.appendingPathComponent("out.xlf").path
        var signalled = false
        let run = try bitext(["convert", input, output]) { process in
            // Signalled once the temporary file is a few MB: the write is under way.
            let deadline = Date().addingTimeInterval(120)
            while process.isRunning, Date() < deadline {
                let partial = Self.partialFiles(in: folder).first.map { folder.appendingPathComponent($0).path }
                let size = partial.flatMap { try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int } ?? 0
                if size > 4 << 20 {
                    kill(process.processIdentifier, signal)
                    signalled = true
                    return
                }
                usleep(10_000)
            }
        }
        #expect(signalled, "the convert ended before a large temporary file was seen")
        #expect(run.status == status, "\(run.error)")
        #expect(Self.partialFiles(in: folder) == [])
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    // MARK: What bitext writes, it reads back

    static func read(_ text: String, as reader: some StreamingBitextReader, path: String) throws -> AlignedBitext {
        var diagnostics = Diagnostics()
        return try reader.read(text, path: path, diagnostics: &diagnostics)
    }

    static func convert(_ text: String, name: String, to format: ExportFormat, in folder: URL) throws -> String {
        let input = folder.appendingPathComponent(name)
        try text.write(to: input, atomically: false, encoding: .utf8)
        let output = folder.appendingPathComponent("out-\(format.rawValue).\(format.fileExtension)")
        _ = try Converter(context: OutputContext(generatedAt: Date(timeIntervalSince1970: 0)))
            .convert(inputPath: input.path, outputPath: output.path, to: format)
        return try String(contentsOf: output, encoding: .utf8)
    }

    /// A translator's preface first (target only), no `srclang`: the direction comes from
    /// the units that have both sides, and the output says what the input implied.
    @Test func aTMXWithoutSrclangTakesItsDirectionFromUnitsWithBothSides() throws {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmx = Self.tmx(header: "", units: [
            "<tu tuid=\"1\"><tuv xml:lang=\"zh-CN\"><seg>译者序</seg></tuv></tu>",
            "<tu tuid=\"2\"><tuv xml:lang=\"en-US\"><seg>So I used the DeepSeek moment.</seg></tuv><tuv xml:lang=\"zh-CN\"><seg>因此我利用了 DeepSeek 时刻。</seg></tuv></tu>",
            "<tu tuid=\"3\"><tuv xml:lang=\"en-US\"><seg>Thank you.</seg></tuv></tu>",
        ])
        func expectDirection(_ bitext: AlignedBitext, _ label: String) {
            #expect(bitext.sourceLanguage == .english && bitext.targetLanguage == .chinese, "\(label)")
            #expect(bitext.pairs.map(\.sourceText) == ["", "So I used the DeepSeek moment.", "Thank you."], "\(label)")
            #expect(bitext.pairs.map(\.targetText) == ["译者序", "因此我利用了 DeepSeek 时刻。", ""], "\(label)")
        }
        expectDirection(try Self.read(tmx, as: TMXBitextReader(), path: "in.tmx"), "input")
        let written = try Self.convert(tmx, name: "in.tmx", to: .tmx, in: folder)
        #expect(written.contains("srclang=\"en-US\""))
        expectDirection(try Self.read(written, as: TMXBitextReader(), path: "out.tmx"), "TMX written back")
        let xliff = try Self.convert(tmx, name: "in.tmx", to: .xliff, in: folder)
        #expect(xliff.contains("srcLang=\"en-US\"") && xliff.contains("trgLang=\"zh-CN\""))
        expectDirection(try Self.read(xliff, as: XLIFF2BitextReader(), path: "out.xlf"), "XLIFF 2")

        // Nothing has both sides: no direction is invented.
        let oneSided = Self.tmx(header: "", units: [
            "<tu tuid=\"1\"><tuv xml:lang=\"zh-CN\"><seg>译者序</seg></tuv></tu>",
            "<tu tuid=\"2\"><tuv xml:lang=\"en-US\"><seg>Thank you.</seg></tuv></tu>",
        ])
        let undecided = try Self.convert(oneSided, name: "one-sided.tmx", to: .tmx, in: folder)
        let header = try #require(undecided.split(separator: "\n").first { $0.contains("<header") })
        #expect(header.contains("srclang=\"*all*\""), "\(header)")
        // Each lone variant was read as a source; the units say so themselves, so that a
        // unit with both sides added later cannot turn them into targets.
        let reread = try Self.read(undecided, as: TMXBitextReader(), path: "one-sided-out.tmx")
        #expect(reread.pairs.map(\.sourceText) == ["译者序", "Thank you."])
        #expect(reread.pairs.allSatisfy { $0.targetText.isEmpty })
    }

    /// Repeated `tuid`s and `zh_CN` through XLIFF 2 and XLIFF 1.2: unique ids, BCP 47 tags,
    /// and the originals back on reading.
    @Test(.needsSharedData) func writersMakeUnitIDsUniqueAndLanguageTagsBCP47() throws {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmx = Self.tmx(header: "srclang=\"en_US\"", units: (1...3).map { index in
            "<tu tuid=\"7\"><tuv xml:lang=\"en_US\"><seg>Line \(index).</seg></tuv><tuv xml:lang=\"zh_CN\"><seg>第 \(index) 行。</seg></tuv></tu>"
        } + ["<tu tuid=\"u4\"><tuv xml:lang=\"en_US\"><seg>Line 4.</seg></tuv><tuv xml:lang=\"zh_CN\"><seg>第 4 行。</seg></tuv></tu>"])

        let core = XMLValidator(.xmlSchema(ExportSample.schema("xliff-2.1/xliff_core_2.0.xsd")))
        let strict12 = XMLValidator(.xmlSchema(ExportSample.schema("xliff-1.2/xliff-core-1.2-strict.xsd")))
        /// Valid against the format's schema, read back by bitext with the input's unit ids.
        func readBack(_ text: String, _ format: ExportFormat, ids: [String]) throws -> AlignedBitext {
            let (validator, reader): (XMLValidator, any StreamingBitextReader) =
                format == .xliff ? (core, XLIFF2BitextReader()) : (strict12, XLIFF12BitextReader())
            #expect(try validator.validate(Data(text.utf8), documentName: "out.xlf").problems == [], "\(format)")
            let bitext = try Self.read(text, as: reader, path: "out.xlf")
            #expect(bitext.pairs.map { $0.unit?.id } == ids, "\(format)")
            return bitext
        }

        let xliff = try Self.convert(tmx, name: "dup.tmx", to: .xliff, in: folder)
        #expect(xliff.contains("srcLang=\"en-US\"") && xliff.contains("trgLang=\"zh-CN\""))
        let fromXLIFF = try readBack(xliff, .xliff, ids: ["7", "7", "7", "u4"])
        #expect(fromXLIFF.fileInfo?.targetLanguageTag == "zh_CN")
        #expect(fromXLIFF.pairs.allSatisfy { $0.unit?.targetLanguageTag == "zh_CN" })

        let xliff12 = try Self.convert(tmx, name: "dup.tmx", to: .xliff12, in: folder)
        #expect(xliff12.contains("source-language=\"en-US\"") && xliff12.contains("target-language=\"zh-CN\""))
        _ = try readBack(xliff12, .xliff12, ids: ["7", "7", "7", "u4"])

        // An XLIFF 1.2 of two <file>s whose unit ids repeat, into XLIFF 2 and XLIFF 1.2.
        func file(_ original: String, _ text: String) -> String {
            """
            <file original="\(original)" source-language="en" target-language="zh_CN" datatype="plaintext"><body>
            <trans-unit id="greeting"><source>\(text)</source><target>你好</target></trans-unit>
            </body></file>
            """
        }
        let twoFiles = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
            \(file("a.strings", "Hello")) \(file("b.strings", "Hi"))
            </xliff>
            """
        for format in [ExportFormat.xliff, .xliff12] {
            _ = try readBack(try Self.convert(twoFiles, name: "two-files.xlf", to: format, in: folder), format, ids: ["greeting", "greeting"])
        }
    }
}
