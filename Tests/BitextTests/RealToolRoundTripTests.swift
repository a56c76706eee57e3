import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Bitext

/// Real tools' files (../shared/corpus/strings and …/hant/strings: Xcode, Angular via
/// xliffmerge and Transifex, Symfony, Bolt) converted into every exchange format and back
/// come back as they were: their `<file>`s and tool headers, ids, inline codes, notes and
/// attributes, none added. `Scripts/roundtrip-check` compares the same with its own XML
/// reading, every difference counted.
@Suite("Lossless conversion of real tools' files", .enabled(if: RealStrings.available, "../shared/corpus/strings is not beside the checkout"))
struct RealToolRoundTripTests {
    static let context = OutputContext(generatedAt: Date(timeIntervalSince1970: 1_770_122_096), toolVersion: "0.1.0")
    static let converter = Converter(context: context)

    /// `input` converted to `via` and back to `back`, with the diagnostics of both steps.
    static func roundTrip(_ input: URL, via: ExportFormat, back: ExportFormat, in folder: URL) throws -> (URL, [Diagnostic]) {
        let middle = folder.appendingPathComponent("\(input.deletingPathExtension().lastPathComponent).\(via.rawValue).\(RealStrings.fileExtension(via))")
        let result = folder.appendingPathComponent("\(input.deletingPathExtension().lastPathComponent).\(via.rawValue).back.\(input.pathExtension)")
        let forth = try converter.convert(inputPath: input.path, outputPath: middle.path, to: via)
        let returned = try converter.convert(inputPath: middle.path, outputPath: result.path, to: back)
        return (result, forth.diagnostics + returned.diagnostics)
    }

    /// The `<file>`s of an XLIFF 1.2 document: attributes, header tools and unit ids.
    static func xliff12Files(_ url: URL) throws -> [(attributes: [String: String], tools: [[String: String]], units: [String])] {
        try RealStrings.inDocument(url) { document in
            RealStrings.descendants(of: document, named: "file").map { file in
                let tools = RealStrings.descendants(of: file, named: "header").flatMap { RealStrings.descendants(of: $0, named: "tool") }
                let units = RealStrings.descendants(of: file, named: "trans-unit").compactMap { RealStrings.attributes(of: $0)["id"] }
                return (RealStrings.attributes(of: file), tools.map(RealStrings.attributes), units)
            }
        }
    }

    /// Each `<trans-unit>` (by file and id) with the attributes of the elements named.
    static func xliff12Elements(_ url: URL, named name: String) throws -> [String: [[String: String]]] {
        try RealStrings.inDocument(url) { document in
            var result: [String: [[String: String]]] = [:]
            for (number, file) in RealStrings.descendants(of: document, named: "file").enumerated() {
                for unit in RealStrings.descendants(of: file, named: "trans-unit") {
                    let key = "\(number + 1)/\(RealStrings.attributes(of: unit)["id"] ?? "")"
                    result[key] = RealStrings.descendants(of: unit, named: name).map(RealStrings.attributes)
                }
            }
            return result
        }
    }

    /// Every Xcode export is several `<file>`s, one per strings file, each with its
    /// `original` and its `<tool>` header: through XLIFF 1.2, XLIFF 2 and TMX they come
    /// back, their units in them.
    @Test(arguments: ["strings/focusios-zh-CN.xliff", "hant/strings/focusios-zh-TW.xliff"])
    func xcodeExportKeepsItsFilesAndToolHeaders(file: String) throws {
        let input = RealStrings.url(file)
        let folder = try TestData.temporaryDirectory()
        let original = try Self.xliff12Files(input)
        #expect(original.count == 6)
        #expect(original.map(\.units.count).reduce(0, +) == 258)
        #expect(original.allSatisfy { $0.tools.first?["tool-id"] == "com.apple.dt.xcode" && $0.tools.first?["build-num"] == "17F42" })
        for via in [ExportFormat.xliff12, .xliff, .tmx] {
            let (back, diagnostics) = try Self.roundTrip(input, via: via, back: .xliff12, in: folder)
            #expect(diagnostics.filter { $0.level != .note }.isEmpty, "\(via): \(diagnostics)")
            let files = try Self.xliff12Files(back)
            #expect(files.map(\.attributes) == original.map(\.attributes), "\(via)")
            #expect(files.map(\.tools) == original.map(\.tools), "\(via)")
            #expect(files.map(\.units) == original.map(\.units), "\(via)")
        }
        // In XLIFF 2 itself, six `<file>`s whose `original` is the strings file's.
        let xliff2 = folder.appendingPathComponent("six.xlf")
        _ = try Self.converter.convert(inputPath: input.path, outputPath: xliff2.path, to: .xliff)
        let text = try TestData.text(xliff2)
        #expect(text.components(separatedBy: "<file ").count - 1 == 6)
        #expect(text.contains(#"bx:attr.original="Blockzilla/en.lproj/InfoPlist.strings""#))
    }

