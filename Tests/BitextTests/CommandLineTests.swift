import Foundation
import Testing
@testable import Bitext

/// The `bitext` executable as CI uses it: exit codes and messages.
@Suite struct CommandLineTests {
    typealias Run = Subprocess.Run

    /// The executable SwiftPM built next to the test bundle.
    static let executable = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("bitext")

    /// Runs the executable to its end (see `Subprocess.run`).
    func bitext(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        standardOutput: FileHandle? = nil, whileRunning: ((Process) throws -> Void)? = nil
    ) throws -> Run {
        try Subprocess.run(
            Self.executable.path, arguments, in: directory, environment: environment, standardOutput: standardOutput,
            whileRunning: whileRunning)
    }

    /// Real sentences from the transcript: one with a forbidden rendering, one clean.
    func writeFixture(in folder: URL) throws -> (pairs: String, glossary: String) {
        let pairs = folder.appendingPathComponent("pairs.tsv")
        try """
            The Llama models are open weights.\tLlama 模型是开放权重的。
            So I used the DeepSeek moment as an opportunity.\t因此，我利用了这个深海时刻作为一个机会。

            """.write(to: pairs, atomically: true, encoding: .utf8)
        let glossary = folder.appendingPathComponent("terms.csv")
        try "source,target,forbidden,note\nDeepSeek|Deep Seek,DeepSeek,深海|深度探索,company and model name\n"
            .write(to: glossary, atomically: true, encoding: .utf8)
        return (pairs.path, glossary.path)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: executable.path)))
    func exitCodesFollowFailOn() throws {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixture = try writeFixture(in: folder)

        let failing = try bitext(["check", fixture.pairs, "--glossary", fixture.glossary])
        #expect(failing.status == 1)
        #expect(failing.output.contains("pairs.tsv:2: error: [forbidden-term]"))

        let never = try bitext(["check", fixture.pairs, "--glossary", fixture.glossary, "--fail-on", "never"])
        #expect(never.status == 0)

        let clean = try bitext(["check", fixture.pairs])
        #expect(clean.status == 0, "without a glossary nothing is an error: \(clean.output)")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: executable.path)))
    func jsonOutputFollowsTheContract() throws {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixture = try writeFixture(in: folder)
        let run = try bitext(["check", fixture.pairs, "--glossary", fixture.glossary, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        let findings = try #require(object?["findings"] as? [[String: Any]])
        let forbidden = try #require(findings.first { $0["check"] as? String == "forbidden-term" })
        #expect((forbidden["term"] as? [String: Any])?["source"] as? String == "DeepSeek")
        #expect((forbidden["term"] as? [String: Any])?["found"] as? String == "深海")
        #expect((forbidden["target"] as? [String: Any])?["line"] as? Int == 2)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: executable.path)))
    func inputAndUsageErrorsExitTwoNamingTheFile() throws {
        let missing = try bitext(["check", "/nonexistent/en.md", "/nonexistent/zh.md"])
        #expect(missing.status == 2)
        #expect(missing.error.contains("/nonexistent/en.md"))

        let usage = try bitext(["check", "--fail-on", "sometimes", "a.tsv"])
        #expect(usage.status == 2)

        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("binary.md")
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00, 0x00]).write(to: binary)
        let unreadable = try bitext(["check", binary.path, TestData.chineseTranscript.path])
        #expect(unreadable.status == 2)
        #expect(unreadable.error.contains("binary.md"))
    }

    /// `check --help` offers exactly the formats `check` writes; HTML is an `audit` output.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: executable.path)))
    func checkOffersExactlyTheFormatsItWrites() throws {
        let help = try bitext(["check", "--help"])
        #expect(help.status == 0)
        for format in ReportFormat.allCases {
            #expect(help.output.contains(format.rawValue), "--format \(format.rawValue) missing from `check --help`")
        }
        #expect(!help.output.lowercased().contains("html"), "`check --help` offers a format check rejects")

        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixture = try writeFixture(in: folder)
        for format in ReportFormat.allCases {
            let run = try bitext([
                "check", fixture.pairs, "--glossary", fixture.glossary, "--format", format.rawValue, "--fail-on", "never",
            ])
            #expect(run.status == 0, "--format \(format.rawValue): \(run.error)")
            #expect(!run.output.isEmpty)
        }
        let html = try bitext(["check", fixture.pairs, "--format", "html"])
        #expect(html.status == 2)
        #expect(html.error.contains("html"))
    }

    /// A mistyped option value stops the run before anything is read, with file, line and
    /// the values allowed; it used to be ignored, so the check ran with its default.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: executable.path)))
    func aWrongOptionValueIsAnErrorWithFileAndLine() throws {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixture = try writeFixture(in: folder)
        let config = folder.appendingPathComponent(".bitext.yml")
        try "checks:\n  cjk-spacing:\n    convention: sideways\n".write(to: config, atomically: true, encoding: .utf8)
        let run = try bitext(["check", fixture.pairs, "--config", config.path])
        #expect(run.status == 2)
        #expect(run.error.contains(".bitext.yml:3:"), "\(run.error)")
        #expect(run.error.contains("is not one of require, forbid"), "\(run.error)")
        #expect(run.output.isEmpty)
    }

    /// Every command's errors come out the same way, printed once: `bitext: ` and the
    /// message; usage errors add the usage of the subcommand that was run.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: executable.path)))
    func errorsArePrintedOnceWithOnePrefixAndTheSubcommandsUsage() throws {
        let runs: [(arguments: [String], usage: String?)] = [
            (["check"], "Usage: bitext check"),
            (["convert", "a.tmx", "out.xyz"], "Usage: bitext convert"),
            (["glossary", "extract", "/nonexistent/en.md", "/nonexistent/zh.md"], nil),
            (["align", "/nonexistent/en.md", "/nonexistent/zh.md"], nil),
            (["eval-align", "/nonexistent/gold", "/nonexistent/test"], nil),
            (["convert", "/nonexistent/in.tmx", "/tmp/out.xlf"], nil),
        ]
        for (arguments, usage) in runs {
            let run = try bitext(arguments)
            #expect(run.status == 2, "\(arguments)")
            let lines = run.error.split(separator: "\n")
            #expect(lines.first?.hasPrefix("bitext: ") == true, "\(arguments): \(run.error)")
            #expect(lines.filter { $0.hasPrefix("bitext: ") }.count == 1, "printed once: \(run.error)")
            #expect(!run.error.contains("Error: "), "\(arguments): \(run.error)")
            if let usage {
                #expect(run.error.contains(usage), "\(arguments): \(run.error)")
            } else {
                #expect(!run.error.contains("Usage:"), "an input error is not a usage error: \(run.error)")
            }
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: executable.path)))
    func catalogueListsEveryCheck() throws {
        let run = try bitext(["checks"])
        #expect(run.status == 0)
        for check in CheckRegistry.all {
            #expect(run.output.contains(check.description.id), "\(check.description.id) missing from `bitext checks`")
        }
        #expect(run.output.contains("option convention: require | forbid (default require)"))
        #expect(run.output.contains("option threshold: number in 0…1 (default "))
        #expect(run.output.contains("skips pairs that have a finding of: untranslated"))
    }

    /// A file name is user input: a newline in it must not start a line of its own that a
    /// CI log parser takes for a finding or an annotation.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: executable.path)))
    func controlCharactersInFileNamesCannotForgeLines() throws {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixture = try writeFixture(in: folder)
        let hostile = folder.appendingPathComponent("pairs\n::error file=forged.tsv,line=1::forged\u{1B}[2J.tsv")
        try FileManager.default.moveItem(atPath: fixture.pairs, toPath: hostile.path)

        let run = try bitext(["check", hostile.path, "--glossary", fixture.glossary, "--format", "text"])
        #expect(run.status == 1)
        let lines = run.output.split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(line.hasPrefix(folder.path), "a line does not start with the real file: \(line)")
            #expect(!line.contains("\u{1B}"))
        }
        #expect(run.output.contains("pairs\\n::error file=forged.tsv,line=1::forged\\u{1B}[2J.tsv:2: error: [forbidden-term]"))
    }
}
