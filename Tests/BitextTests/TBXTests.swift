import Foundation
import Testing
@testable import Bitext

@Suite struct TBXTests {
    private let schemas = TestData.shared.appendingPathComponent("schemas")

    private func load(_ url: URL) throws -> (Glossary, Diagnostics) {
        var diagnostics = Diagnostics()
        let glossary = try GlossaryLoader.load(path: url.path, diagnostics: &diagnostics)
        return (glossary, diagnostics)
    }

    @Test(.needsSharedData) func readsTheV3AndV2SamplesAlike() throws {
        let (v3, _) = try load(schemas.appendingPathComponent("samples/tbx-v3-sample.tbx"))
        let (v2, _) = try load(schemas.appendingPathComponent("samples/tbx-v2-sample.tbx"))
        #expect(v3.terms.map(\.sourceForms) == [["mixture of experts"], ["token"]])
        // Their Chinese sections are zh-CN: the mainland's renderings.
        #expect(v3.terms.map { $0.regional[.mainland]?.accepted } == [["混合专家"], ["词元"]])
        #expect(v2.terms.map(\.withoutOrigin) == v3.terms.map(\.withoutOrigin))
        #expect(v3.terms[0].origin?.line == 12)
    }

    @Test(.needsSharedData) func officialV3ExampleKeepsStatusesAndReportsConceptsWithoutChinese() throws {
        let url = schemas.appendingPathComponent("tbx-v3/examples/Example_Astronomy_DCA_VALID.tbx")
        let termBase = try TBXGlossaryReader.parse(try Data(contentsOf: url), path: url.path)
        #expect(termBase.version == .v3)
        #expect(termBase.concepts.count > 10)
        let first = termBase.concepts[0]
        #expect(first.id == "c1")
        let english = first.languages.first { $0.language == "en" }!
        #expect(english.terms.map(\.text).prefix(2) == ["open cluster", "galactic cluster"])
        #expect(english.terms.first?.status == .preferred)
        #expect(english.terms.dropFirst().first?.status == .superseded)
        #expect(first.notes.first?.hasPrefix("G-Source") == true)
        let (glossary, diagnostics) = try load(url)
        #expect(glossary.isEmpty)
        #expect(diagnostics.items.count == 1)
        #expect(diagnostics.items[0].message.contains("\(termBase.concepts.count) of \(termBase.concepts.count) concepts"))
    }

    @Test(.needsSharedData) func officialV2ExampleReadsTigAndNtigWithStatuses() throws {
        let url = schemas.appendingPathComponent("tbx-v2/examples/TBX-basic-sample.tbx")
        let termBase = try TBXGlossaryReader.parse(try Data(contentsOf: url), path: url.path)
        #expect(termBase.version == .v2)
        let lens = termBase.concepts.first { concept in
            concept.languages.contains { $0.terms.contains { $0.text == "progressive lens" } }
        }
        let english = try #require(lens?.languages.first { $0.language == "en" })
        #expect(english.terms.map(\.text) == ["progressive lens", "progressive addition lens", "PAL", "progressive power lens", "graduated lens"])
        #expect(english.terms.map(\.status) == [.preferred, .admitted, .deprecated, .admitted, .superseded])
        // With a Chinese section added, deprecated English terms still name the concept.
        var withChinese = termBase
        let index = withChinese.concepts.firstIndex { $0.id == lens?.id }!
        withChinese.concepts[index].languages.append(.init(language: "zh-Hans", terms: [
            .init(text: "渐进镜片", status: .preferred, notes: [], line: 0),
            .init(text: "渐变镜", status: .deprecated, notes: [], line: 0),
        ], notes: []))
        var diagnostics = Diagnostics()
        let glossary = TBXGlossaryReader().glossary(from: withChinese, path: url.path, diagnostics: &diagnostics)
        #expect(glossary.terms.count == 1)
        #expect(glossary.terms[0].sourceForms.contains("PAL"))
        #expect(glossary.terms[0].regional[.mainland] == RegionalRenderings(accepted: ["渐进镜片"], forbidden: ["渐变镜"]))
    }