    /// Keys such as `NSCameraUsageDescription` are unique per strings file only: an export
    /// of an app and its extension repeats them. Each stays in its own file.
    @Test func idsRepeatedAcrossFilesStayInTheirFiles() throws {
        let folder = try TestData.temporaryDirectory()
        let original = try TestData.text(RealStrings.url("strings/focusios-zh-CN.xliff"))
        // The first unit of the third file takes the id of the first unit of the second.
        let files = original.components(separatedBy: "<file ")
        let secondID = try #require(Self.firstUnitID(in: files[2]))
        let thirdID = try #require(Self.firstUnitID(in: files[3]))
        var edited = files
        edited[3] = files[3].replacingOccurrences(of: "id=\"\(thirdID)\"", with: "id=\"\(secondID)\"")
        let input = folder.appendingPathComponent("repeated.xliff")
        try edited.joined(separator: "<file ").write(to: input, atomically: true, encoding: .utf8)
        let expected = try Self.xliff12Files(input)
        #expect(expected[1].units.first == secondID && expected[2].units.first == secondID)
        for via in [ExportFormat.xliff12, .xliff, .tmx] {
            let (back, diagnostics) = try Self.roundTrip(input, via: via, back: .xliff12, in: folder)
            #expect(diagnostics.filter { $0.level != .note }.isEmpty, "\(via): \(diagnostics)")
            #expect(try Self.xliff12Files(back).map(\.units) == expected.map(\.units), "\(via)")
        }
    }

    private static func firstUnitID(in fileText: String) -> String? {
        guard let start = fileText.range(of: "<trans-unit id=\"") else { return nil }
        return fileText[start.upperBound...].split(separator: "\"").first.map(String.init)
    }

    /// Angular's `<x id="INTERPOLATION" equiv-text="{{ … }}"/>` placeholders, with their
    /// `ctype` and `xid`, come back through TMX (whose `<ph>` has no place for them) and
    /// XLIFF 2 as they were.
    @Test(arguments: ["strings/sliver-gui-messages.zh.xlf", "hant/strings/rclone-webui-angular-messages.zh-TW.xlf"])
    func angularPlaceholdersKeepTheirIDsAndEquivText(file: String) throws {
        let input = RealStrings.url(file)
        let folder = try TestData.temporaryDirectory()
        let original = try Self.xliff12Elements(input, named: "x")
        #expect(original.values.joined().count > 20)
        #expect(original.values.joined().contains { $0["id"] == "INTERPOLATION" && $0["equiv-text"]?.hasPrefix("{{") == true })
        for via in [ExportFormat.tmx, .xliff, .xliff12] {
            let (back, _) = try Self.roundTrip(input, via: via, back: .xliff12, in: folder)
            #expect(try Self.xliff12Elements(back, named: "x") == original, "\(via)")
        }
    }

