import Foundation
import Testing
@testable import Bitext

/// The OASIS XLIFF TC conformance suite (Fixtures/xliff-conformance, see its SOURCE.md): every
/// valid document loads, every invalid core document is refused with an error naming the file
/// and line, by the bundled schemas or by `XLIFF2Constraints`.
@Suite struct XLIFFConformanceTests {
    static let suite = TestData.fixture("xliff-conformance")

    /// Valid-folder files that cannot load, each for a defect of the upstream file itself.
    static let brokenUpstream: [String: String] = [
        // Uses the pgs: prefix without declaring it and never closes <target>: not well-formed XML.
        "modules/valid/Good-pgs_plural.xlf": "Namespace prefix pgs",
        // Its <meta> elements are in the core namespace (no mda: prefix), which the 2.2 schema set
        // refuses inside <mda:metaGroup>: the file breaks the TC's own schemas.
        "modules/valid/Good-mda_top-level.xlf": "meta",
    ]

    /// Invalid core files bitext does not refuse, with the reason. Empty: all are refused.
    static let outOfScope: [String: String] = [:]

    static func documents(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: suite.appendingPathComponent(folder).path)
            .filter { $0.hasSuffix(".xlf") }.sorted().map { folder + "/" + $0 }
    }

    static func read(_ document: String) throws -> AlignedBitext {
        var diagnostics = Diagnostics()
        return try XLIFFBitextReader().read(.file(suite.appendingPathComponent(document).path), diagnostics: &diagnostics)
    }

    /// The error of the read, nil when the document loads.
    static func refusal(_ document: String) -> InputError? {
        do {
            _ = try read(document)
            return nil
        } catch let error as InputError {
            return error
        } catch {
            Issue.record("\(document): not an InputError: \(error)")
            return nil
        }
    }

    /// Whether the processing requirements alone (no schema) refuse the document.
    static func constraintsRefuse(_ document: String) throws -> Bool {
        let reader = try XMLInput.file(suite.appendingPathComponent(document).path).open()
        reader.observer = XLIFF2Constraints(path: document).observe
        do {
            while try reader.read() {}
            return false
        } catch is InputError {
            return true
        }
    }

    static func unitCount(_ document: String) throws -> Int {
        let text = try TestData.text(suite.appendingPathComponent(document))
        return text.components(separatedBy: "<unit ").count - 1
    }

    static func segmentCount(_ document: String) throws -> Int {
        let text = try TestData.text(suite.appendingPathComponent(document))
        return text.components(separatedBy: "<segment").count - 1
    }

    @Test func everyValidCoreDocumentLoadsWithAllItsUnitsAndSegments() throws {
        let documents = try Self.documents(in: "valid") + Self.documents(in: "xliff21/valid") + Self.documents(in: "xliff21/in-out")
        #expect(documents.count == 26)
        var loaded = 0
        for document in documents {
            do {
                let bitext = try Self.read(document)
                // A pair per segment; the first segment of each unit starts it.
                #expect(bitext.pairs.count == (try Self.segmentCount(document)), "\(document)")
                #expect(bitext.pairs.filter { $0.unit?.segment?.isFirst == true }.count == (try Self.unitCount(document)), "\(document)")
                loaded += 1
            } catch {
                Issue.record("\(document) is valid but was refused: \(error)")
            }
        }
        print("XLIFF conformance: valid core documents loaded \(loaded)/\(documents.count)")
        #expect(loaded == documents.count)
    }

    @Test func everyValidModuleDocumentLoadsExceptTheBrokenUpstreamOnes() throws {
        let documents = try Self.documents(in: "modules/valid")
        #expect(documents.count == 36)
        var loaded = 0
        for document in documents {
            if let expected = Self.brokenUpstream[document] {
                let error = Self.refusal(document)
                #expect(error?.message.contains(expected) == true, "\(document): \(String(describing: error))")
                #expect(error?.position.line != nil)
                continue
            }
            if let error = Self.refusal(document) {
                Issue.record("\(document) is valid but was refused: \(error)")
            } else {
                loaded += 1
            }
        }
        print("XLIFF conformance: valid module documents loaded \(loaded)/\(documents.count) (\(Self.brokenUpstream.count) broken upstream)")
        #expect(loaded == documents.count - Self.brokenUpstream.count)
    }

    @Test func everyInvalidCoreDocumentIsRefusedWithFileAndLine() throws {
        let documents = try Self.documents(in: "invalid") + Self.documents(in: "xliff21/invalid")
        #expect(documents.count == 108)
        var bySchema = 0
        var byConstraints = 0
        for document in documents {
            guard let error = Self.refusal(document) else {
                if Self.outOfScope[document] == nil { Issue.record("\(document) is invalid but was read") }
                continue
            }
            #expect(error.position.file.hasSuffix(document), "\(document): \(error)")
            #expect(error.position.line != nil, "\(document): \(error)")
            if try Self.constraintsRefuse(document) { byConstraints += 1 } else { bySchema += 1 }
        }
        print("XLIFF conformance: invalid core documents refused \(bySchema + byConstraints)/\(documents.count) (by the processing requirements \(byConstraints), by the schemas only \(bySchema))")
        #expect(bySchema + byConstraints == documents.count - Self.outOfScope.count)
    }

    /// Invalid module files bitext reads without error, with the reason. Modules are optional
    /// for an XLIFF 2 reader; every other invalid module file is refused.
    static let modulesNotChecked: [String: String] = [
        // Change Tracking: whether a revision's property names an attribute of the element it
        // tracks, and whether ref resolves to that element, needs the tracked element's model.
        "modules/invalid/Bad-ctr-property-not-legit-category.xlf": "Change Tracking item semantics",
        "modules/invalid/Bad-ctr_appliesTo-not-using-ref-to-resolvableID.xlf": "Change Tracking references",
        "modules/invalid/Bad-ctr_property-not-content-or-valid-attribute-ref.xlf": "Change Tracking item semantics",
        "modules/invalid/Bad-ctr_ref-not-pointed-to-resolvableID.xlf": "Change Tracking references",
        // Whether a sizeInfoRef points into an <slr:data> sibling of the element or of an ancestor.
        "modules/invalid/Bad-slr_sizeInfoRef-has-no-data-sib.xlf": "slr:data scoping",
        // A non-integer slr:sizeInfo without an xliff: profile; valid/withModulesAttributesInEc.xlf
        // has slr:sizeInfo="some info" without a profile too, and the core valid file wins.
        "modules/invalid/Bad-slr_sizeInfo-not-integer.xlf": "contradicts a core valid file",
    ]

    @Test func invalidModuleDocumentsAreRefusedButForTheListedOnes() throws {
        let documents = try Self.documents(in: "modules/invalid")
        #expect(documents.count == 40)
        var read: [String] = []
        for document in documents {
            guard let error = Self.refusal(document) else {
                read.append(document)
                continue
            }
            #expect(error.position.line != nil, "\(document): \(error)")
        }
        print("XLIFF conformance: invalid module documents refused \(documents.count - read.count)/\(documents.count)")
        #expect(Set(read) == Set(Self.modulesNotChecked.keys))
    }

    /// bitext's own XLIFF 2 output must pass: a real transcript line with a double space needs
    /// xml:space="preserve", and its source must get the same value.
    @Test func bitextsOwnXLIFF2OutputIsConformant() throws {
        let target = try #require(try TestData.text(TestData.chineseTranscript).split(separator: "\n").first { $0.contains("**10.**  ") })
        var diagnostics = Diagnostics()
        let bitext = try TSVBitextReader().read("10. The best AI GPU\t\(target)\n", path: "pairs.tsv", diagnostics: &diagnostics)
        let xliff = try XLIFF2Writer().write(bitext, findings: [], context: ExportSample.context)
        let text = String(decoding: xliff, as: UTF8.self)
        #expect(text.contains("<source xml:space=\"preserve\">"))
        let back = try XLIFFBitextReader().read(.data(xliff, path: "bitext.xlf"), diagnostics: &diagnostics)
        #expect(back.pairs.map(\.targetText) == [String(target)])
    }

    /// The message says which rule is broken, in the specification's terms, at the right line.
    @Test(arguments: [
        ("invalid/bad_EcBeforeSc.xlf", 6, "<ec> closes no <sc> with id 1 (startRef)"),
        ("invalid/bad_InvalidDataRef.xlf", 10, "dataRef=\"bad\" of <ph> points to no <data>"),
        ("invalid/bad_DuplicateNoteIdsInGroup.xlf", 15, "<note> id \"n1\" is used twice"),
        ("invalid/bad_MissingNonRemovable1.xlf", 18, "<ph> with id 4 has canDelete=\"no\" but is missing from the unit's target"),
        ("invalid/bad_InvalidFragIdBadOrder.xlf", 13, "is not a valid XLIFF fragment identifier"),
        ("invalid/bad_NoTrgLang.xlf", 7, "trgLang is required when a target is present"),
        ("invalid/bad_IdDuplicationBetweenSegmentAndInline.xlf", 8, "already the id of the segment or ignorable at line 6"),
        ("invalid/bad_OrderNotUnique2.xlf", 11, "order 2"),
        ("invalid/bad_SrcLangNotWellFormed.xlf", 2, "srcLang \"e\" is not a well-formed BCP 47 language tag"),
        ("invalid/bad_SubFlowWithInvalidReference.xlf", 20, "sub-flow reference \"badRef\" points to no <unit>"),
    ])
    func refusalNamesTheRuleAndLine(document: String, line: Int, message: String) throws {
        let error = try #require(Self.refusal(document))
        #expect(error.position.line == line, "\(error)")
        #expect(error.message.contains(message), "\(error)")
    }
}
