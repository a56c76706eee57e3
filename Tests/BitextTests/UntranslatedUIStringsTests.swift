import Foundation
import Testing
@testable import Bitext

/// `untranslated` on the real software strings: short UI copies are reported, targets made of
/// codes and kept names are not; `translate="no"` units are left alone.
@Suite("Untranslated UI strings", .enabled(if: SoftwareStrings.available, "../shared/corpus/strings is not beside the checkout"))
struct UntranslatedUIStringsTests {
    private func untranslated(_ path: String, options: Auditor.Options = Auditor.Options()) throws -> [Finding] {
        try Auditor(options: options).audit(bitextPath: path, format: BitextFormat.inferred(fromPath: path)!)
            .findings.filter { $0.check == "untranslated" }
    }

    @Test func codesAcronymsAndKeptNamesAreNotUntranslated() throws {
        // Focus keeps `MOZILLA` and `Safari` (written in Latin inside its Chinese targets) and
        // `例如：searchengine.example.com/search/?q=%s` is Chinese; Sliver keeps `ID`, `UUID`,
        // `PID` and `Shellcode`, which its Chinese targets use too.
        for name in ["strings/focusios-zh-CN.xliff", "hant/strings/focusios-zh-TW.xliff", "strings/sliver-gui-messages.zh.xlf"] {
            let findings = try untranslated(TestData.shared.appendingPathComponent("corpus/\(name)").path)
            #expect(findings.isEmpty, "\(name): \(findings.map { "\($0.source.text) ⇒ \($0.target.text)" })")
        }
    }

    @Test func shortCopiesAreReportedAndNamesAreNot() throws {
        let rclone = try untranslated(TestData.shared.appendingPathComponent("corpus/hant/strings/rclone-webui-angular-messages.zh-TW.xlf").path)
        let copied = Set(rclone.map { $0.target.text.trimmingCharacters(in: .whitespaces) })
        // `… "…" to "…:"`: the `to` was left in English.
        #expect(copied.contains { $0.contains(" to ") })
        for kept in ["Rclone WebUI", "Rclone", "WebUI", "OK"] {
            #expect(!copied.contains(kept), "\(kept) is a name or an acronym")
        }

        var diagnostics = Diagnostics()
        var options = Auditor.Options()
        options.sourceCatalogue = try SourceCatalogueJoin.load(path: KeyCatalogueTests.boltEnglish, diagnostics: &diagnostics)
        let bolt = try untranslated(KeyCatalogueTests.bolt, options: options)
        let reported = Set(bolt.map(\.source.text))
        for copy in ["Duplicate", "Missing", "Up", "Go", "Hey, %name%!", "Showing records %current% of %total%", "Bolt on Github"] {
            #expect(reported.contains(copy), "\(copy) is English left in the Chinese catalogue")
        }
        // A language menu names each language in itself.
        #expect(!reported.contains { $0.hasPrefix("Deutsch") || $0.hasPrefix("English (en)") })
    }

    @Test func theGlossaryNamesWhatIsKeptInLatin() {
        let example = CheckExample("Open Bolt", "Open Bolt")
        let glossary = Glossary(terms: [GlossaryTerm(sourceForms: ["Open Bolt"], accepted: ["Open Bolt"])])
        #expect(!CheckRunner(checks: [UntranslatedCheck.self]).run(on: example.bitext(targetLanguage: .chinese)).isEmpty)
        #expect(CheckRunner(checks: [UntranslatedCheck.self], glossary: glossary).run(on: example.bitext(targetLanguage: .chinese)).isEmpty)
    }

    @Test func unitsMarkedTranslateNoAreNotUntranslatedNorOmitted() {
        let source = "Firefox Focus is a privacy browser that blocks trackers, erases your history and keeps the web fast."
        for translate in [nil, "no"] {
            let attributes = translate.map { ["translate": $0] } ?? [:]
            let copied = CheckExample(source, source, unitAttributes: attributes).bitext(targetLanguage: .chinese)
            let short = CheckExample("\(source)\nAnd it costs nothing at all.", "隐私浏览器。\n而且它完全免费。", unitAttributes: attributes)
                .bitext(targetLanguage: .chinese)
            let untranslated = CheckRunner(checks: [UntranslatedCheck.self]).run(on: copied)
            let omitted = CheckRunner(checks: [OmissionCheck.self]).run(on: short)
            if translate == "no" {
                #expect(untranslated.isEmpty && omitted.isEmpty)
            } else {
                #expect(!untranslated.isEmpty && !omitted.isEmpty, "without the mark both are findings")
            }
        }
    }

    @Test func placeholderLikeTokens() {
        let codes = ["%@", "%1$@", "%d", "%.1f", "%-5ld", "%%", "%name%", "%(count)s", "%{count}", "{count}", "{{", "}}", "${x}", "$t(key)", "%s,"]
        let words = ["100%", "%sale", "Cancel", "50%off", "$5"]
        #expect(codes.allSatisfy { VerbatimToken.isVerbatim($0) })
        #expect(words.allSatisfy { PlaceholderScanner.anySyntax.scan($0).placeholders.isEmpty })
        #expect(!["%sale", "Cancel"].contains { VerbatimToken.isVerbatim($0) })
    }

    @Test func interfaceBuilderDesignTimeTextAndNamesAreNotUntranslated() {
        func pair(_ text: String, note: String?) -> AlignedPair {
            var pair = AlignedPair(
                index: 0, source: [Segment(index: 0, text: text, line: 1, block: 0)], target: [Segment(index: 0, text: text, line: 2, block: 0)],
                score: 1, sourceLanguage: .english, targetLanguage: .chinese)
            pair.unit = TranslationUnitInfo(id: "x.text", notes: note.map { [UnitNote($0)] } ?? [])
            return pair
        }
        func untranslated(_ pair: AlignedPair) -> Int {
            let bitext = AlignedBitext(sourceLanguage: .english, targetLanguage: .chinese, sourcePath: "a.xliff", targetPath: "a.xliff", pairs: [pair])
            return CheckRunner().run(on: bitext).filter { $0.check == "untranslated" }.count
        }
        #expect(untranslated(pair("Subtitle", note: #"Class = "UILabel"; text = "Subtitle"; ObjectID = "JmH-wi-lih";"#)) == 0)
        #expect(untranslated(pair("Subtitle", note: nil)) == 1, "without the storyboard note it is UI text left in English")
        #expect(untranslated(pair("Yandex", note: nil)) == 0, "a one-word name no dictionary knows")
        #expect(untranslated(pair("Arch-Update", note: nil)) == 0)
        #expect(untranslated(pair("Cancel", note: nil)) == 1)
    }
}