    /// Units keep `xml:space` where the file had it (Xcode) and get none where it had
    /// none (sliver-gui's " Manage Configs "); a target's `state` is kept where there was one and
    /// not invented where there was none; notes keep `priority` and `from` (as Angular
    /// writes its description notes).
    @Test func unitAttributesStatesAndNoteAttributesAreKeptAndNoneAdded() throws {
        let folder = try TestData.temporaryDirectory()
        let rclone = try TestData.text(RealStrings.url("hant/strings/rclone-webui-angular-messages.zh-TW.xlf"))
        let described = folder.appendingPathComponent("rclone-described.xlf")
        try rclone.replacingOccurrences(of: "<note>", with: #"<note priority="1" from="description">"#)
            .write(to: described, atomically: true, encoding: .utf8)
        let inputs = [
            RealStrings.url("strings/focusios-zh-CN.xliff"), RealStrings.url("strings/sliver-gui-messages.zh.xlf"),
            RealStrings.url("strings/symfony-demo-messages+intl-icu.zh_CN.xlf"), described,
        ]
        for input in inputs {
            let units = try Self.xliff12Elements(input, named: "trans-unit")
            let unitAttributes = try Self.unitAttributes(input)
            let targets = try Self.xliff12Elements(input, named: "target")
            let notes = try Self.xliff12Elements(input, named: "note")
            #expect(!units.isEmpty)
            for via in [ExportFormat.tmx, .xliff, .xliff12] {
                let (back, _) = try Self.roundTrip(input, via: via, back: .xliff12, in: folder)
                #expect(try Self.unitAttributes(back) == unitAttributes, "\(input.lastPathComponent) via \(via)")
                #expect(try Self.xliff12Elements(back, named: "target") == targets, "\(input.lastPathComponent) via \(via)")
                #expect(try Self.xliff12Elements(back, named: "note") == notes, "\(input.lastPathComponent) via \(via)")
            }
        }
        #expect(try Self.unitAttributes(inputs[0]).values.allSatisfy { $0["xml:space"] == "preserve" })
        #expect(try Self.unitAttributes(inputs[1]).values.allSatisfy { $0["xml:space"] == nil })
        #expect(try Self.xliff12Elements(inputs[0], named: "target").values.joined().allSatisfy { $0["state"] == nil })
        #expect(try Self.xliff12Elements(described, named: "note").values.joined().contains { $0["priority"] == "1" && $0["from"] == "description" })
    }

    /// The attributes of each `<trans-unit>` itself, by file and id.
    static func unitAttributes(_ url: URL) throws -> [String: [String: String]] {
        try RealStrings.inDocument(url) { document in
            var result: [String: [String: String]] = [:]
            for (number, file) in RealStrings.descendants(of: document, named: "file").enumerated() {
                for unit in RealStrings.descendants(of: file, named: "trans-unit") {
                    result["\(number + 1)/\(RealStrings.attributes(of: unit)["id"] ?? "")"] = RealStrings.attributes(of: unit)
                }
            }
            return result
        }
    }

    /// A CAT tool's memory of sliver-gui's strings: `<tu>` and `<tuv>` attributes (who made
    /// and changed each variant, when) come back from XLIFF 2 and XLIFF 1.2 as they were,
    /// and a unit without `tuid` stays without one.
    @Test func tmxUnitAndVariantAttributesAreKeptAndNoTuidIsAdded() throws {
        let folder = try TestData.temporaryDirectory()
        var diagnostics = Diagnostics()
        let strings = try XLIFFBitextReader().read(.file(RealStrings.url("strings/sliver-gui-messages.zh.xlf").path), diagnostics: &diagnostics)
        var units: [String] = []
        for (index, pair) in strings.pairs.enumerated() where pair.sourceCodes.isEmpty && pair.targetCodes.isEmpty {
            let tuid = index % 3 == 0 ? "" : #" tuid="\#(pair.unit?.id ?? "")""#
            units.append("""
                <tu\(tuid) creationtool="SDL Trados Studio" creationtoolversion="16.0" usagecount="\(index % 5)">\
                <tuv xml:lang="en-US" creationid="GLOBAL\\translator" creationdate="20221122T101010Z"><seg>\(RealStrings.escaped(pair.sourceText))</seg></tuv>\
                <tuv xml:lang="zh-CN" creationid="GLOBAL\\translator" creationdate="20221122T101010Z" changeid="GLOBAL\\reviewer" changedate="20230105T083000Z"><seg>\(RealStrings.escaped(pair.targetText))</seg></tuv></tu>
                """)
        }
        let memory = folder.appendingPathComponent("sliver.tmx")
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="SDL Trados Studio" creationtoolversion="16.0" segtype="sentence" o-tmf="SDL TM8 Format" adminlang="en-US" srclang="en-US" datatype="xml"/>
            <body>
            \(units.joined(separator: "\n"))
            </body></tmx>
            """.write(to: memory, atomically: true, encoding: .utf8)
        let original = try TMXBitextReader().read(.file(memory.path), diagnostics: &diagnostics)
        #expect(original.pairs.count > 150)
        #expect(original.pairs.contains { $0.unit?.targetAttributes["changeid"] == #"GLOBAL\reviewer"# })
        for via in [ExportFormat.xliff, .xliff12] {
            let (back, conversion) = try Self.roundTrip(memory, via: via, back: .tmx, in: folder)
            #expect(conversion.isEmpty, "\(via): \(conversion)")
            let returned = try TMXBitextReader().read(.file(back.path), diagnostics: &diagnostics)
            #expect(returned.pairs.map(\.unit) == original.pairs.map(\.unit), "\(via)")
            #expect(returned.fileInfo == original.fileInfo, "\(via)")
            let text = try TestData.text(back)
            #expect(text.components(separatedBy: "<tu ").count - 1 == original.pairs.count)
            #expect(text.components(separatedBy: "tuid=").count - 1 == original.pairs.filter { $0.unit?.id != nil }.count, "\(via)")
            #expect(try XMLValidator(.dtd(ExportSample.schema("tmx-1.4b/tmx14.dtd"))).validate(contentsOf: back).problems == [])
        }
    }

    /// Bolt's `<a href>` and `<strong>` markup as a CAT tool extracts it into XLIFF 2
    /// (`<pc>` with `dataRefStart`/`dataRefEnd`, `equivStart`/`equivEnd`,
    /// `dispStart`/`dispEnd`): written back as `<pc>`, not `<sc>`/`<ec>`, its attributes
    /// all there, also through TMX and XLIFF 1.2.
    @Test func xliff2PairedCodesStayPairedCodes() throws {
        let folder = try TestData.temporaryDirectory()
        let input = folder.appendingPathComponent("bolt-pc.xlf")
        try RealStrings.boltWithPairedCodes().write(to: input, atomically: true, encoding: .utf8)
        let original = try Self.pairedCodes(input)
        #expect(original.count >= 6)
        #expect(original.allSatisfy { $0["equivEnd"] != nil && $0["dispEnd"] != nil && $0["dataRefEnd"] != nil })
        for via in [ExportFormat.xliff, .tmx, .xliff12] {
            let (back, diagnostics) = try Self.roundTrip(input, via: via, back: .xliff, in: folder)
            #expect(diagnostics.isEmpty, "\(via): \(diagnostics)")
            #expect(try Self.pairedCodes(back) == original, "\(via)")
            let text = try TestData.text(back)
            #expect(!text.contains("<sc ") && !text.contains("<ec "), "\(via)")
            let report = try XMLValidator(.xmlSchema(ExportSample.schema("xliff-2.1/xliff_core_2.0.xsd"))).validate(contentsOf: back)
            #expect(report.problems == [], "\(via)")
        }
    }

    /// The `<pc>`s of an XLIFF 2 document with their attributes, data references resolved
    /// to the native code they name.
    static func pairedCodes(_ url: URL) throws -> [[String: String]] {
        try RealStrings.inDocument(url) { document in
            var data: [String: String] = [:]
            for entry in RealStrings.descendants(of: document, named: "data") {
                data[RealStrings.attributes(of: entry)["id"] ?? ""] = entry.stringValue ?? ""
            }
            return RealStrings.descendants(of: document, named: "pc").map { element in
                var attributes = RealStrings.attributes(of: element)
                for key in ["dataRefStart", "dataRefEnd"] { attributes[key] = attributes[key].map { data[$0] ?? "?" } }
                return attributes
            }
        }
    }

    /// Symfony's XLIFF 2 dumper before 7.2 (and Angular tool chains) wrote `state` on
    /// `<target>`, where XLIFF 1.2 has it: Bolt's catalogue so written is read with a
    /// warning naming the line and the rule, its states taken as the segments'; `--strict`
    /// refuses it; a real schema error further on is still an error.
    @Test func stateOnTargetIsReadWithAWarningAndRefusedUnderStrict() throws {
        let folder = try TestData.temporaryDirectory()
        let text = try TestData.text(RealStrings.url("strings/bolt-messages.zh_CN.xlf"))
        let input = folder.appendingPathComponent("bolt-target-state.xlf")
        try text.replacingOccurrences(of: "<target>", with: #"<target state="translated">"#).write(to: input, atomically: true, encoding: .utf8)
        let firstTargetLine = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("<target>") }) + 1

        var diagnostics = Diagnostics()
        let read = try XLIFFBitextReader().read(.file(input.path), diagnostics: &diagnostics)
        var plainDiagnostics = Diagnostics()
        let plain = try XLIFFBitextReader().read(.file(RealStrings.url("strings/bolt-messages.zh_CN.xlf").path), diagnostics: &plainDiagnostics)
        #expect(read.pairs.count == 415)
        #expect(read.pairs.map(\.targetText) == plain.pairs.map(\.targetText))
        #expect(read.pairs.allSatisfy { $0.unit?.state == "translated" && $0.unit?.segment?.targetAttributes.isEmpty == true })
        // One warning at the first, one note counting the others.
        let warnings = diagnostics.items.filter { $0.level == .warning }
        #expect(warnings.count == 1)
        #expect(warnings.first?.line == firstTargetLine)
        #expect(warnings.first?.message.contains("<target> has no state attribute, state belongs to <segment>") == true, "\(warnings.first?.message ?? "")")
        #expect(diagnostics.items.contains { $0.level == .note && $0.message.hasPrefix("the same slip 414 more times") })

        // Written back, the state is where XLIFF 2 has it.
        let output = folder.appendingPathComponent("fixed.xlf")
        let converted = try Self.converter.convert(inputPath: input.path, outputPath: output.path, to: .xliff)
        #expect(converted.diagnostics.count == 2)
        let written = try TestData.text(output)
        #expect(written.contains(#"<segment state="translated">"#) && !written.contains(#"<target state="#))
        #expect(try XMLValidator(.xmlSchema(ExportSample.schema("xliff-2.1/xliff_core_2.0.xsd"))).validate(contentsOf: output).problems == [])

        // --strict: refused at the first slip, with the schema's message.
        var strict = Diagnostics(strict: true)
        let refusal = try #require(throws: InputError.self) { try XLIFFBitextReader().read(.file(input.path), diagnostics: &strict) }
        #expect(refusal.position.line == firstTargetLine)
        #expect(refusal.message.contains("'state'"), "\(refusal.message)")
        var strictConverter = Self.converter
        strictConverter.strict = true
        #expect(throws: InputError.self) { try strictConverter.convert(inputPath: input.path, outputPath: output.path, to: .tmx) }
        var options = Auditor.Options()
        options.strict = true
        #expect(throws: InputError.self) { try Auditor(options: options).audit(bitextPath: input.path, format: .xliff) }

        // A slip read past does not switch the schema off: an attribute no XLIFF 2 unit has is still refused.
        let broken = folder.appendingPathComponent("broken.xlf")
        let lines = try TestData.text(input).components(separatedBy: "\n")
        let lastUnit = try #require(lines.lastIndex { $0.contains("<unit id=") })
        var brokenLines = lines
        brokenLines[lastUnit] = lines[lastUnit].replacingOccurrences(of: "<unit ", with: #"<unit priority="high" "#)
        try brokenLines.joined(separator: "\n").write(to: broken, atomically: true, encoding: .utf8)
        var brokenDiagnostics = Diagnostics()
        let error = try #require(throws: InputError.self) { try XLIFFBitextReader().read(.file(broken.path), diagnostics: &brokenDiagnostics) }
        #expect(error.position.line == lastUnit + 1, "\(error)")
    }

    /// Every real file bitext reads, through every format it converts into and back into
    /// its own: the same pairs (text, codes, everything the unit had) and header, and
    /// every output valid against the official schema (XLIFF 1.2 strict, or transitional
    /// where the input itself is only that: Xcode's `<tool build-num>`).
    @Test func everyRealFileComesBackFromEveryFormat() throws {
        let folder = try TestData.temporaryDirectory()
        var checked = 0
        for input in RealStrings.bilingualFiles {
            guard let own = try RealStrings.ownFormat(input) else { continue }
            var diagnostics = Diagnostics()
            let original = try Self.read(input, diagnostics: &diagnostics)
            for via in [ExportFormat.tmx, .xliff, .xliff12] {
                let middle = folder.appendingPathComponent("\(input.lastPathComponent).\(via.rawValue).\(RealStrings.fileExtension(via))")
                let back = folder.appendingPathComponent("\(input.lastPathComponent).\(via.rawValue).back.\(input.pathExtension)")
                _ = try Self.converter.convert(inputPath: input.path, outputPath: middle.path, to: via)
                _ = try Self.converter.convert(inputPath: middle.path, outputPath: back.path, to: own)
                for (output, format) in [(middle, via), (back, own)] {
                    guard let validator = try RealStrings.validator(for: format, input: input) else { continue }
                    #expect(try validator.validate(contentsOf: output).problems == [], "\(output.lastPathComponent)")
                }
                let returned = try Self.read(back, diagnostics: &diagnostics)
                let label = "\(input.lastPathComponent) via \(via)"
                #expect(returned.pairs.count == original.pairs.count, "\(label)")
                #expect(returned.pairs.map(\.sourceText) == original.pairs.map(\.sourceText), "\(label)")
                #expect(returned.pairs.map(\.targetText) == original.pairs.map(\.targetText), "\(label)")
                #expect(returned.pairs.map(\.sourceCodes) == original.pairs.map(\.sourceCodes), "\(label)")
                #expect(returned.pairs.map(\.targetCodes) == original.pairs.map(\.targetCodes), "\(label)")
                #expect(returned.pairs.map(\.unit) == original.pairs.map(\.unit), "\(label)")
                #expect(returned.fileInfo == original.fileInfo, "\(label)")
                checked += 1
            }
        }
        #expect(checked >= 21, "7 XLIFF files × 3 formats at least")
    }

    static func read(_ url: URL, diagnostics: inout Diagnostics) throws -> AlignedBitext {
        let format = try #require(BitextFormat.inferred(fromPath: url.path))
        return try format.reader.read(contentsOf: url.path, encoding: nil, diagnostics: &diagnostics)
    }
}

/// The real software-localisation files of ../shared and what the tests need to know of them.
enum RealStrings {
    static let folders = ["corpus/strings", "corpus/hant/strings"].map { TestData.shared.appendingPathComponent($0) }
    static var available: Bool { FileManager.default.fileExists(atPath: folders[0].path) }

    static func url(_ path: String) -> URL {
        TestData.shared.appendingPathComponent("corpus").appendingPathComponent(path)
    }

    /// Every file of the folders bitext reads as bilingual.
    static var bilingualFiles: [URL] {
        folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
                .filter { BitextFormat.inferred(fromPath: $0) != nil }
                .map { folder.appendingPathComponent($0) }
        }
    }

    /// The export format that writes a file of `url`'s own format; nil for formats the
    /// round trip does not cover here (PO and String Catalogs have tests of their own).
    static func ownFormat(_ url: URL) throws -> ExportFormat? {
        switch BitextFormat.inferred(fromPath: url.path) {
        case .tmx: return .tmx
        case .xliff: return try XLIFFBitextReader.version(of: .file(url.path)) == .xliff12 ? .xliff12 : .xliff
        default: return nil
        }
    }

    static func fileExtension(_ format: ExportFormat) -> String {
        switch format {
        case .xliff, .xliff12: "xlf"
        default: format.rawValue
        }
    }

    /// The official schema of `format`; XLIFF 1.2's transitional one when `input` itself is
    /// not valid against the strict one.
    static func validator(for format: ExportFormat, input: URL) throws -> XMLValidator? {
        switch format {
        case .tmx:
            return XMLValidator(.dtd(ExportSample.schema("tmx-1.4b/tmx14.dtd")))
        case .xliff:
            return XMLValidator(.xmlSchema(ExportSample.schema("xliff-2.1/xliff_core_2.0.xsd")))
        case .xliff12:
            let strict = XMLValidator(.xmlSchema(ExportSample.schema("xliff-1.2/xliff-core-1.2-strict.xsd")))
            let inputIsStrict = try ownFormat(input) != .xliff12 || strict.validate(contentsOf: input).problems.isEmpty
            return inputIsStrict ? strict : XMLValidator(.xmlSchema(ExportSample.schema("xliff-1.2/xliff-core-1.2-transitional.xsd")))
        default:
            return nil
        }
    }

    /// `body` on the document at `url`, which stays alive meanwhile: its elements are views
    /// of a tree that goes with it.
    static func inDocument<Result>(_ url: URL, _ body: (XMLDocument) throws -> Result) throws -> Result {
        let document = try XMLDocument(contentsOf: url)
        return try withExtendedLifetime(document) { try body(document) }
    }

    /// Elements named `name` (local name) inside `node`, in document order.
    static func descendants(of node: XMLNode, named name: String) -> [XMLElement] {
        var result: [XMLElement] = []
        for child in node.children ?? [] {
            guard let element = child as? XMLElement else { continue }
            if element.localName == name { result.append(element) }
            result += descendants(of: element, named: name)
        }
        return result
    }

    static func attributes(of element: XMLElement) -> [String: String] {
        var result: [String: String] = [:]
        for attribute in element.attributes ?? [] {
            guard let name = attribute.name, !name.hasPrefix("xmlns") else { continue }
            result[name] = attribute.stringValue ?? ""
        }
        return result
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Bolt's units whose English and Chinese both hold `<a href="%url%">…</a>` or
    /// `<strong>…</strong>`, as an XLIFF 2 extractor writes them: markup as `<pc>`, its
    /// tags in `<originalData>`, with equivalent text and display text for both ends.
    static func boltWithPairedCodes() throws -> String {
        var diagnostics = Diagnostics()
        let english = try XLIFFBitextReader().read(.file(url("strings/bolt-messages.en.xlf").path), diagnostics: &diagnostics)
        let chinese = try XLIFFBitextReader().read(.file(url("strings/bolt-messages.zh_CN.xlf").path), diagnostics: &diagnostics)
        let englishByName = Dictionary(english.pairs.compactMap { pair in pair.unit?.attributes["name"].map { ($0, pair.targetText) } },
                                       uniquingKeysWith: { first, _ in first })
        var units: [String] = []
        for pair in chinese.pairs {
            guard let name = pair.unit?.attributes["name"], let source = englishByName[name],
                  let coded = withPairedCode(source: source, target: pair.targetText) else { continue }
            units.append("""
                <unit id="\(pair.unit?.id ?? "")" name="\(name)">
                <originalData>\(coded.data)</originalData>
                <segment state="translated"><source>\(coded.source)</source><target>\(coded.target)</target></segment>
                </unit>
                """)
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="zh-CN">
            <file id="messages.zh_CN">
            \(units.joined(separator: "\n"))
            </file>
            </xliff>
            """
    }

    /// Source and target with their first HTML element as a `<pc>`, and its data.
    private static func withPairedCode(source: String, target: String) -> (source: String, target: String, data: String)? {
        for (open, close) in [(#"<a href="%url%">"#, "</a>"), ("<strong>", "</strong>")] {
            guard let codedSource = wrap(source, open: open, close: close), let codedTarget = wrap(target, open: open, close: close) else { continue }
            let data = #"<data id="d1">\#(escaped(open))</data><data id="d2">\#(escaped(close))</data>"#
            return (codedSource, codedTarget, data)
        }
        return nil
    }

    private static func wrap(_ text: String, open: String, close: String) -> String? {
        guard let start = text.range(of: open), let end = text.range(of: close, range: start.upperBound..<text.endIndex) else { return nil }
        let attributes = #"id="1" dataRefStart="d1" dataRefEnd="d2" equivStart="" equivEnd="" dispStart="\#(escaped(open).replacingOccurrences(of: "\"", with: "&quot;"))" dispEnd="\#(escaped(close))""#
        return escaped(String(text[..<start.lowerBound])) + "<pc \(attributes)>" + escaped(String(text[start.upperBound..<end.lowerBound]))
            + "</pc>" + escaped(String(text[end.upperBound...]))
    }
}
