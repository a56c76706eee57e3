import Foundation
import Testing
@testable import Bitext

@Suite("Placeholders: syntaxes, comparison, masking")
struct PlaceholderSyntaxTests {
    private func scanned(_ text: String, _ syntaxes: Set<PlaceholderSyntax> = PlaceholderSyntax.unambiguous) -> [String] {
        PlaceholderScanner(syntaxes: syntaxes).scan(text).placeholders.map(\.text)
    }

    private func problems(_ source: String, _ target: String, _ syntaxes: Set<PlaceholderSyntax> = PlaceholderSyntax.unambiguous) -> [String] {
        let scanner = PlaceholderScanner(syntaxes: syntaxes)
        return PlaceholderComparison(scanner: scanner).problems(
            source: scanner.scan(source).placeholders, target: scanner.scan(target).placeholders, targetText: target
        ).map(\.message)
    }

    @Test func printfPlaceholdersAsXcodeAndGettextWriteThem() {
        #expect(scanned("%1$@ shared %2$@ with you") == ["%1$@", "%2$@"])
        #expect(scanned("Alarm in %lld min, %.1f%% done, %u items, %s left") == ["%lld", "%.1f", "%%", "%u", "%s"])
        #expect(scanned("%(count)d files in %(dir)s") == ["%(count)d", "%(dir)s"])
    }

    @Test func percentSignsOfOrdinaryTextAreNotPlaceholders() {
        #expect(scanned("50% off, 100%free, 20 % of users") == [])
        #expect(scanned("满 50％ 即可") == [])
    }

    @Test func symfonyNamesAreNotReadAsPrintf() {
        #expect(scanned("Search results for '%search%'.") == ["%search%"])
        #expect(scanned("%d%% done") == ["%d", "%%"])
    }

    @Test func icuArgumentsWithBranchesAndHash() {
        let scan = PlaceholderScanner(syntaxes: PlaceholderSyntax.unambiguous).scan(
            "{VAR_PLURAL, plural, =0 {none} one {# item} other {{{count}} items in {folder}}}")
        #expect(scan.placeholders.count == 1)
        let argument = try? #require(scan.placeholders.first?.message)
        #expect(argument?.branches.map(\.key) == ["=0", "one", "other"])
        #expect(argument?.branches[1].placeholders.map(\.text) == ["#"])
        #expect(argument?.branches[2].placeholders.map(\.text) == ["{{count}}", "{folder}"])
        #expect(scanned("Edit post #{id, number}") == ["{id, number}"])
    }

    @Test func gettextFlagsNameTheUnitsSyntax() {
        let python = PlaceholderSyntax.forUnit(flags: ["python-format"], fileDefault: PlaceholderSyntax.unambiguous)
        #expect(python.contains(.pythonNamed) && python.contains(.printf) && !python.contains(.brace))
        let noC = PlaceholderSyntax.forUnit(flags: ["no-c-format"], fileDefault: PlaceholderSyntax.unambiguous)
        #expect(!noC.contains(.printf) && noC.contains(.brace))
        #expect(scanned("Use {{ and }} for braces", PlaceholderSyntax.forUnit(flags: ["python-brace-format"], fileDefault: [])) == [])
        #expect(PlaceholderSyntax.forFile(path: "translations/messages+intl-icu.zh_CN.xlf", configured: nil).contains(.symfony) == false)
    }

    @Test func chineseWordOrderMayMovePlaceholders() {
        #expect(problems("%1$@ shared %2$@", "%2$@ 由 %1$@ 分享") == [])
        #expect(problems("From {start} to {end}", "{end} 之前、{start} 之后") == [])
        #expect(problems("%@ of %@", "%2$@ 的 %1$@") == [])
    }

    @Test func eachKindOfProblemIsNamed() {
        #expect(problems("Delete %@?", "删除？") == ["missing from the translation: `%@`"])
        #expect(problems("Delete %@?", "删除 % @？") == ["`%@` is garbled as `% @`"])
        #expect(problems("Delete {name}?", "删除 ｛name｝？") == ["`{name}` is garbled as `｛name｝`"])
        #expect(problems("Hello {username}", "你好，{usrename}") == ["`{username}` is misspelt as `{usrename}`"])
        #expect(problems("%1$@ shared %2$@", "%1$@ 分享了 %1$@") == ["`%2$@` is renumbered as `%1$@`"])
        #expect(problems("Open %@", "打开 %@ %@") == ["`%@` appears twice in the translation, once in the source"])
        #expect(problems("Open", "打开 {name}") == ["not in the source: `{name}`"])
        #expect(problems("%s has %d files", "%d 个文件属于 %s").first?.contains("reorders printf arguments") == true)
    }

