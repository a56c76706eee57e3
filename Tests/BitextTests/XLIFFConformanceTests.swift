import Foundation
import Testing
@testable import Bitext

/// The OASIS XLIFF TC's conformance suite (Fixtures/xliff-conformance, see its SOURCE.md):
/// valid documents load; documents that break the core schema are refused with an error
/// naming the file and the schema's message. Invalid documents whose fault only the
/// specification's processing requirements describe (Schematron rules, id uniqueness…) are
/// refused when the reader checks that requirement, and otherwise read.
@Suite struct XLIFFConformanceTests {
    static let folder = TestData.fixture("xliff-conformance")

    /// Files of the suite's valid folders that are not valid: `Good-pgs_plural.xlf` is not
    /// well-formed (undeclared prefix), `Good-mda_top-level.xlf` has `<meta>` in the core
    /// namespace, which the 2.2 schema itself rejects (xmllint agrees).
    static let suiteDefects: Set<String> = ["Good-pgs_plural.xlf", "Good-mda_top-level.xlf"]

    static func files(_ subfolder: String) throws -> [URL] {
        let url = folder.appendingPathComponent(subfolder)
        return try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "xlf" }.sorted { $0.path < $1.path }
    }

    private func read(_ url: URL) throws -> Bitext {
        var diagnostics = Diagnostics()
        return try XLIFFBitextReader().read(.file(url.path), diagnostics: &diagnostics)
    }

    /// What the bundled core schema of the file's namespace says, independently of the reader.
    private func schemaErrors(_ url: URL) throws -> [XMLValidationProblem] {
        guard let namespace = try XLIFFBitextReader.rootNamespace(of: .file(url.path)) else { return [] }
        return try XMLValidator(.xmlSchema(XLIFF2Schema.coreSchemaURL(namespace: namespace))).validate(contentsOf: url).errors
    }

    @Test func validDocumentsLoad() throws {
        let valid = try Self.files("valid") + Self.files("xliff21/valid") + Self.files("modules/valid")
        #expect(valid.count == 61)
        for url in valid where !Self.suiteDefects.contains(url.lastPathComponent) {
            #expect(throws: Never.self, "\(url.lastPathComponent)") { _ = try read(url) }
        }
        for name in Self.suiteDefects {
            #expect(throws: InputError.self) { _ = try read(Self.folder.appendingPathComponent("modules/valid/\(name)")) }
        }
    }

    @Test func documentsBreakingTheCoreSchemaAreRefusedWithTheSchemaError() throws {
        let invalid = try Self.files("invalid") + Self.files("xliff21/invalid") + Self.files("modules/invalid")
        var schemaInvalid = 0
        for url in invalid {
            // The streaming validator may meet a fault at another line than the tree validator
            // (a missing child at the parent's end), but names the same schema rule.
            let messages = Set(try schemaErrors(url).map(\.message))
            guard !messages.isEmpty else { continue }
            schemaInvalid += 1
            #expect {
                _ = try read(url)
            } throws: { error in
                guard let error = error as? InputError else { return false }
                return error.position.file == url.path && error.position.line != nil && messages.contains(error.message)
            }
        }
        #expect(schemaInvalid >= 20)
    }

    @Test func processingRequirementsTheReaderChecksRefuseTheirInvalidDocuments() throws {
        let expected = [
            "bad_EcBeforeSc.xlf": "has no <sc id=\"1\"> before it",
            "bad_EmBeforeSm.xlf": "before it",
            "bad_InvalidLoneSm.xlf": "has no <em>",
            "bad_MissingIsolatedOnSc.xlf": "isolated=\"yes\"",
            "bad_IsolatedEcWithId.xlf": "an isolated <ec> takes id",
            "bad_NoTrgLang.xlf": "trgLang",
            "bad_SubStateWithoutState.xlf": "subState needs a state",
            "bad_UnitWithoutSegment.xlf": "has no <segment>",
            "bad_UnknownDataRefValue.xlf": "refers to no <data>",
            "bad_SegmentIdNotUnique.xlf": "is not unique in its unit",
        ]
        for (name, message) in expected {
            let url = Self.folder.appendingPathComponent("invalid/\(name)")
            #expect(try schemaErrors(url).isEmpty, "\(name) breaks the schema, not only a processing requirement")
            #expect {
                _ = try read(url)
            } throws: { error in
                guard let error = error as? InputError else { return false }
                return error.position.file == url.path && error.position.line != nil && error.message.contains(message)
            }
        }
    }
}
