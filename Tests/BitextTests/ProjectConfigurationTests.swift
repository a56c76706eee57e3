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
        #expect((configuration.checks.options["cjk-spacing"] as? CJKSpacingCheck.Options)?.convention == .forbid)
    }

    @Test func pairsAreGlobPairsCheckedAtLoadAndReadFromTheConfigurationsFolder() throws {
        var diagnostics = Diagnostics()
        let configuration = try ProjectConfiguration.parse(
            "pairs:\n  - 'content/en/**/*.{md,mdx}:content/zh/**/*.{md,mdx}'\n", path: "/site/.bitext.yml", diagnostics: &diagnostics)
        #expect(configuration.pairs == ["content/en/**/*.{md,mdx}:content/zh/**/*.{md,mdx}"])
        #expect(RunConfiguration.pairs("en/*.md:zh/*.md", from: "/site/.bitext.yml", in: "/site") == "en/*.md:zh/*.md")
        #expect(RunConfiguration.pairs("en/*.md:zh/*.md", from: "/site/.bitext.yml", in: "/site/content/en") == "../../en/*.md:../../zh/*.md")
        #expect(RunConfiguration.pairs("en/*.md:zh/*.md", from: "/site/docs/.bitext.yml", in: "/site") == "docs/en/*.md:docs/zh/*.md")
        #expect(throws: InputError.self) {
            try ProjectConfiguration.parse("pairs:\n  - 'en/**:zh/*.md'\n", path: "/site/.bitext.yml", diagnostics: &diagnostics)
        }
        do {
            _ = try ProjectConfiguration.parse("pairs:\n  - 'en/*.md'\n", path: "/site/.bitext.yml", diagnostics: &diagnostics)
            Issue.record("a pair without a target pattern was accepted")
        } catch let error as InputError {
            #expect(error.position.line == 2)
            #expect(error.message.contains("SOURCE:TARGET"))
        }
    }

    @Test func unknownKeysAndChecksAreReportedWithTheirLine() throws {
        var diagnostics = Diagnostics()
        _ = try ProjectConfiguration.parse("""
            checks:
              markup: warning
              numbrs: off
            glosaries: [a.csv]
            """, path: ".bitext.yml", diagnostics: &diagnostics)
        let reported = diagnostics.items.map { "\($0.line ?? 0): \($0.message)" }
        #expect(reported == [
            "3: unknown check “numbrs” (see `bitext checks`)",
            "4: unknown setting “glosaries” is ignored",
        ])
    }

    /// What a user mistypes in a check's settings: each is an error at load, with the line of
    /// the mistake and what would have been accepted, never a silently default option.
    @Test(arguments: [
        ("cjk-spacing:\n    convention: sideways", 3, "“sideways” for option “convention” of “cjk-spacing” is not one of require, forbid"),
        ("alignment:\n    threshold: high", 3, "“high” for option “threshold” of “alignment” is not a number in 0…1"),
        ("alignment:\n    threshold: 1.5", 3, "“1.5” for option “threshold” of “alignment” is not a number in 0…1"),
        ("cjk-spacing:\n    conventoin: forbid", 3, "“conventoin” is not an option of “cjk-spacing” (its options: convention)"),
        ("numbers:\n    convention: forbid", 3, "“convention” is not an option of “numbers” (it has none)"),
        ("cjk-spacing:\n    convention: [require, forbid]", 3, "“convention” of “cjk-spacing” must be a single value, not a list or mapping"),
        ("markup: critical", 2, "“critical” for “markup” is not one of error, warning, info, on, off"),
        ("placeholders:\n    syntaxes: [printf, mustache]", 3,
         "“printf, mustache” for option “syntaxes” of “placeholders” names “mustache”, which is not one of auto, printf, python-named, brace, double-brace, dollar-brace, percent-brace, symfony, i18next-nesting, escapes, html-entities"),
    ])
    func wrongOptionsAreErrorsWithLineAndAllowedValues(setting: String, line: Int, message: String) {
        var diagnostics = Diagnostics()
        #expect {
            try ProjectConfiguration.parse("checks:\n  \(setting)\n", path: "project/.bitext.yml", diagnostics: &diagnostics)
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.position.file == "project/.bitext.yml" && error.position.line == line && error.message == message
        }
    }

    @Test func badValuesAreErrorsNamingFileAndLine() {
        var diagnostics = Diagnostics()
        #expect {
            try ProjectConfiguration.parse("checks: [markup\n", path: ".bitext.yml", diagnostics: &diagnostics)
        } throws: { error in
            (error as? InputError)?.position.file == ".bitext.yml"
        }
    }

    @Test func typedOptionsTakeTheirValues() throws {
        var diagnostics = Diagnostics()
        let configuration = try ProjectConfiguration.parse(
            "checks:\n  alignment:\n    threshold: 0.25\n  cjk-spacing:\n    convention: require\n",
            path: ".bitext.yml", diagnostics: &diagnostics)
        #expect((configuration.checks.options["alignment"] as? AlignmentConfidenceCheck.Options)?.threshold == 0.25)
        #expect((configuration.checks.options["cjk-spacing"] as? CJKSpacingCheck.Options)?.convention == .require)
        #expect(AlignmentConfidenceCheck.Options().threshold == Alignment.lowConfidenceThreshold)
    }

    @Test func configuredSeverityAndOptionsReachTheFindings() throws {
        let example = CheckExample("Dylan runs SemiAnalysis.", "Dylan 经营着 SemiAnalysis。")
        var checks = CheckConfiguration()
        try checks.setOption("convention", to: "forbid", for: CJKSpacingCheck.self)
        checks.severities["cjk-spacing"] = .error
        let findings = CheckRunner(checks: [CJKSpacingCheck.self], configuration: checks).run(on: example.bitext())
        #expect(findings.map(\.severity) == [.error])
        checks.disabled.insert("cjk-spacing")
        #expect(CheckRunner(checks: [CJKSpacingCheck.self], configuration: checks).run(on: example.bitext()).isEmpty)
    }
}