    @Test func pluralBranchesChineseDoesNotUseMayGoButOtherStays() {
        #expect(problems("{n, plural, one {# item} other {# items}}", "{n, plural, other {# 个项目}}") == [])
        #expect(problems("{n, plural, one {# item} other {# items}}", "{n, plural, one {# 个项目}}") == ["plural `{n}` lost its `other` branch"])
        #expect(problems("{n, plural, one {# item} other {# items}}", "{n, plural, other {个项目}}") == ["in the `other` branch of `{n}`, missing from the translation: `#`"])
        #expect(problems("{g, select, male {He} female {She} other {They}}", "{g, select, male {他} other {他们}}") == ["select `{g}` lost its `female` branch"])
    }

    @Test func otherChecksReadPlaceholdersAsCodes() {
        let pair = AlignedPair(
            index: 0, source: [Segment(index: 0, text: "You have %d messages from %1$@ in {folder}", line: 1, block: 0)],
            target: [Segment(index: 0, text: "你在{folder}中有%d条来自%1$@的消息", line: 1, block: 0)],
            score: 1, sourceLanguage: .english, targetLanguage: .chinese)
        let bitext = AlignedBitext(sourceLanguage: .english, targetLanguage: .chinese, sourcePath: "a.xlf", targetPath: "a.xlf", pairs: [pair])
        let findings = CheckRunner().run(on: bitext)
        #expect(findings.map(\.check) == [], "placeholders are neither Latin words to space nor numbers: \(findings.map(\.message))")
        let unmasked = CheckRunner().run(on: AlignedBitext(
            sourceLanguage: .english, targetLanguage: .chinese, sourcePath: "a.xlf", targetPath: "a.xlf",
            pairs: [AlignedPair(
                index: 0, source: [Segment(index: 0, text: "You have 3 messages from Anna", line: 1, block: 0)],
                target: [Segment(index: 0, text: "你有3条来自Anna的消息", line: 1, block: 0)],
                score: 1, sourceLanguage: .english, targetLanguage: .chinese)]))
        #expect(unmasked.map(\.check).contains("cjk-spacing"), "the same text with words in place of placeholders is spaced wrongly")
    }

    @Test func syntaxesOptionTakesAListOrAuto() throws {
        var configuration = CheckConfiguration.default
        try configuration.setOption("syntaxes", to: "printf, symfony", for: PlaceholdersCheck.self)
        #expect((configuration.options["placeholders"] as? PlaceholdersCheck.Options)?.syntaxes == [.printf, .symfony])
        #expect(throws: CheckOptionError.self) { try configuration.setOption("syntaxes", to: "printf, mustache", for: PlaceholdersCheck.self) }
        try configuration.setOption("syntaxes", to: "auto", for: PlaceholdersCheck.self)
        #expect((configuration.options["placeholders"] as? PlaceholdersCheck.Options)?.syntaxes == nil)
        var diagnostics = Diagnostics()
        let project = try ProjectConfiguration.parse(
            "checks:\n  placeholders:\n    syntaxes: [printf, symfony]\n", path: ".bitext.yml", diagnostics: &diagnostics)
        #expect((project.checks.options["placeholders"] as? PlaceholdersCheck.Options)?.syntaxes == [.printf, .symfony])
    }
}

@Suite("Software strings: repeated sources and GNOME conventions")
struct SoftwareStringConventionTests {
    @Test func singularAndPluralSourcesShareOneChineseTranslation() {
        #expect(RepeatedSegments.wordDistance("Elevator button is left side of the door", "Elevator buttons are left side of the door") == 0)
        #expect(RepeatedSegments.wordDistance("Delete the file", "Delete the folder") > 1)
    }

    @Test func keywordListsAndTranslatorCreditsAreNotAdditions() {
        #expect(AdditionCheck.isKeywordList("time;timer;alarm;world clock;"))
        #expect(!AdditionCheck.isKeywordList("Save the file; then close it"))
        #expect(MessageKey.isKey("translator-credits", unit: nil))
    }
}