    @Test func statusesMapToAcceptedAndForbiddenForEveryChineseTag() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX-Basic" xml:lang="en"><text><body>
              <termEntry id="e1">
                <note>Nvidia's library</note>
                <langSet xml:lang="en-US"><ntig><termGrp><term>NCCL</term></termGrp></ntig></langSet>
                <langSet xml:lang="zh-TW">
                  <tig><term>镍币</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>
                  <tig><term>NCCL 函式庫</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
                  <tig><term>NCCL</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
                </langSet>
              </termEntry>
            </body></text></martif>
            """
        var diagnostics = Diagnostics()
        let glossary = try TBXGlossaryReader().read(Data(xml.utf8), path: "t.tbx", diagnostics: &diagnostics)
        #expect(glossary.terms.count == 1)
        #expect(glossary.terms[0].regional[.taiwan] == RegionalRenderings(accepted: ["NCCL", "NCCL 函式庫"], forbidden: ["镍币"]))
        #expect(glossary.terms[0].note == "Nvidia's library")
    }

    @Test func malformedXMLAndWrongRootAreErrorsWithLines() {
        var diagnostics = Diagnostics()
        do {
            _ = try TBXGlossaryReader().read(Data("<tbx>\n<text>\n</tbx>".utf8), path: "bad.tbx", diagnostics: &diagnostics)
            Issue.record("malformed XML was accepted")
        } catch let error as InputError {
            #expect(error.position.file == "bad.tbx")
            #expect(error.position.line == 3)
        } catch {
            Issue.record("unexpected error \(error)")
        }
        #expect(throws: InputError.self) {
            _ = try TBXGlossaryReader().read(Data("<glossary/>".utf8), path: "x.tbx", diagnostics: &diagnostics)
        }
    }

    @Test(.needsSharedData) func writtenTBXValidatesAgainstCoreAndTBXBasicSchemas() throws {
        var diagnostics = Diagnostics()
        let glossary = try GlossaryLoader.load(path: TestData.fixture("glossary/terms.csv").path, diagnostics: &diagnostics)
        let data = try GlossaryFormat.tbx.writer.write(glossary, path: "out.tbx")
        for schema in ["TBXcoreStructV03.rng", "TBXcoreStructV03_TBX-Basic_integrated.rng"] {
            let validator = XMLValidator(.relaxNG(schemas.appendingPathComponent("tbx-v3/\(schema)")))
            let report = try validator.validate(data, documentName: "out.tbx")
            #expect(report.isValid, "\(schema): \(report.problems)")
        }
    }

    @Test(.needsSharedData) func validatorReportsTheBrokenSampleWithLines() throws {
        let url = schemas.appendingPathComponent("samples/tbx-v3-sample.broken.tbx")
        let problems = try GlossaryLoader.validate(path: url.path, schema: schemas.appendingPathComponent("tbx-v3/TBXcoreStructV03.rng").path)
        #expect(!problems.isEmpty)
        #expect(problems.contains { $0.position.line == 20 })
    }

    @Test func csvToTBXToCSVIsLossless() throws {
        var diagnostics = Diagnostics()
        let path = TestData.fixture("glossary/terms.csv").path
        let original = try GlossaryLoader.load(path: path, diagnostics: &diagnostics)
        let tbx = try GlossaryFormat.tbx.writer.write(original, path: "g.tbx")
        let fromTBX = try GlossaryFormat.tbx.reader.read(tbx, path: "g.tbx", diagnostics: &diagnostics)
        let csv = try GlossaryFormat.csv.writer.write(fromTBX, path: "g.csv")
        let back = try GlossaryFormat.csv.reader.read(csv, path: "g.csv", diagnostics: &diagnostics)
        #expect(back.terms.map(\.withoutOrigin) == original.terms.map(\.withoutOrigin))
        #expect(diagnostics.items.isEmpty)
    }

    @Test(.needsSharedData) func v2ConvertsToValidV3() throws {
        let directory = try TestData.temporaryDirectory()
        let output = directory.appendingPathComponent("converted.tbx").path
        var diagnostics = Diagnostics()
        let v2 = try GlossaryLoader.load(path: schemas.appendingPathComponent("samples/tbx-v2-sample.tbx").path, diagnostics: &diagnostics)
        try GlossaryLoader.write(v2, to: output)
        let problems = try GlossaryLoader.validate(path: output, schema: schemas.appendingPathComponent("tbx-v3/TBXcoreStructV03_TBX-Basic_integrated.rng").path)
        #expect(problems.isEmpty, "\(problems)")
        let v3 = try GlossaryLoader.load(path: output, diagnostics: &diagnostics)
        #expect(v3.terms.map(\.withoutOrigin) == v2.terms.map(\.withoutOrigin))
    }

    @Test func formatsAreChosenByExtension() {
        #expect(GlossaryFormat.inferred(fromPath: "a/b.CSV") == .csv)
        #expect(GlossaryFormat.inferred(fromPath: "b.tsv") == .tsv)
        #expect(GlossaryFormat.inferred(fromPath: "b.tbx") == .tbx)
        #expect(GlossaryFormat.inferred(fromPath: "b.docx") == nil)
        var diagnostics = Diagnostics()
        #expect(throws: InputError.self) { _ = try GlossaryLoader.load(path: "terms.docx", diagnostics: &diagnostics) }
    }
}
