import Testing
@testable import Bitext

/// The one table every format inference reads.
@Suite struct FileExtensionsTests {
    @Test func everyExtensionHasOneRowAndEveryWrittenFormatAnExtension() {
        let all = FileExtensions.table.flatMap(\.extensions)
        #expect(Set(all).count == all.count, "an extension in two rows: \(all)")
        for format in ExportFormat.allCases {
            #expect(FileExtensions.table.contains { $0.exports.contains(format) }, "\(format) has no extension")
            // What bitext writes, it reads back as the same kind of file.
            #expect(ExportFormat.inferred(fromPath: "out.\(format.fileExtension)") != nil)
        }
        for format in BitextFormat.allCases {
            #expect(FileExtensions.table.contains { $0.bilingual == format }, "\(format) is never inferred")
        }
        for format in GlossaryFormat.allCases {
            #expect(FileExtensions.table.contains { $0.glossary == format }, "\(format) is never inferred")
        }
    }

    @Test func namesAreReadWithoutCaseAndByTheirLastExtension() {
        #expect(DocumentFormat.inferred(fromPath: "docs/Intro.MD") == .markdown)
        #expect(DocumentFormat.inferred(fromPath: "episode.en.srt") == .srt)
        #expect(DocumentFormat.inferred(fromPath: "notes.txt") == .plainText)
        #expect(DocumentFormat.inferred(fromPath: "v1.2/README") == .plainText)
        #expect(BitextFormat.inferred(fromPath: "memory.TMX") == .tmx)
        #expect(BitextFormat.inferred(fromPath: "Localizable.sdlxliff") == .xliff)
        #expect(BitextFormat.inferred(fromPath: "en.md") == nil)
        #expect(GlossaryFormat.inferred(fromPath: "terms.tab") == .tsv)
        #expect(GlossaryFormat.inferred(fromPath: "terms.xml") == .tbx)
        #expect(GlossaryFormat.inferred(fromPath: "terms.tmx") == nil)
        #expect(ExportFormat.inferred(fromPath: "out.xliff") == .xliff)
        #expect(ExportFormat.xliff12.fileExtension == "xlf")
        #expect(ExportFormat.inferred(fromPath: "out.csv") == nil)
    }
}
