import Foundation
import Testing

@testable import Bitext

@Suite struct WrongSenseTests {
    private func wrongSense(inBitext name: String) throws -> [Finding] {
        let path = TestData.shared.appendingPathComponent("corpus/\(name)").path
        return try Auditor().audit(bitextPath: path, format: BitextFormat.inferred(fromPath: path)!)
            .findings.filter { $0.check == "wrong-sense" }
    }

    /// The source word and the rendering a message names: “exit” is rendered 出口 (…).
    private static func named(_ finding: Finding) -> String {
        let quoted = finding.message.split(separator: "”", maxSplits: 1)
        let word = quoted.first.map { $0.drop { $0 != "“" }.dropFirst() } ?? ""
        let rendering = quoted.last?.split(separator: " ").dropFirst(2).first ?? ""
        return "\(word) → \(rendering)"
    }

    /// The target: the machine-translated interface's sense errors are all reported.
    @Test(.needsSharedData) func theMachineTranslatedInterfaceIsCaught() throws {
        let named = Set(try wrongSense(inBitext: "strings/sliver-gui-messages.zh.xlf").map(Self.named))
        for expected in ["exit → 出口", "home → 家", "back → 背部", "sessions → 届会", "builds → 建物", "port → 港口", "save → 救"] {
            #expect(named.contains(expected), "\(expected) in \(named.sorted())")
        }
    }

