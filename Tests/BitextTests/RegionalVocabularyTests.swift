import Foundation
import Testing
@testable import Bitext

/// `regional-vocabulary`: which region a target is for, and the other region's words in it,
/// on real zh-TW files (an AI-translated Angular catalogue with mainland words, Mozilla's
/// human-translated Focus strings).
@Suite struct RegionalVocabularyTests {
    @Test func regionsFromLocaleTagsAndPaths() {
        let tags: [(String, ChineseRegion?)] = [
            ("zh-TW", .taiwan), ("zh_TW", .taiwan), ("zh-Hant", .taiwan), ("zh-Hant-TW", .taiwan), ("zh-HK", .hongKong),
            ("zh-Hant-HK", .hongKong), ("zh_MO", .hongKong), ("zh-CN", .mainland), ("zh-Hans", .mainland), ("zh-SG", .mainland),
            ("zh", nil), ("en-US", nil), ("", nil),
        ]
        for (tag, region) in tags { #expect(ChineseRegion(tag: tag) == region, "\(tag)") }
        let paths: [(String, ChineseRegion?)] = [
            ("nodejs/zh-tw/about/index.md", .taiwan), ("src/locale/messages.zh-TW.xlf", .taiwan),
            ("strings/gnome-clocks-zh_TW.po", .taiwan), ("po/zh_CN.po", .mainland), ("docs/zh-hk/page.md", .hongKong),
            ("docs/zh/index.md", nil), ("en/fuzh-tw.md", nil), ("tldr/zh_TW/linux/apt.md", .taiwan),
        ]
        for (path, region) in paths { #expect(ChineseRegion(path: path) == region, "\(path)") }
    }

    private func findings(_ example: CheckExample, region: RegionalVocabularyCheck.RegionChoice = .declared) -> [Finding] {
        var options = RegionalVocabularyCheck.Options()
        options.region = region
        let configuration = CheckConfiguration(options: [RegionalVocabularyCheck.description.id: options])
        return CheckRunner(checks: [RegionalVocabularyCheck.self], configuration: configuration).run(on: example.bitext())
    }

    @Test func onlyADeclaredRegionIsChecked() {
        #expect(findings(CheckExample("Open the menu.", "打開菜單。")).isEmpty, "no region: not checked")
        #expect(findings(CheckExample("Open the menu.", "打開菜單。", targetLanguageTag: "zh-HK")).isEmpty)
        let taiwan = findings(CheckExample("Open the menu.", "打開菜單。", targetLanguageTag: "zh-TW"))
        #expect(taiwan.map(\.message) == ["“菜單” is mainland usage; readers in Taiwan (zh-TW) say “選單”"])
        #expect(taiwan.first?.target.spans == [Finding.Span(start: 2, end: 4)])
    }

    /// A word the translator repeats is one decision: one finding with its count and lines.
    @Test func aRepeatedWordIsOneFindingWithItsLines() {
        let example = CheckExample(
            "Check the network.\nThe network is down.\nRestart the router.",
            "檢查網絡。\n網絡已中斷。\n重新啟動路由器。", targetLanguageTag: "zh-TW")
        #expect(findings(example).map(\.message) == ["“網絡” is mainland usage; readers in Taiwan (zh-TW) say “網路” (2 pairs, lines 1, 2)"])
    }

    /// A word both regions use in one sense is reported only where the source has the other:
    /// 文件 is a Taiwan document and a mainland file, 程序 a Taiwan procedure and a mainland program.
    @Test func theSourceDecidesTheSense() {
        #expect(findings(CheckExample("Read the document.", "閱讀文件。", targetLanguageTag: "zh-TW")).isEmpty)
        #expect(findings(CheckExample("Open the file.", "開啟文件。", targetLanguageTag: "zh-TW")).map(\.message)
            == ["“文件” is mainland usage; readers in Taiwan (zh-TW) say “檔案”"])
        #expect(findings(CheckExample("Follow the procedure.", "遵循程序。", targetLanguageTag: "zh-TW")).isEmpty)
        #expect(findings(CheckExample("We support their decision.", "我們支持他們的決定。", targetLanguageTag: "zh-TW")).isEmpty)
        #expect(!findings(CheckExample("This format is not supported.", "不支持此格式。", targetLanguageTag: "zh-TW")).isEmpty)
    }

    @Test func taiwanWordsInAMainlandTextWhenAsked() {
        #expect(findings(CheckExample("Install the software.", "安装软体。", targetLanguageTag: "zh-CN")).isEmpty)
        #expect(findings(CheckExample("Install the software.", "安装软体。"), region: .mainland).map(\.message)
            == ["“软体” is Taiwan usage; mainland readers (zh-CN) say “软件”"])
        // 文件 and 程序 are the mainland's own words.
        #expect(findings(CheckExample("Open the file.", "打开文件。"), region: .mainland).isEmpty)
        #expect(findings(CheckExample("Run the program.", "运行程序。"), region: .mainland).isEmpty)
    }

    private func regional(_ name: String) throws -> [Finding] {
        let path = TestData.shared.appendingPathComponent("corpus/\(name)").path
        return try Auditor().audit(bitextPath: path, format: BitextFormat.inferred(fromPath: path)!)
            .findings.filter { $0.check == "regional-vocabulary" }
    }

    private static func foundWord(_ finding: Finding) -> String? {
        guard let open = finding.message.firstIndex(of: "“"), let close = finding.message.firstIndex(of: "”") else { return nil }
        return String(finding.message[finding.message.index(after: open)..<close])
    }

    /// The target: the machine-translated zh-TW catalogue's mainland words are named.
    @Test(.needsSharedData) func theMachineTranslatedTaiwanCatalogueIsCaught() throws {
        let found = Set(try regional("hant/strings/rclone-webui-angular-messages.zh-TW.xlf").compactMap(Self.foundWord))
        for word in ["菜單", "網絡", "信息"] {
            #expect(found.contains(word), "\(word) in \(found.sorted())")
        }
    }
}
