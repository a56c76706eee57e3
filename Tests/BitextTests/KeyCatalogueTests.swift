import Foundation
import Testing
@testable import Bitext

/// Key catalogues (sources such as `http_error_403.description`) on the real Symfony and Bolt
/// files: told apart from English per unit, reported once per file, left alone by the checks
/// that compare with the source, and joined with their English catalogue by key.
@Suite("Key catalogues", .enabled(if: SoftwareStrings.available, "../shared/corpus/strings is not beside the checkout"))
struct KeyCatalogueTests {
    static let strings = TestData.shared.appendingPathComponent("corpus/strings")
    static let symfony = strings.appendingPathComponent("symfony-demo-messages+intl-icu.zh_CN.xlf").path
    static let bolt = strings.appendingPathComponent("bolt-messages.zh_CN.xlf").path
    static let boltEnglish = strings.appendingPathComponent("bolt-messages.en.xlf").path

    private func read(_ path: String) throws -> AlignedBitext {
        var diagnostics = Diagnostics()
        return try XLIFFBitextReader().read(contentsOf: path, encoding: nil, diagnostics: &diagnostics)
    }

    @Test func keysAreToldFromEnglishUnitByUnit() throws {
        let symfony = try read(Self.symfony)
        #expect(symfony.pairs.count == 107 && symfony.pairs.allSatisfy(MessageKey.isKey), "every Symfony source is a key, `note` and `tip` too")

        let bolt = try read(Self.bolt)
        let english = bolt.pairs.filter { !MessageKey.isKey($0) }.map(\.sourceText)
        #expect(bolt.pairs.count - english.count == 398)
        // What is left is English, or a key with spaces that no rule can tell from English.
        #expect(Set(english) == [
            "English (en)", "Nederlands (dutch, nl)", "Español (Spanish, es)", "français (French, fr)", "Deutsch (German, de)",
            "Język Polski (Polish, pl)", "Brasilian Portuguese (Brasilian Portuguese, pt_BR)", "Italiano (Italian, it)",
            "The Default theme", "The Default Dark theme", "WoordPers: Kinda looks like that other CMS",
            "caption.translations: messages", "caption.routing set up", "Unknown", "Menu", "Search", "Email",
        ])
        #expect(bolt.pairs.filter(MessageKey.isKey).map(\.sourceText).contains("field.createdAt"))

        // UI text with single words, ids that are keys, and `%@`: no source is a key.
        for path in SoftwareStrings.files where path.hasSuffix(".xliff") || path.contains("sliver") || path.contains("rclone") {
            let keys = try read(path).pairs.filter(MessageKey.isKey).map(\.sourceText)
            #expect(keys.isEmpty, "\(path): \(keys)")
        }
    }

    @Test func theRuleOnShapes() {
        let keys = ["http_error_403.description", "title.edit_user", "action.save", "field.createdAt", "not_available", "a.b-c"]
        let text = ["Cancel", "Node.js", "move", "e.g.", "a..b", "1.5", "version 2.1", "Delete %@?", "", "_private"]
        #expect(keys.allSatisfy { MessageKey.isKey($0, unit: nil) })
        #expect(!text.contains { MessageKey.isKey($0, unit: nil) })
        // A single word is a key when the unit is named by it, as Symfony writes it.
        #expect(MessageKey.isKey("note", unit: TranslationUnitInfo(id: "note")))
        #expect(MessageKey.isKey("date", unit: TranslationUnitInfo(id: "x7Q", attributes: ["name": "date"])))
        #expect(!MessageKey.isKey("note", unit: TranslationUnitInfo(id: "5937251202465808296")))
        #expect(!MessageKey.isKey("Menu", unit: TranslationUnitInfo(attributes: ["name": "Menu"])))
    }

    @Test func aKeyCatalogueIsReportedOnceAndComparingChecksSkipIt() throws {
        let result = try Auditor().audit(bitextPath: Self.symfony, format: .xliff)
        let warnings = result.diagnostics.filter { $0.message.contains("sources are keys, not English") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.file == Self.symfony && warnings.first?.level == .warning)
        #expect(warnings.first?.message.contains("107 of 107") == true)
        #expect(warnings.first?.message.contains("--source-catalogue") == true)
        // `http_error_403` is no number to find, the target's `<a>` no tag the key lost.
        let comparing = result.findings.filter { ["numbers", "placeholders", "markup", "addition"].contains($0.check) }
        #expect(comparing.isEmpty, "\(comparing.map { "\($0.check): \($0.message)" })")
        // Target-only rules still read the targets: `你没有权限访问这个资源.` ends half-width.
        #expect(result.findings.contains { $0.check == "punctuation" && $0.target.text == "你没有权限访问这个资源." })
    }

    @Test func theEnglishCatalogueItselfIsNamedAsSuch() throws {
        let result = try Auditor().audit(bitextPath: Self.boltEnglish, format: .xliff)
        let warning = try #require(result.diagnostics.first { $0.message.contains("sources are keys") })
        #expect(warning.message.contains("this is the source catalogue"))
    }

    @Test func textFilesAreNotKeyCatalogues() throws {
        for path in SoftwareStrings.files where path.hasSuffix(".xliff") || path.contains("sliver") {
            let result = try Auditor().audit(bitextPath: path, format: .xliff)
            #expect(!result.diagnostics.contains { $0.message.contains("keys") }, "\(path)")
        }
    }

    @Test func boltJoinedWithItsEnglishCatalogue() throws {
        var diagnostics = Diagnostics()
        var options = Auditor.Options()
        options.sourceCatalogue = try SourceCatalogueJoin.load(path: Self.boltEnglish, diagnostics: &diagnostics)
        #expect(!diagnostics.items.contains { $0.message.contains("same language") }, "an en → en catalogue is what is asked for")
        let result = try Auditor(options: options).audit(bitextPath: Self.bolt, format: .xliff)
        let pairs = result.bitext.pairs
        #expect(pairs.count == 415)
        #expect(pairs.filter(MessageKey.isKey).map(\.sourceText) == ["9fb3e6e"], "the one key the English catalogue lacks")
        #expect(result.diagnostics.contains { $0.level == .note && $0.message.contains("414 of 415 sources were taken by key from bolt-messages.en.xlf") })
        #expect(result.diagnostics.contains { $0.level == .warning && $0.message.contains("1 key has no entry") && $0.message.contains("9fb3e6e") })
        #expect(!result.diagnostics.contains { $0.message.contains("sources are keys") })

        let byName = Dictionary(pairs.compactMap { pair in pair.unit?.attributes["name"].map { ($0, pair) } }, uniquingKeysWith: { first, _ in first })
        #expect(byName["http_error.name"]?.sourceText == "Error %status_code%")
        #expect(byName["http_error.name"]?.targetText == "错误 %status_code%")
        // The line stays the unit's own, in the checked file.
        #expect(byName["http_error.name"]?.sourceLine == 21)
        // The English of a CDATA target (read whole, markup as text).
        #expect(byName["http_error.suggestion"]?.sourceText.hasPrefix("Try loading this page again in a few minutes") == true)

        // Findings now read English against Chinese: copies of the English are untranslated.
        let untranslated = Set(result.findings.filter { $0.check == "untranslated" }.map(\.source.text))
        #expect(untranslated.isSuperset(of: ["Duplicate", "Toggle Dropdown", "Actions", "Do Something", "The password fields must match."]))
        #expect(!result.findings.contains { $0.check == "numbers" || $0.check == "placeholders" }, "Bolt's translations keep their numbers and placeholders")
    }

    @Test func xliff2CDATATargetsAreRead() throws {
        let bolt = try read(Self.bolt)
        let suggestion = try #require(bolt.pairs.first { $0.unit?.attributes["name"] == "http_error.suggestion" })
        #expect(suggestion.targetText == "请稍后再次加载此页面或 <a href=\"%url%\">返回主页</a>。")
    }

    @Test func documentChecksKeepTheirOwnExemptions() {
        // Two keys with one translation are no problem; one key translated two ways is.
        let example = CheckExample(
            "help.reload_fixtures_description\nhelp.reload_sample_data_description\nhelp.add_user_description\nhelp.add_user_description",
            "如果这些用户无法使用，请在终端中重新加载应用数据。\n如果这些用户无法使用，请在终端中重新加载应用数据。\n如果你想要创建用户，请在终端中使用命令。\n要添加用户，请在终端里运行这个命令。")
        let checks: [any Check.Type] = [SameTargetDifferentSourceCheck.self, SameSourceDifferentTargetCheck.self]
        let findings = CheckRunner(checks: checks).run(on: example.bitext(targetLanguage: .chinese))
        #expect(findings.map(\.check) == ["same-source-different-target"], "\(findings.map(\.message))")
    }

    @Test func keysJoinByResnameSourceOrID() throws {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let english = folder.appendingPathComponent("messages.en.xlf")
        try """
            <?xml version="1.0"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file source-language="en" target-language="en" datatype="plaintext" original="file.ext">
                <body>
                  <trans-unit id="a1" resname="title.edit_user"><source>title.edit_user</source><target>Edit user</target></trans-unit>
                  <trans-unit id="menu.help"><source>menu.help</source><target>Help</target></trans-unit>
                  <trans-unit id="k9"><source>Save changes</source></trans-unit>
                </body>
              </file>
            </xliff>
            """.write(to: english, atomically: true, encoding: .utf8)
        let chinese = folder.appendingPathComponent("messages.zh_CN.xlf")
        try """
            <?xml version="1.0"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file source-language="en" target-language="zh-CN" datatype="plaintext" original="file.ext">
                <body>
                  <trans-unit id="b7" resname="title.edit_user"><source>title.edit_user</source><target>编辑用户</target></trans-unit>
                  <trans-unit id="menu.help"><source>menu.help</source><target>帮助</target></trans-unit>
                  <trans-unit id="k9"><source>k9</source><target>保存更改</target></trans-unit>
                  <trans-unit id="menu.quit"><source>menu.quit</source><target>退出</target></trans-unit>
                </body>
              </file>
            </xliff>
            """.write(to: chinese, atomically: true, encoding: .utf8)
        var diagnostics = Diagnostics()
        let join = try SourceCatalogueJoin.load(path: english.path, diagnostics: &diagnostics)
        let joined = join.join(try read(chinese.path), diagnostics: &diagnostics)
        #expect(joined.pairs.map(\.sourceText) == ["Edit user", "Help", "Save changes", "menu.quit"])
        #expect(diagnostics.items.contains { $0.message.contains("1 key has no entry in messages.en.xlf (`menu.quit`)") })

        // A catalogue in the wrong language is named.
        var wrong = Diagnostics()
        SourceCatalogueJoin(try read(chinese.path), path: chinese.path)
            .report(SourceCatalogueJoin.Tally(), file: chinese.path, sourceLanguage: .english, diagnostics: &wrong)
        #expect(wrong.items.contains { $0.message.contains("reads as Chinese, not English") })
    }

    @Test func convertWritesTheJoinedSources() throws {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("bolt.tsv")
        var converter = Converter(context: OutputContext(generatedAt: Date(timeIntervalSince1970: 0)))
        var diagnostics = Diagnostics()
        converter.sourceCatalogue = try SourceCatalogueJoin.load(path: Self.boltEnglish, diagnostics: &diagnostics)
        let result = try converter.convert(inputPath: Self.bolt, outputPath: output.path, to: .tsv)
        #expect(result.pairs == 415)
        let lines = try String(contentsOf: output, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "Not available\t无法使用")
        #expect(result.diagnostics.contains { $0.message.contains("414 of 415") })
        // The catalogue is an input: no output may replace it.
        #expect(throws: InputError.self) {
            try converter.convert(inputPath: Self.bolt, outputPath: Self.boltEnglish, to: .xliff)
        }
    }

    @Test func theConfigurationNamesTheCatalogue() throws {
        var diagnostics = Diagnostics()
        let configuration = try ProjectConfiguration.parse(
            "source-catalogue: translations/messages.en.xlf\n", path: "/project/.bitext.yml", diagnostics: &diagnostics)
        #expect(diagnostics.items.isEmpty)
        #expect(configuration.sourceCataloguePath == "/project/translations/messages.en.xlf")
        #expect(throws: InputError.self) {
            try ProjectConfiguration.parse("source-catalogue: [a.xlf, b.xlf]\n", path: "/project/.bitext.yml", diagnostics: &diagnostics)
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: CommandLineTests.executable.path)))
    func checkTakesTheCatalogueOnTheCommandLine() throws {
        let run = try Subprocess.run(
            CommandLineTests.executable.path,
            ["check", Self.bolt, "--source-catalogue", Self.boltEnglish, "--fail-on", "never"])
        #expect(run.status == 0)
        #expect((run.output + run.error).contains("414 of 415 sources were taken by key"))
        #expect(run.output.contains("[untranslated] the target is a copy of the source"))
    }
}
