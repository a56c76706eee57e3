import Foundation
import Testing
@testable import Bitext

/// The validator must reject what is invalid, or the export tests prove nothing: each
/// schema is run on the shared valid sample and on its deliberately broken copy.
@Suite struct XMLValidatorTests {
    static let cases: [(schema: XMLValidator.Schema, sample: String)] = [
        (.dtd(ExportSample.schema("tmx-1.4b/tmx14.dtd")), "tmx14-sample"),
        (.xmlSchema(ExportSample.schema("xliff-1.2/xliff-core-1.2-strict.xsd")), "xliff12-sample"),
        (.xmlSchema(ExportSample.schema("xliff-2.1/xliff_core_2.0.xsd")), "xliff21-sample"),
        (.xmlSchema(ExportSample.schema("samples/xliff21-modules.xsd")), "xliff21-modules-sample"),
        (.relaxNG(ExportSample.schema("tbx-v3/TBXcoreStructV03.rng")), "tbx-v3-sample"),
        (.dtd(ExportSample.schema("tbx-v2/TBXcoreStructV02.dtd")), "tbx-v2-sample"),
    ]

    static func sample(_ name: String, broken: Bool) -> URL {
        let file = name.hasPrefix("tmx") ? "\(name)\(broken ? ".broken" : "").tmx"
            : name.hasPrefix("tbx") ? "\(name)\(broken ? ".broken" : "").tbx"
            : "\(name)\(broken ? ".broken" : "").xlf"
        return ExportSample.schema("samples/\(file)")
    }

    @Test(.needsSharedData, arguments: 0..<cases.count) func acceptsValidSamplesAndRejectsBrokenOnes(index: Int) throws {
        let (schema, name) = Self.cases[index]
        let validator = XMLValidator(schema)
        let valid = try validator.validate(contentsOf: Self.sample(name, broken: false))
        #expect(valid.isValid, "\(name): \(valid.problems)")
        let broken = try validator.validate(contentsOf: Self.sample(name, broken: true))
        #expect(!broken.isValid, "\(name).broken was accepted")
        #expect(broken.errors.allSatisfy { $0.line != nil }, "\(broken.errors)")
    }

    @Test(.needsSharedData) func reportsTheLinesOfTheBrokenTMXSample() throws {
        let report = try XMLValidator(.dtd(ExportSample.schema("tmx-1.4b/tmx14.dtd")))
            .validate(contentsOf: Self.sample("tmx14-sample", broken: true))
        let text = try String(contentsOf: Self.sample("tmx14-sample", broken: true), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // libxml2 reports an element at the line where its start tag ends.
        let headerStart = try #require(lines.firstIndex { $0.contains("<header") })
        let headerLine = try #require(lines[headerStart...].firstIndex { $0.contains(">") }) + 1
        #expect(report.errors.contains { $0.line == headerLine && $0.message.contains("srclang") })
        #expect(report.errors.count >= 2)
    }

    @Test(.needsSharedData) func reportsMalformedDocumentsAsFatalWithTheirLine() throws {
        let data = Data("<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n  <header>\n</tmx>\n".utf8)
        let report = try XMLValidator(.dtd(ExportSample.schema("tmx-1.4b/tmx14.dtd"))).validate(data, documentName: "bad.tmx")
        #expect(!report.isValid)
        #expect(report.errors.contains { $0.level == .fatal && $0.line == 4 })
    }

    /// The entity's file holds an element the DTD does not declare: were it read and
    /// expanded, the document would turn invalid. The DOCTYPE names an unreachable host.
    @Test(.needsSharedData) func doesNotLoadExternalEntitiesOrTheDoctypeDTD() throws {
        let entity = try TestData.temporaryDirectory().appendingPathComponent("entity.xml")
        try "<smuggled/>".write(to: entity, atomically: true, encoding: .utf8)
        let data = Data("""
            <?xml version="1.0"?>
            <!DOCTYPE tmx SYSTEM "http://example.invalid/tmx14.dtd" [
              <!ENTITY outside SYSTEM "\(entity.absoluteString)">
            ]>
            <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body><tu><tuv xml:lang="en"><seg>&outside;</seg></tuv></tu></body></tmx>
            """.utf8)
        let report = try XMLValidator(.dtd(ExportSample.schema("tmx-1.4b/tmx14.dtd"))).validate(data, documentName: "xxe.tmx")
        #expect(!report.problems.contains { $0.message.contains("smuggled") }, "\(report.problems)")
        #expect(!report.problems.contains { $0.message.contains("example.invalid") }, "\(report.problems)")
    }

    @Test func anUnloadableSchemaIsAnInputErrorNamingIt() throws {
        let missing = ExportSample.schema("no-such-schema.xsd")
        #expect(throws: InputError.self) {
            try XMLValidator(.xmlSchema(missing)).validate(Data("<a/>".utf8), documentName: "a.xml")
        }
    }
}
