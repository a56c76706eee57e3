import Foundation
import Testing
@testable import Bitext

/// Glossaries with renderings per region (`target@zh-TW`, `<langSec xml:lang="zh-TW">`),
/// and glossaries whose columns have other names, such as the Python documentation's
/// zh-TW terminology in `../shared`.
@Suite struct RegionalGlossaryTests {
    static let pythonDocs = TestData.shared.appendingPathComponent("corpus/hant/python-docs-zh-tw")
    static let pythonTerms = pythonDocs.appendingPathComponent("focused_terminology_dictionary.csv")
    static let pythonColumns = GlossaryColumnMapping(headers: [
        GlossaryColumn(.source): "source_term", GlossaryColumn(.target, region: .taiwan): "translated_term",
    ])

    private func read(_ text: String, path: String = "g.csv") throws -> (Glossary, Diagnostics) {
        var diagnostics = Diagnostics()
        let glossary = try GlossaryFormat.csv.reader.read(Data(text.utf8), path: path, diagnostics: &diagnostics)
        return (glossary, diagnostics)
    }

    /// "software": 软件 in general (so on the mainland and in Hong Kong), 軟體 in Taiwan.
    static let software = GlossaryTerm(
        sourceForms: ["software"], accepted: ["软件"], regional: [.taiwan: RegionalRenderings(accepted: ["軟體"])])

    static func bitext(_ pairs: [(String, String)], targetPath: String) -> AlignedBitext {
        var bitext = TermCheckTests.bitext(pairs)
        bitext.targetPath = targetPath
        return bitext
    }

    private func findings<C: Check>(_ check: C, _ bitext: AlignedBitext, _ glossary: Glossary) -> [Finding] {
        check.run(on: bitext, context: CheckContext(glossary: glossary, severity: C.description.defaultSeverity))
    }

    @Test func regionalColumnsAreReadWithEveryLocaleSpelling() throws {
        let (glossary, diagnostics) = try read("""
            source,target,target@zh_TW,forbidden@zh-Hant-TW,target@zh-Hans,target@ZH-HK
            software,软件,軟體|軟件程式,軟件,,
            network,网络,網路,,网络,網絡
            """)
        #expect(diagnostics.items.isEmpty)
        let software = glossary.terms[0]
        #expect(software.accepted == ["软件"])
        #expect(software.regional[.taiwan] == RegionalRenderings(accepted: ["軟體", "軟件程式"], forbidden: ["軟件"]))
        #expect(software.regional[.mainland] == nil)
        #expect(glossary.terms[1].regional[.hongKong]?.accepted == ["網絡"])
        #expect(glossary.terms[1].accepted(in: .mainland) == ["网络"])
        #expect(glossary.terms[1].accepted(in: .taiwan) == ["網路"])
    }