    /// Human translations of interfaces keep their senses: nothing to report.
    @Test(.needsSharedData, arguments: [
        "strings/focusios-zh-CN.xliff", "hant/strings/focusios-zh-TW.xliff", "strings/gnome-clocks-zh_CN.po",
        "hant/strings/gnome-clocks-zh_TW.po", "strings/symfony-demo-messages+intl-icu.zh_CN.xlf",
        "hant/python-docs-zh-tw/tutorial/venv.po",
    ])
    func humanTranslationsGetNone(_ name: String) throws {
        let findings = try wrongSense(inBitext: name)
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    /// The machine-translated transcript about models reads "models" as fashion models.
    @Test func theTranscriptsModelsAreNotFashionModels() throws {
        let findings = try Auditor().audit(sourcePath: TestData.englishTranscript.path, targetPath: TestData.chineseTranscript.path)
            .findings.filter { $0.check == "wrong-sense" }
        let named = Set(findings.map(Self.named))
        #expect(named.contains("models → 模特"), "\(named.sorted())")
        // A word and its rendering are one finding, however often they recur.
        #expect(findings.count == Set(findings.map(Self.named)).count)
        #expect(findings.contains { $0.message.contains("13 pairs") || $0.message.contains("pairs, lines") })
    }

    /// The transcript renders AI models as 模式 (a mode, a pattern) as well; its business
    /// models (商业模式, 代工模式) are 模式 rightly and are not reported.
    @Test func theTranscriptsModelsAreNotModesButItsBusinessModelsAre() throws {
        let bitext = try AuditEndToEndTests.auditTranscript().bitext
        let finder = WrongSenseFinder(domains: [.ai], glossary: .empty, lexicon: try BilingualLexicon.loadBundled())
        var reported: [AlignedPair] = []
        var businessPairs = 0
        for pair in bitext.pairs where pair.targetProse.contains("模式") && !pair.targetProse.contains("模型") {
            let isBusiness = !Set(EnglishWords.tokens(pair.sourceProse)).isDisjoint(with: ["business", "foundry", "money", "revenue"])
            let modes = finder.occurrences(source: pair.sourceProse, target: pair.targetProse).filter { $0.found == "模式" }
            if isBusiness {
                businessPairs += 1
                #expect(modes.isEmpty, "\(pair.sourceProse) ⇒ \(pair.targetProse)")
            } else if !modes.isEmpty {
                reported.append(pair)
            }
        }
        #expect(businessPairs >= 3)
        #expect(reported.count >= 6, "\(reported.map(\.sourceProse))")
    }

    /// The transcript's speakers say “at the end of the day” for “ultimately”; the machine
    /// translation mostly writes 在一天结束的时候 (when the day ends), once 说到底.
    @Test func theTranscriptsIdiomsReadWordForWordAreReported() throws {
        let bitext = try AuditEndToEndTests.auditTranscript().bitext
        let finder = WrongSenseFinder(domains: [.idioms], glossary: .empty, lexicon: try BilingualLexicon.loadBundled())
        let saying = bitext.pairs.filter { $0.sourceProse.lowercased().contains("at the end of the day") }
        let literal = saying.filter { $0.targetProse.contains("一天结束") }
        let reported = saying.filter { !finder.occurrences(source: $0.sourceProse, target: $0.targetProse).isEmpty }
        #expect(literal.count >= 5)
        #expect(reported.map(\.index) == literal.map(\.index), "\(reported.map(\.targetProse))")
    }

    @Test func domainsAreDetectedFromTheText() {
        func domains(_ source: String, unit: Bool = false) -> Set<SenseDomain> {
            SenseDomain.detected(in: CheckExample(source, "译文", targetLanguageTag: unit ? "zh-CN" : nil).bitext())
        }
        #expect(domains("Exit", unit: true) == [.software, .technology])
        #expect(domains("The language model was trained on GPUs with reinforcement learning.") == [.ai, .technology])
        #expect(domains("She walked home through the rain and sat at the kitchen table.").isEmpty)
        // One telltale word is not a domain.
        #expect(domains("He bought a computer.").isEmpty)
    }

    /// A docs site's pages share its domain: Istio's page on plugging in a CA names no
    /// computing word of its own, and its "secret-mount files" → 私密安装文件 (installing) is
    /// reported only when the site's other pages are checked with it; configured domains stay
    /// the user's.
    @Test(.needsSharedData) func aDocsSitesPagesShareItsComputingDomain() throws {
        let root = TestData.shared.appendingPathComponent("corpus/docs-istio")
        func pair(_ page: String) -> FilePair {
            FilePair(source: root.appendingPathComponent("en/docs/\(page)/index.md").path, target: root.appendingPathComponent("zh/docs/\(page)/index.md").path)
        }
        let page = pair("tasks/security/cert-management/plugin-ca-cert")
        let other = pair("ops/common-problems/injection")
        func senses(_ result: Result<AuditResult, InputError>) throws -> [String] {
            try result.get().findings.filter { $0.check == WrongSenseCheck.description.id }.map(\.message)
        }
        #expect(try senses(.success(Auditor().audit(sourcePath: page.source, targetPath: page.target))).isEmpty)
        let together = BatchAuditor(auditor: Auditor(), jobs: 2).audit([page, other])
        #expect(try senses(together[0]).contains { $0.contains("“mount” is rendered 安装") })
        #expect(try senses(together[1]).contains { $0.contains("“mounts” is rendered 安装") })
        var configured = Auditor.Options()
        try configured.checks.setOption("domains", to: "idioms", for: WrongSenseCheck.self)
        let idiomsOnly = BatchAuditor(auditor: Auditor(options: configured), jobs: 2).audit([page, other])
        #expect(try senses(idiomsOnly[0]).isEmpty)
    }

    @Test func theDomainsOptionOverridesDetection() {
        let example = CheckExample("Go back to the harbour.\nThe port is busy.", "回到港口。\n港口很忙。")
        var options = WrongSenseCheck.Options()
        #expect(run(example, options).isEmpty)
        options.domains = [.software]
        // "port" fires anywhere in software; "back" only in a short label.
        #expect(run(example, options).map(\.message).count == 1)
    }

    private func run(_ example: CheckExample, _ options: WrongSenseCheck.Options) -> [Finding] {
        WrongSenseCheck().run(on: example.bitext(), context: CheckContext(severity: .warning, options: options))
    }

    @Test func aWordTheGlossaryDefinesIsLeftToTheGlossary() {
        let example = CheckExample("Exit", "出口", targetLanguageTag: "zh-CN")
        let glossary = Glossary(terms: [GlossaryTerm(sourceForms: ["Exit"], accepted: ["出口"])])
        let findings = WrongSenseCheck().run(on: example.bitext(), context: CheckContext(glossary: glossary, severity: .warning))
        #expect(findings.isEmpty)
    }

    /// 家 inside 专家 is another word; 港 inside 香港 too.
    @Test func aRenderingInsideALongerWordIsAnotherWord() {
        var options = WrongSenseCheck.Options()
        options.domains = [.software]
        #expect(run(CheckExample("Home", "专家", targetLanguageTag: "zh-CN"), options).isEmpty)
        #expect(run(CheckExample("Port", "香港", targetLanguageTag: "zh-CN"), options).isEmpty)
        #expect(run(CheckExample("Port", "港", targetLanguageTag: "zh-CN"), options).count == 1)
    }

    @Test func bundledPacksParseAndAreConsistent() throws {
        for domain in SenseDomain.allCases {
            let entries = SensePack.entries(for: domain)
            #expect(!entries.isEmpty)
            for entry in entries {
                // A domain rendering containing another-sense rendering would hide it.
                for other in entry.otherRenderings {
                    #expect(!entry.renderings.contains(other), "\(other) in \(entry.sourceForms)")
                }
            }
        }
    }

    @Test func aBadPackRowNamesItsLine() {
        let text = "source,target,forbidden,note,context\nexit,退出,出口,a way out,lable\n"
        #expect {
            try SensePack.parse(text, domain: .software, path: "pack.csv")
        } throws: { error in
            "\(error)".contains("pack.csv") && "\(error)".contains("2") && "\(error)".contains("lable")
        }
    }
}
