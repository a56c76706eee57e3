import Foundation
import Testing
@testable import Bitext

/// Inputs built to exhaust memory or time (issue 13): a glossary term of tens of thousands of
/// characters, a TBX whose terms reference a large entity, a document of one sentence
/// repeated. Each is refused with its file and line, or handled in work linear in its size.
@Suite struct ResourceLimitTests {
    private func tbx(doctype: String = "", englishTerm: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>\(doctype.isEmpty ? "" : "\n<!DOCTYPE tbx [\(doctype)]>")
        <tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en"><text><body>
          <conceptEntry id="c1">
            <langSec xml:lang="en"><termSec><term>\(englishTerm)</term></termSec></langSec>
            <langSec xml:lang="zh"><termSec><term>术语</term></termSec></langSec>
          </conceptEntry>
        </body></text></tbx>
        """
    }

    private func readTBX(_ text: String) throws -> Glossary {
        var diagnostics = Diagnostics()
        return try TBXGlossaryReader().read(Data(text.utf8), path: "terms.tbx", diagnostics: &diagnostics)
    }

    @Test func theTermIndexStoresOneCharacterPerCharacterOfItsTerms() {
        for length in [10, 1_000, 64_000] {
            let glossary = Glossary(terms: [GlossaryTerm(sourceForms: [String(repeating: "a", count: length)], accepted: ["长"])])
            #expect(SourceTermIndex(glossary: glossary).storedCharacterCount == length)
        }
        // Words are stored as their joined match keys; shared beginnings are stored once.
        let shared = Glossary(terms: [
            GlossaryTerm(sourceForms: ["GPU cluster", "GPU clusters"], accepted: ["GPU 集群"]),
            GlossaryTerm(sourceForms: ["GPU"], accepted: ["GPU"]),
        ])
        #expect(SourceTermIndex(glossary: shared).storedCharacterCount == "gpucluster".count)
        let matcher = TermMatcher(glossary: shared)
        #expect(matcher.sourceMatches(in: "two GPU-clusters and a GPU").map(\.text) == ["GPU-clusters", "GPU"])
    }

    @Test func aCSVTermLongerThanTheLimitIsAnErrorWithFileAndLine() throws {
        let limit = GlossaryTerm.maximumLength
        let accepted = "source,target\nGPU,GPU\n\(String(repeating: "a", count: limit)),长\n"
        var diagnostics = Diagnostics()
        #expect(try DelimitedGlossaryReader(delimiter: nil).read(Data(accepted.utf8), path: "terms.csv", diagnostics: &diagnostics).terms.count == 2)
        for (text, line) in [
            ("source,target\nGPU,GPU\nGPU|\(String(repeating: "a", count: limit + 1)),长\n", 3),
            ("source,target\nGPU,\(String(repeating: "长", count: limit + 1))\n", 2),
        ] {
            let error = try #require(throws: InputError.self) {
                try DelimitedGlossaryReader(delimiter: nil).read(Data(text.utf8), path: "terms.csv", diagnostics: &diagnostics)
            }
            #expect(error.position.file == "terms.csv")
            #expect(error.position.line == line)
            #expect(error.message.contains("\(limit + 1) characters"))
        }
    }

    @Test func aTBXTermLongerThanTheLimitIsAnErrorWithFileAndLine() throws {
        #expect(try readTBX(tbx(englishTerm: String(repeating: "a", count: GlossaryTerm.maximumLength))).terms.count == 1)
        let error = try #require(throws: InputError.self) {
            try readTBX(tbx(englishTerm: String(repeating: "a", count: GlossaryTerm.maximumLength + 1)))
        }
        #expect(error.position.file == "terms.tbx")
        #expect(error.position.line == 4)
    }

    /// Expanded, every term would be a copy of the entity: a small file, gigabytes of terms.
    @Test func aTBXEntityReferenceIsRefusedWithFileAndLine() throws {
        let entity = "<!ENTITY big \"\(String(repeating: "GPU ", count: 25_000))\">"
        let error = try #require(throws: InputError.self) { try readTBX(tbx(doctype: entity, englishTerm: "term &big;")) }
        #expect(error.position.file == "terms.tbx")
        #expect(error.position.line == 5)
        #expect(error.message.contains("&big;"))
        // Outside any term too: nowhere is an entity expanded.
        let inNote = tbx(doctype: entity, englishTerm: "GPU").replacingOccurrences(of: "<conceptEntry id=\"c1\">", with: "<conceptEntry id=\"c1\"><descrip type=\"definition\">&big;</descrip>")
        #expect(throws: InputError.self) { try readTBX(inNote) }
    }

    /// Left out, an external entity silently changed the term; read, it leaked a file.
    @Test func aTBXExternalEntityIsRefusedNotDropped() throws {
        let secret = try TestData.temporaryDirectory().appendingPathComponent("secret.txt")
        try "leaked".write(to: secret, atomically: true, encoding: .utf8)
        let error = try #require(throws: InputError.self) {
            try readTBX(tbx(doctype: "<!ENTITY leak SYSTEM \"\(secret.absoluteString)\">", englishTerm: "GPU&leak;"))
        }
        #expect(error.position.file == "terms.tbx")
        #expect(error.position.line == 5)
        #expect(error.message.contains("&leak;"))
        #expect(!error.description.contains("leaked"))
    }

    /// One sentence repeated: every path scores alike and runs along the band's edge, which
    /// used to widen the band round after round over the whole document.
    @Test func aRepetitiveDocumentAlignsWithinTheSearchBudget() throws {
        let english = [String](repeating: "The model was trained on a large cluster of GPUs for three months.", count: 3_000)
        let chinese = [String](repeating: "该模型在一个大型 GPU 集群上训练了三个月。", count: 3_350)
        var tokenizer = AlignmentTokenizer(lexicon: .bundled)
        let source = tokenizer.tokenize(english, language: .english)
        let target = tokenizer.tokenize(chinese, language: .chinese)
        let model = AlignmentModel(
            source: source, target: target, keyCount: tokenizer.keyCount, sourceStructure: .unknown, targetStructure: .unknown)
        let centre = AlignmentBand.anchorCentre(anchors: model.anchors(), sourceCount: english.count, targetCount: chinese.count)
        let (beads, cells) = model.searchCountingCells(centre: centre, width: SentenceAligner.laterPassWidth)
        #expect(cells <= AlignmentModel.searchCellsPerRow * (english.count + 1) + AlignmentModel.searchCellAllowance)
        #expect(beads.flatMap(\.source) == Array(english.indices))
        #expect(beads.flatMap(\.target) == Array(chinese.indices))

        let alignment = SentenceAligner().align(source: english, sourceLanguage: .english, target: chinese, targetLanguage: .chinese)
        #expect(alignment.beads.flatMap(\.source) == Array(english.indices))
        #expect(alignment.beads.flatMap(\.target) == Array(chinese.indices))
    }
}
