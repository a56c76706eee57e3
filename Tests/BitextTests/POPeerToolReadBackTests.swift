import Foundation
import Testing
@testable import Bitext

/// translate-toolkit (the Python `translate` package, its `pofilter` and `po2tmx`) reads the
/// PO bitext writes: every entry with its context, references, flags and plural forms.
@Suite(.serialized) struct POPeerToolReadBackTests {
    struct Reading: Decodable {
        struct Unit: Decodable {
            var context: String?
            var locations: [String]
            var flags: [String]
            var sources: [String]
            var targets: [String]
            var obsolete: Bool
        }
        var units: [Unit]
    }

    static let clocks = TestData.shared.appendingPathComponent("corpus/strings/gnome-clocks-zh_CN.po")
    static let focus = TestData.shared.appendingPathComponent("corpus/strings/focusios-zh-CN.xliff")
    static var available: Bool { FileManager.default.fileExists(atPath: clocks.path) }

    /// Runs a translate-toolkit program; a missing toolkit fails with the fix.
    static func run(_ program: String, _ arguments: [String]) throws -> Subprocess.Run {
        let run = try Subprocess.run(program, arguments)
        if run.error.contains("No module named 'translate'") || run.status == 127 {
            Issue.record("translate-toolkit is not installed: run Scripts/test or `python3 -m pip install translate-toolkit`")
        }
        try #require(run.status == 0, "\(program) failed: \(run.error)")
        return run
    }

    static func written(_ bitext: AlignedBitext, in folder: URL, named name: String) throws -> URL {
        let file = folder.appendingPathComponent(name)
        try POWriter().write(bitext, findings: [], context: GettextPOTests.context).write(to: file)
        return file
    }

    static func reading(_ file: URL) throws -> Reading {
        let run = try Self.run("python3", [PeerToolReadBackTests.script.path, "po", file.path])
        return try JSONDecoder().decode(Reading.self, from: run.outputData)
    }

    @Test(.enabled(if: available, "../shared/corpus/strings is not beside the checkout"))
    func translateToolkitReadsEveryEntryOfARealCatalogueAsWritten() throws {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (bitext, _) = try GettextPOTests.read(Self.clocks)
        let reading = try Self.reading(try Self.written(bitext, in: folder, named: "clocks.po"))
        let entries = try POParser(path: "clocks.po").entries(in: try TestData.text(Self.clocks)).filter { !$0.isHeader }
        try #require(reading.units.count == entries.count)
        #expect(reading.units.filter(\.obsolete).count == 50)
        for (unit, entry) in zip(reading.units, entries) where !entry.isObsolete {
            #expect(unit.context == entry.context, "\(entry.id)")
            #expect(unit.locations == entry.references, "\(entry.id)")
            #expect(unit.flags == entry.flags, "\(entry.id)")
            #expect(unit.sources == [entry.id] + (entry.pluralID.map { [$0] } ?? []), "\(entry.id)")
            #expect(unit.targets == entry.translations, "\(entry.id)")
        }
        #expect(reading.units.contains { $0.sources == ["%s hour behind", "%s hours behind"] && $0.targets == ["晚 %s 小时"] })
    }

    @Test(.enabled(if: available, "../shared/corpus/strings is not beside the checkout"))
    func aCatalogueMadeFromAnXcodeExportIsReadUnitForUnit() throws {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var diagnostics = Diagnostics()
        let export = try XLIFFBitextReader().read(.file(Self.focus.path), diagnostics: &diagnostics)
        let reading = try Self.reading(try Self.written(export, in: folder, named: "focus.po"))
        try #require(reading.units.count == export.pairs.count)
        for (unit, pair) in zip(reading.units, export.pairs) {
            #expect(unit.sources == [pair.sourceText] && unit.targets == [pair.targetText], "\(pair.unit?.id ?? "")")
        }
    }

    /// `pofilter` runs its checks over the PO and `po2tmx` turns it into a TMX that bitext
    /// reads back with every translated entry's text.
    @Test(.enabled(if: available, "../shared/corpus/strings is not beside the checkout"))
    func pofilterAndPo2tmxTakeThePO() throws {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (bitext, _) = try GettextPOTests.read(Self.clocks)
        let po = try Self.written(bitext, in: folder, named: "clocks.po")
        let filtered = folder.appendingPathComponent("filtered.po")
        let checked = try Self.run("pofilter", ["--progress=none", po.path, filtered.path])
        #expect(!checked.error.contains("Traceback"), "\(checked.error)")
        // Its findings are entries of the catalogue, with their context and flags.
        let findings = try POParser(path: filtered.path).entries(in: try TestData.text(filtered)).filter { !$0.isHeader && !$0.isObsolete }
        #expect(!findings.isEmpty)
        let ids = Set(bitext.pairs.map(\.sourceText))
        #expect(findings.allSatisfy { ids.contains($0.id) })
        // No entry has a printf placeholder out of step, plural forms included.
        let printf = folder.appendingPathComponent("printf.po")
        _ = try Self.run("pofilter", ["--progress=none", "-t", "printf", po.path, printf.path])
        #expect(!FileManager.default.fileExists(atPath: printf.path))
        let tmx = folder.appendingPathComponent("clocks.tmx")
        _ = try Self.run("po2tmx", ["--progress=none", "-l", "zh_CN", po.path, tmx.path])
        var diagnostics = Diagnostics()
        let memory = try TMXBitextReader().read(.file(tmx.path), diagnostics: &diagnostics)
        let singular = bitext.pairs.filter { $0.unit?.attributes[POUnitFields.pluralFormAttribute] == nil && !$0.target.isEmpty }
        let texts = Set(memory.pairs.map { "\($0.sourceText)\t\($0.targetText)" })
        #expect(singular.count > 180)
        for pair in singular { #expect(texts.contains("\(pair.sourceText)\t\(pair.targetText)"), "\(pair.sourceText)") }
    }
}
