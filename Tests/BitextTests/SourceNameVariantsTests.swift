import Foundation
import Testing

@testable import Bitext

@Suite struct SourceNameVariantsTests {
    private static func variants(in findings: [Finding]) -> [Finding] {
        findings.filter { $0.check == "source-name-variants" }
    }

    /// The machine transcript's misheard names are reported once per name, with counts.
    @Test func theTranscriptsMisheardNamesAreReported() throws {
        let findings = Self.variants(in: try AuditEndToEndTests.auditTranscript().findings)
        let deepSeek = try #require(findings.first { $0.message.contains("“DeepSeek”") })
        for spelling in ["“deep seq” ×", "“Deep Seek” ×", "“Deep Sea” ×", "“Deepseak” ×"] {
            #expect(deepSeek.message.contains(spelling) || deepSeek.message.contains("…"), "\(spelling) in \(deepSeek.message)")
        }
        #expect(deepSeek.message.contains("“deep seq” ×"))
        let openAI = try #require(findings.first { $0.message.contains("“OpenAI”") })
        #expect(openAI.message.contains("“OpenAI01Pro” ×1"))
        // One finding per name, however many spellings it has.
        let names = findings.map { $0.message.split(separator: "”")[0] }
        #expect(names.count == Set(names).count)
        #expect(deepSeek.source.spans?.isEmpty == false)
        // The glossary's abbreviations and grammatical forms are not misspellings.
        #expect(!findings.contains { $0.message.contains("“AI2”") || $0.message.contains("“Googles”") || $0.message.contains("“FLOP”") })
    }

    /// Without a glossary, the document's own CamelCase names are learnt: "DeepSeek", the
    /// spelling the translation keeps, and "DeepSeq" is not a name of its own but a misspelling.
    @Test func namesAreLearntFromTheDocumentWithoutAGlossary() throws {
        let findings = Self.variants(in: try Auditor().audit(
            sourcePath: TestData.englishTranscript.path, targetPath: TestData.chineseTranscript.path).findings)
        let deepSeek = try #require(findings.first { $0.message.contains("“DeepSeek”") })
        #expect(deepSeek.message.contains("“deep seq” ×"))
        #expect(!findings.contains { $0.message.contains("spells “DeepSeq”") })
    }

    /// Identifiers in software strings sit beside the words they are made of ("exception
    /// group", "run-time error"): neither is a misspelling.
    @Test(.needsSharedData, arguments: ["hant/python-docs-zh-tw/tutorial/errors.po", "hant/python-docs-zh-tw/library/exceptions.po"])
    func identifiersAndTheirWordsAreNotVariants(_ name: String) throws {
        let path = TestData.shared.appendingPathComponent("corpus/\(name)").path
        let findings = Self.variants(in: try Auditor().audit(bitextPath: path, format: BitextFormat.inferred(fromPath: path)!).findings)
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test func spellingsAreTold() {
        let glossary = Glossary(terms: [GlossaryTerm(sourceForms: ["DeepSeek", "Deep Sea"], accepted: ["DeepSeek"])])
        let finder = NameVariantFinder(glossary: glossary, sourceTexts: [], learnsDocumentNames: false)
        func kinds(_ text: String, _ target: String = "DeepSeek") -> [String] {
            finder.variants(in: text, target: target).filter { $0.kind != .canonical }.map(\.surface)
        }
        #expect(kinds("Deep Seek and DeepSeek and deepseek") == ["Deep Seek"])
        #expect(kinds("the Deep Sea lab") == ["Deep Sea"])
        #expect(kinds("Deepseak won") == ["Deepseak"])
        // Kept as itself in the translation: another name.
        #expect(kinds("DeepSpeed won", "DeepSeek 和 DeepSpeed") == [])
        // Not read as the name by the translator either.
        #expect(kinds("Deepseak won", "深度") == [])
        #expect(kinds("they deep sea dive", "深海") == [])
    }
}
