import Foundation
import Testing
@testable import Bitext

/// The binary outside its build folder, and the contracts CI relies on: data found beside
/// the binary or a clear error naming the missing file, reproducible audits, configuration
/// trouble in the machine-readable reports.
@Suite struct InstallationTests {
    static let executable = CommandLineTests.executable
    static let resources = executable.deletingLastPathComponent().appendingPathComponent("bitext_Bitext.resources")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: executable.path)))
    func aCopiedBinaryFindsItsDataInShareOrNamesWhatIsMissing() throws {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixture = try CommandLineTests().writeFixture(in: folder)
        let bin = folder.appendingPathComponent("prefix/bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let binary = bin.appendingPathComponent("bitext")
        try FileManager.default.copyItem(at: Self.executable, to: binary)

        let bare = try Subprocess.run(binary.path, ["check", fixture.pairs, "--glossary", fixture.glossary])
        #expect(bare.status == 2)
        #expect(bare.error.contains("cedict_ts.u8") && bare.error.contains("BITEXT_DATA"), "\(bare.error)")

        let share = folder.appendingPathComponent("prefix/share/bitext")
        try FileManager.default.createDirectory(at: share.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.resources, to: share)
        let installed = try Subprocess.run(binary.path, ["check", fixture.pairs, "--glossary", fixture.glossary])
        #expect(installed.status == 1, "\(installed.error)")
        #expect(installed.output.contains("[forbidden-term]"))

        try FileManager.default.removeItem(at: share.appendingPathComponent("xliff-2.1"))
        let partial = try Subprocess.run(binary.path, ["check", fixture.pairs])
        #expect(partial.status == 2)
        #expect(partial.error.contains("xliff-2.1/xliff_core.xsd"), "\(partial.error)")

        let wrongSetting = try Subprocess.run(
            binary.path, ["check", fixture.pairs], environment: ["BITEXT_DATA": folder.appendingPathComponent("nowhere").path])
        #expect(wrongSetting.status == 2)
        #expect(wrongSetting.error.contains("BITEXT_DATA names no folder"))
    }

    /// `Bundle.module` stops the process when the build folder is gone: every resource goes
    /// through `BundledResources`.
    @Test func noSourceLoadsResourcesThroughBundleModule() throws {
        let sources = TestData.repositoryRoot.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        #expect(files.count > 100)
        let offenders = try files.filter { file in
            try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8).split(separator: "\n")
                .contains { $0.contains("Bundle.module") && !$0.trimmingCharacters(in: .whitespaces).hasPrefix("///") }
        }
        #expect(offenders.isEmpty, "\(offenders)")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: executable.path)))
    func auditsUnderSourceDateEpochAreByteIdentical() throws {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var outputs: [[String: Data]] = []
        for run in ["one", "two"] {
            let out = folder.appendingPathComponent(run)
            let result = try Subprocess.run(
                Self.executable.path, ["audit", "-o", out.path], in: TestData.repositoryRoot, environment: ["SOURCE_DATE_EPOCH": "0"])
            #expect(result.status == 0, "\(result.error)")
            let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
            outputs.append(try Dictionary(uniqueKeysWithValues: files.map { ($0, try Data(contentsOf: out.appendingPathComponent($0))) }))
        }
        #expect(outputs[0].keys.sorted() == ["alignment.tmx", "alignment.xlf", "findings.json", "report.html"])
        for (name, data) in outputs[0] {
            #expect(outputs[1][name] == data, "\(name) differs between two audits")
        }
        let findings = try #require(outputs[0]["findings.json"])
        let json = try #require(try JSONSerialization.jsonObject(with: findings) as? [String: Any])
        #expect(json["generatedAt"] as? String == "1970-01-01T00:00:00Z")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: executable.path)))
    func checkWithNoFilesChecksThePairsTheConfigurationNames() throws {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixture = try CommandLineTests().writeFixture(in: folder)
        let rows = try String(contentsOfFile: fixture.pairs, encoding: .utf8).split(separator: "\n").map { $0.split(separator: "\t") }
        for (language, column) in [("en", 0), ("zh", 1)] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("docs/\(language)"), withIntermediateDirectories: true)
            try (rows.map { String($0[column]) }.joined(separator: "\n\n") + "\n")
                .write(to: folder.appendingPathComponent("docs/\(language)/intro.md"), atomically: true, encoding: .utf8)
        }
        try "pairs: ['docs/en/*.md:docs/zh/*.md']\nglossaries: [terms.csv]\n"
            .write(to: folder.appendingPathComponent(".bitext.yml"), atomically: true, encoding: .utf8)
        let run = try Subprocess.run(Self.executable.path, ["check"], in: folder)
        #expect(run.status == 1, "\(run.error)")
        #expect(run.output.contains("docs/zh/intro.md:3: error: [forbidden-term]"), "\(run.output)")
        let inside = try Subprocess.run(Self.executable.path, ["check"], in: folder.appendingPathComponent("docs/en"))
        #expect(inside.status == 1)
        #expect(inside.output.contains("../../docs/zh/intro.md:3: error: [forbidden-term]"), "\(inside.output)")

        try "glossaries: [terms.csv]\n".write(to: folder.appendingPathComponent(".bitext.yml"), atomically: true, encoding: .utf8)
        let nothing = try Subprocess.run(Self.executable.path, ["check"], in: folder)
        #expect(nothing.status == 2)
        #expect(nothing.error.contains("`pairs:` in .bitext.yml"))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: executable.path)))
    func glossaryWarningsReachTheJSONAndSARIFReports() throws {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixture = try CommandLineTests().writeFixture(in: folder)
        try (String(contentsOfFile: fixture.glossary, encoding: .utf8) + "DeepSeek,深度求索,,\n").write(toFile: fixture.glossary, atomically: true, encoding: .utf8)
        let json = try Subprocess.run(Self.executable.path, ["check", fixture.pairs, "-g", fixture.glossary, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.contains { ($0["file"] as? String) == fixture.glossary && ($0["line"] as? Int) == 3 }, "\(diagnostics)")

        let sarif = try Subprocess.run(Self.executable.path, ["check", fixture.pairs, "-g", fixture.glossary, "--format", "sarif"])
        #expect(sarif.output.contains("toolExecutionNotifications") && sarif.output.contains("terms.csv"))
    }
}