    @Test func anUnknownLocaleIsAnErrorNamingFileLineAndColumn() throws {
        for (header, column, named) in [
            ("source,target,target@ja-JP", 15, "ja-jp"), ("source,target@zh-XX,target", 8, "zh-xx"), ("source,note@zh-TW,target", 8, nil),
        ] {
            do {
                _ = try read(header + "\nsoftware,软件,ソフト\n", path: "terms.csv")
                Issue.record("'\(header)' was accepted")
            } catch let error as InputError {
                #expect(error.position == SourcePosition(file: "terms.csv", line: 1, column: column))
                if let named { #expect(error.message.contains("unknown locale '\(named)'")) } else { #expect(error.message.contains("only target and forbidden")) }
            }
        }
        #expect(throws: InputError.self) { try read("source,target@zh-TW,target@zh_Hant\nsoftware,軟體,軟體\n") }
    }

    @Test func eachRegionGetsItsOwnRenderingAndTheOthersAreNamedAsTheirs() {
        let glossary = Glossary(terms: [Self.software])
        let pairs = [("Install the software first.", "請先安裝軟件。"), ("Install the software first.", "請先安裝軟體。")]
        // zh-TW: 軟件 is the general rendering, which the mainland and Hong Kong use.
        let taiwan = findings(ForbiddenTermCheck(), Self.bitext(pairs, targetPath: "docs/zh-TW/install.md"), glossary)
        #expect(taiwan.map(\.message) == [
            "'software' is rendered as '軟件', the glossary's zh-CN and zh-HK rendering of 'software'; zh-TW uses '軟體'",
        ])
        #expect(taiwan.map(\.pair) == [0])
        #expect(findings(TermMissingCheck(), Self.bitext(pairs, targetPath: "docs/zh-TW/install.md"), glossary).isEmpty)
        // zh-CN and zh-HK: 軟體 is Taiwan's word; 軟件 is 软件 in Traditional script.
        for path in ["docs/zh-CN/install.md", "docs/zh-HK/install.md"] {
            let other = findings(ForbiddenTermCheck(), Self.bitext(pairs, targetPath: path), glossary)
            let region = path.contains("zh-CN") ? "zh-CN" : "zh-HK"
            #expect(other.map(\.message) == [
                "'software' is rendered as '軟體', the glossary's zh-TW rendering of 'software'; \(region) uses '软件'",
            ])
            #expect(other.map(\.pair) == [1])
        }
        // No region known: either word is accepted.
        #expect(findings(ForbiddenTermCheck(), Self.bitext(pairs, targetPath: "zh.md"), glossary).isEmpty)
        #expect(findings(TermMissingCheck(), Self.bitext(pairs, targetPath: "zh.md"), glossary).isEmpty)
    }

    @Test func aMissingTermNamesTheRegionsRendering() {
        let glossary = Glossary(terms: [Self.software])
        let missing = findings(TermMissingCheck(), Self.bitext([("Install the software first.", "請先安裝程式。")], targetPath: "zh_TW.po"), glossary)
        #expect(missing.map(\.message) == ["'software' (glossary term 'software') has no rendering in the Chinese text; expected '軟體' (zh-TW)"])
    }

    @Test func renderingsThatDifferOnlyInScriptAgree() {
        // 數據 and 数据 are one word: a zh-TW target with either is no term finding.
        let data = GlossaryTerm(sourceForms: ["data"], accepted: [], regional: [
            .mainland: RegionalRenderings(accepted: ["数据"]), .taiwan: RegionalRenderings(accepted: ["數據", "資料"]),
        ])
        let pairs = [("Save the data.", "儲存數據。"), ("Save the data.", "儲存资料。"), ("Save the data.", "儲存数据。")]
        let bitext = Self.bitext(pairs, targetPath: "zh-TW/a.md")
        #expect(findings(ForbiddenTermCheck(), bitext, Glossary(terms: [data])).isEmpty)
        #expect(findings(TermMissingCheck(), bitext, Glossary(terms: [data])).isEmpty)
    }

    @Test func aGlossaryForOneRegionChecksTheOthersThroughScriptConversionAsBefore() {
        // Only zh-TW renderings: on a mainland target they work as a general column does.
        let function = GlossaryTerm(sourceForms: ["function"], accepted: [], regional: [.taiwan: RegionalRenderings(accepted: ["函式"])])
        let general = GlossaryTerm(sourceForms: ["function"], accepted: ["函式"])
        let pairs = [("Call the function.", "调用函式。"), ("Call the function.", "调用函数。")]
        for path in ["zh-CN/a.md", "zh-TW/a.md", "zh-HK/a.md", "a.md"] {
            let bitext = Self.bitext(pairs, targetPath: path)
            let regional = findings(TermMissingCheck(), bitext, Glossary(terms: [function]))
            #expect(regional.map(\.pair) == findings(TermMissingCheck(), bitext, Glossary(terms: [general])).map(\.pair))
            #expect(regional.map(\.pair) == [1])
            #expect(findings(ForbiddenTermCheck(), bitext, Glossary(terms: [function])).isEmpty)
        }
        // A Simplified-only glossary on a Traditional target: unchanged, through OpenCC.
        let simplified = Glossary(terms: [GlossaryTerm(sourceForms: ["software"], accepted: ["软件"])])
        let bitext = Self.bitext([("Install the software.", "安裝軟件。")], targetPath: "zh-TW/a.md")
        #expect(findings(TermMissingCheck(), bitext, simplified).isEmpty)
        #expect(TermMatcher(glossary: simplified, region: .taiwan).glossary.terms == simplified.terms)
    }

    @Test func tbxLanguageSectionsAreRegions() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
              <conceptEntry id="c1">
                <langSec xml:lang="en"><termSec><term>software</term></termSec></langSec>
                <langSec xml:lang="zh"><termSec><term>软件</term></termSec></langSec>
                <langSec xml:lang="zh-Hant"><termSec><term>軟體</term></termSec>
                  <termSec><term>軟件</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec>
              </conceptEntry>
              <conceptEntry id="c2">
                <langSec xml:lang="en"><termSec><term>network</term></termSec></langSec>
                <langSec xml:lang="zh-Hans"><termSec><term>网络</term></termSec></langSec>
                <langSec xml:lang="zh-TW"><termSec><term>網路</term></termSec></langSec>
                <langSec xml:lang="zh-HK"><termSec><term>網絡</term></termSec></langSec>
              </conceptEntry>
              <conceptEntry id="c3">
                <langSec xml:lang="en"><termSec><term>token</term></termSec></langSec>
                <langSec xml:lang="zh-CN"><termSec><term>词元</term></termSec></langSec>
              </conceptEntry>
            </body></text></tbx>
            """
        var diagnostics = Diagnostics()
        let glossary = try TBXGlossaryReader().read(Data(xml.utf8), path: "t.tbx", diagnostics: &diagnostics)
        #expect(glossary.terms[0].accepted == ["软件"])
        #expect(glossary.terms[0].regional == [.taiwan: RegionalRenderings(accepted: ["軟體"], forbidden: ["軟件"])])
        #expect(glossary.terms[1].accepted.isEmpty)
        #expect(glossary.terms[1].regional.mapValues(\.accepted) == [.mainland: ["网络"], .taiwan: ["網路"], .hongKong: ["網絡"]])
        #expect(glossary.terms[2].acceptedAnywhere == ["词元"])
        // Written back as TBX and as CSV, the regions survive.
        let tbx = try GlossaryFormat.tbx.writer.write(glossary, path: "g.tbx")
        let fromTBX = try GlossaryFormat.tbx.reader.read(tbx, path: "g.tbx", diagnostics: &diagnostics)
        let csv = try GlossaryFormat.csv.writer.write(fromTBX, path: "g.csv")
        #expect(String(decoding: csv, as: UTF8.self).hasPrefix("source,target,forbidden,note,target@zh-CN,forbidden@zh-CN,target@zh-TW,forbidden@zh-TW,target@zh-HK,forbidden@zh-HK\n"))
        let back = try GlossaryFormat.csv.reader.read(csv, path: "g.csv", diagnostics: &diagnostics)
        #expect(back.terms.map(\.regional) == glossary.terms.map(\.regional))
        #expect(back.terms.map(\.accepted) == glossary.terms.map(\.accepted))
    }

    @Test func columnsWithOtherNamesAreMappedInTheConfiguration() throws {
        var diagnostics = Diagnostics()
        let configuration = try ProjectConfiguration.parse("""
            glossaries:
              - terms/ai.csv
              - path: terms/python.csv
                columns: {source: source_term, target@zh_TW: translated_term}
            """, path: "/project/.bitext.yml", diagnostics: &diagnostics)
        #expect(diagnostics.items.isEmpty)
        #expect(configuration.glossaries == [
            GlossarySource(path: "/project/terms/ai.csv"), GlossarySource(path: "/project/terms/python.csv", columns: Self.pythonColumns),
        ])
        for (text, line, message) in [
            ("glossaries:\n  - path: a.csv\n    columns: {source: s, target@zh-XX: t}\n", 3, "unknown locale 'zh-xx'"),
            ("glossaries:\n  - path: a.csv\n    columns: {sauce: s}\n", 3, "is not a glossary column"),
            ("glossaries:\n  - columns: {source: s}\n", 2, "needs “path”"),
        ] {
            do {
                _ = try ProjectConfiguration.parse(text, path: ".bitext.yml", diagnostics: &diagnostics)
                Issue.record("accepted: \(text)")
            } catch let error as InputError {
                #expect(error.position.line == line)
                #expect(error.message.contains(message), "\(error.message)")
            }
        }
        #expect(try GlossaryColumnMapping(argument: "source=source_term, target@zh-TW=translated_term") == Self.pythonColumns)
        #expect(throws: GlossaryColumn.NameError.self) { try GlossaryColumnMapping(argument: "source") }
    }

    @Test func aMappedHeaderMissingFromTheFileIsAnError() throws {
        var diagnostics = Diagnostics()
        let reader = try #require(GlossaryFormat.csv.reader(mapping: Self.pythonColumns))
        do {
            _ = try reader.read(Data("source_term,target\nclass,類別\n".utf8), path: "p.csv", diagnostics: &diagnostics)
            Issue.record("a missing mapped header was accepted")
        } catch let error as InputError {
            #expect(error.position.line == 1)
            #expect(error.message.contains("'translated_term'") && error.message.contains("target@zh-TW"))
        }
    }

    @Test(.needsSharedData) func thePythonDocsTerminologyLoadsAsAZhTWGlossary() throws {
        var diagnostics = Diagnostics()
        let glossary = try GlossaryLoader.load(path: Self.pythonTerms.path, columns: Self.pythonColumns, diagnostics: &diagnostics)
        #expect(glossary.terms.count == 118)
        #expect(glossary.terms.allSatisfy { $0.accepted.isEmpty && $0.regional.keys.elementsEqual([.taiwan]) })
        #expect(glossary.terms.first { $0.name == "class" }?.regional[.taiwan]?.accepted == ["類別"])
        // The unmapped columns are named once, in a note.
        #expect(diagnostics.items.map(\.level) == [Diagnostic.Level.note])
        #expect(diagnostics.items[0].message == "columns not mapped are ignored: frequency, files_count, priority, category, example_files")
        // Without the mapping the file is refused, naming what it found.
        #expect(throws: InputError.self) { try GlossaryLoader.load(path: Self.pythonTerms.path, diagnostics: &diagnostics) }
    }

    /// The real zh-TW catalogue checked with its own terminology: Python's keywords (`is`,
    /// `for`, kept as written) are English words in prose and dunders (`__call__`) are not the
    /// word "call"; what is left includes the mainland 模塊 where zh-TW writes 模組.
    @Test(.needsSharedData) func thePythonGlossaryOnItsOwnCatalogueReportsTermsNotEnglishWords() throws {
        var diagnostics = Diagnostics()
        let glossary = try GlossaryLoader.load(path: Self.pythonTerms.path, columns: Self.pythonColumns, diagnostics: &diagnostics)
        let (bitext, _) = try GettextPOTests.read(Self.pythonDocs.appendingPathComponent("glossary.po"))
        #expect(ChineseRegion.ofTarget(bitext) == .taiwan)
        let missing = findings(TermMissingCheck(), bitext, glossary)
        let terms = Set(missing.compactMap(\.term?.source))
        #expect(terms.isDisjoint(with: ["is", "for", "and", "in", "if", "__call__", "__new__", "__contains__"]))
        #expect(missing.contains { $0.term?.source == "module" && $0.message.contains("'模組' (zh-TW)") && $0.target.text.contains("模塊") })
        #expect(missing.count < 40, "\(missing.count) term-missing findings on glossary.po")
    }
}
