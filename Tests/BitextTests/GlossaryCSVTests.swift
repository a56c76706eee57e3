import Foundation
import Testing
@testable import Bitext

@Suite struct GlossaryCSVTests {
    private func read(_ text: String, path: String = "g.csv", format: GlossaryFormat = .csv) throws -> (Glossary, Diagnostics) {
        var diagnostics = Diagnostics()
        let glossary = try format.reader.read(Data(text.utf8), path: path, diagnostics: &diagnostics)
        return (glossary, diagnostics)
    }

    private func error(_ text: String, format: GlossaryFormat = .csv) -> InputError? {
        do {
            _ = try read(text, format: format)
            return nil
        } catch let error as InputError {
            return error
        } catch {
            return nil
        }
    }

    @Test func readsQuotedFieldsBOMAndCRLFFromAFile() throws {
        var diagnostics = Diagnostics()
        let path = TestData.fixture("glossary/terms.csv").path
        let glossary = try GlossaryLoader.load(path: path, diagnostics: &diagnostics)
        #expect(glossary.terms.count == 3)
        let moe = glossary.terms[0]
        #expect(moe.name == "mixture of experts")
        #expect(moe.sourceForms == ["mixture of experts", "MoE"])
        #expect(moe.accepted == ["混合专家", "专家混合"])
        #expect(moe.forbidden == ["专家的混合"])
        #expect(moe.note == "Sparse architecture, \"MoE\" for short")
        #expect(moe.origin == SourcePosition(file: path, line: 2))
        #expect(glossary.terms[1].caseSensitive)
        #expect(!glossary.terms[2].caseSensitive)
        #expect(glossary.terms[2].note == "spans\r\ntwo lines")
        #expect(glossary.terms[2].forbidden == ["公开举重", "开放式砝码"])
        // The blank line 4 is skipped; the row after it keeps its own line number.
        #expect(glossary.terms[2].origin?.line == 5)
        #expect(diagnostics.items.isEmpty)
    }

    @Test func tabInHeaderOrTSVExtensionMeansTabSeparated() throws {
        var diagnostics = Diagnostics()
        let glossary = try GlossaryLoader.load(path: TestData.fixture("glossary/terms.tsv").path, diagnostics: &diagnostics)
        #expect(glossary.terms.map(\.name) == ["Llama", "Gemini"])
        let (sniffed, _) = try read("source\ttarget\nGPU\tGPU, 图形处理器\n")
        #expect(sniffed.terms[0].accepted == ["GPU, 图形处理器"])
    }

    @Test func unterminatedQuoteNamesLineAndColumnOfTheQuote() {
        let error = error("source,target\nGPU,GPU\nchip,\"芯片\n")
        #expect(error?.position.line == 3)
        #expect(error?.position.column == 6)
        #expect(error?.message.contains("unterminated") == true)
    }

    @Test func missingRequiredColumnIsAnError() {
        let error = error("source,forbidden\nGPU,显卡\n")
        #expect(error?.position.line == 1)
        #expect(error?.message.contains("'target'") == true)
    }

    @Test func rowWithoutSourceOrRenderingsIsAnErrorAtItsCell() {
        let noSource = error("source,target,forbidden\n GPU ,GPU,\n,芯片,\n")
        #expect(noSource?.position.line == 3)
        #expect(noSource?.position.column == 1)
        let noRendering = error("source,target,forbidden\nGPU,,\n")
        #expect(noRendering?.position.line == 2)
        #expect(noRendering?.position.column == 5)
        #expect(noRendering?.message.contains("GPU") == true)
    }

    @Test func textAfterClosingQuoteAndExtraCellsAreErrors() {
        let afterQuote = error("source,target\n\"GPU\"x,GPU\n")
        #expect(afterQuote?.position.line == 2)
        #expect(afterQuote?.position.column == 6)
        let extra = error("source,target\nGPU,GPU,显卡\n")
        #expect(extra?.position.column == 9)
    }

    @Test func badCaseValueAndInvalidUTF8AreErrors() {
        #expect(error("source,target,case\nGPU,GPU,maybe\n")?.position.column == 9)
        var bytes = Array("source,target\nGPU,".utf8)
        bytes += [0xFF, 0x0A]
        var diagnostics = Diagnostics()
        #expect(throws: InputError.self) {
            _ = try GlossaryFormat.csv.reader.read(Data(bytes), path: "g.csv", diagnostics: &diagnostics)
        }
    }

    @Test func unknownColumnsAndDuplicateFormsAreDiagnosed() throws {
        let (glossary, diagnostics) = try read("source,target,domain\nGPU,GPU,hardware\ngpu|graphics card,显卡,\n")
        #expect(glossary.terms.count == 2)
        #expect(diagnostics.items.count == 2)
        #expect(diagnostics.items[0].message.contains("domain"))
        #expect(diagnostics.items[1].line == 3)
    }

    @Test func writerOutputReadsBackIdentically() throws {
        var diagnostics = Diagnostics()
        let original = try GlossaryLoader.load(path: TestData.fixture("glossary/terms.csv").path, diagnostics: &diagnostics)
        for format in [GlossaryFormat.csv, .tsv] {
            let data = try format.writer.write(original, path: "out")
            let again = try format.reader.read(data, path: "out", diagnostics: &diagnostics)
            #expect(again.terms.map(\.withoutOrigin) == original.terms.map(\.withoutOrigin))
        }
    }

    @Test func writerRefusesAlternativesContainingTheSeparator() {
        let glossary = Glossary(terms: [GlossaryTerm(sourceForms: ["a|b"], accepted: ["甲"])])
        #expect(throws: InputError.self) { _ = try GlossaryFormat.csv.writer.write(glossary, path: "out.csv") }
    }

    @Test func shippedGlossaryLoadsCleanly() throws {
        var diagnostics = Diagnostics()
        let csv = try GlossaryLoader.load(path: TestData.repositoryRoot.appendingPathComponent("Glossaries/ai-semiconductor.csv").path, diagnostics: &diagnostics)
        let tbx = try GlossaryLoader.load(path: TestData.repositoryRoot.appendingPathComponent("Glossaries/ai-semiconductor.tbx").path, diagnostics: &diagnostics)
        #expect(csv.terms.count >= 80)
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        #expect(tbx.terms.map(\.withoutOrigin) == csv.terms.map(\.withoutOrigin), "the committed TBX is out of date")
    }
}

extension GlossaryTerm {
    /// The term without where it was read from, to compare glossaries across formats.
    var withoutOrigin: GlossaryTerm {
        var copy = self
        copy.origin = nil
        return copy
    }
}
