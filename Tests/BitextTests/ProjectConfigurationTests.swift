import Testing
@testable import Bitext

@Suite struct ProjectConfigurationTests {
    @Test func readsSeveritiesOptionsLanguagesAndGlossaries() throws {
        var diagnostics = Diagnostics()
        let configuration = try ProjectConfiguration.parse("""
            source-language: en
            target-language: zh-Hant
            glossaries:
              - terms/ai.csv
            checks:
              repeated-word: off
              markup: error
              cjk-spacing:
                severity: warning
                convention: forbid
            """, path: "/project/.bitext.yml", diagnostics: &diagnostics)
        #expect(diagnostics.items.isEmpty)
        #expect(configuration.sourceLanguage == .english && configuration.targetLanguage == .chinese)
        #expect(configuration.glossaryPaths == ["/project/terms/ai.csv"])
        #expect(!configuration.checks.isEnabled("repeated-word"))
        #expect(configuration.checks.severity(of: MarkupCheck.self) == .error)
        #expect(configuration.checks.severity(of: CJKSpacingCheck.self) == .warning)
        #expect(configuration.checks.options["cjk-spacing"] == ["convention": "forbid"])
    }

    @Test func unknownKeysAreReportedWithTheirLine() throws {
        var diagnostics = Diagnostics()
        _ = try ProjectConfiguration.parse("""
            checks:
              markup: warning
              numbrs: off
              cjk-spacing:
                conventoin: forbid
            glosaries: [a.csv]
            """, path: ".bitext.yml", diagnostics: &diagnostics)
        let reported = diagnostics.items.map { "\($0.line ?? 0): \($0.message)" }
        #expect(reported == [
            "3: unknown check “numbrs” (see `bitext checks`)",
            "5: unknown option “conventoin” for check “cjk-spacing”",
            "6: unknown setting “glosaries” is ignored",
        ])
    }

    @Test func badValuesAreErrorsNamingFileAndLine() {
        var diagnostics = Diagnostics()
        #expect {
            try ProjectConfiguration.parse("checks:\n  markup: critical\n", path: ".bitext.yml", diagnostics: &diagnostics)
        } throws: { error in
            (error as? InputError)?.position.line == 2
        }
        #expect {
            try ProjectConfiguration.parse("checks: [markup\n", path: ".bitext.yml", diagnostics: &diagnostics)
        } throws: { error in
            (error as? InputError)?.position.file == ".bitext.yml"
        }
    }

    @Test func configuredSeverityAndOptionsReachTheFindings() {
        let example = CheckExample("Dylan runs SemiAnalysis.", "Dylan 经营着 SemiAnalysis。")
        var checks = CheckConfiguration()
        checks.options["cjk-spacing"] = ["convention": "forbid"]
        checks.severities["cjk-spacing"] = .error
        let findings = CheckRunner(checks: [CJKSpacingCheck.self], configuration: checks).run(on: example.bitext())
        #expect(findings.map(\.severity) == [.error])
        checks.disabled.insert("cjk-spacing")
        #expect(CheckRunner(checks: [CJKSpacingCheck.self], configuration: checks).run(on: example.bitext()).isEmpty)
    }
}
