import Foundation
import Testing
@testable import Bitext

/// Hostile XML into the TMX and XLIFF readers and `convert`: entity bombs, external entities
/// pointing at local files, malformed input. Each must end in a clear `InputError` (or be
/// inert), and no byte of a file an entity points at may reach any output.
@Suite struct XMLInputSafetyTests {
    static let secret = "BITEXT-SECRET-7f3a9c"

    private func secretFile(in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent("secret.txt")
        try Self.secret.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    private func tmx(doctype: String, unitAttributes: String = "", source: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE tmx [\(doctype)]>
        <tmx version="1.4"><header srclang="en" creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" datatype="plaintext"/>
        <body><tu\(unitAttributes)><tuv xml:lang="en"><seg>\(source)</seg></tuv><tuv xml:lang="zh-CN"><seg>以下是与 Dylan Patel 的对话。</seg></tuv></tu></body></tmx>
        """
    }

    /// Converts `text` (saved as `name`) to every output format and checks it; returns what
    /// happened, with every output's bytes and every message.
    private func everyUse(of text: String, named name: String, in folder: URL) -> (errors: [String], outputs: [String]) {
        let input = folder.appendingPathComponent(name)
        try? text.write(to: input, atomically: true, encoding: .utf8)
        var errors: [String] = []
        var outputs: [String] = []
        for format in ExportFormat.allCases {
            let output = folder.appendingPathComponent("out-\(format.rawValue).\(format.fileExtension)")
            do {
                let result = try Converter(context: ConversionRoundTripTests.context).convert(inputPath: input.path, outputPath: output.path, to: format)
                outputs.append(result.diagnostics.map(\.description).joined())
                outputs.append((try? String(contentsOf: output, encoding: .utf8)) ?? "")
            } catch {
                errors.append("\(error)")
            }
        }
        do {
            let result = try Auditor().audit(bitextPath: input.path, format: BitextFormat.inferred(fromPath: name) ?? .tmx)
            let report = try ReportFormat.json.reporter.render(result, context: ConversionRoundTripTests.context)
            outputs.append(String(decoding: report, as: UTF8.self))
        } catch {
            errors.append("\(error)")
        }
        return (errors, outputs)
    }

    @Test func externalEntitiesToALocalFileAndEtcPasswdAreRefused() throws {
        let folder = try TestData.temporaryDirectory()
        let secret = try secretFile(in: folder)
        let cases = [
            ("content.tmx", tmx(doctype: "<!ENTITY s SYSTEM \"\(secret.absoluteString)\">", source: "Hello &s; there")),
            ("passwd.tmx", tmx(doctype: "<!ENTITY p SYSTEM \"file:///etc/passwd\">", source: "Hello &p;")),
            ("attribute.tmx", tmx(doctype: "<!ENTITY s SYSTEM \"\(secret.path)\">", unitAttributes: " tuid=\"&s;\"", source: "Hello")),

            ("secret.xlf", """
                <?xml version="1.0"?>
                <!DOCTYPE xliff [<!ENTITY s SYSTEM "\(secret.absoluteString)">]>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="zh-CN">
                <file id="f1"><unit id="u1"><segment><source>Hello &s;</source><target>你好</target></segment></unit></file></xliff>
                """),
        ]
        for (name, text) in cases {
            let (errors, outputs) = everyUse(of: text, named: name, in: folder)
            #expect(!errors.isEmpty, "\(name) was read")
            for error in errors { #expect(error.contains(name), "\(error)") }
            #expect(!(errors + outputs).contains { $0.contains(Self.secret) || $0.contains("root:x:0:0") }, "\(name) leaked")
        }
        // A parameter entity is never loaded (no DTD loading): the file reads, inert.
        let parameter = tmx(doctype: "<!ENTITY % p SYSTEM \"\(secret.absoluteString)\"> %p;", source: "Hello")
        let (errors, outputs) = everyUse(of: parameter, named: "parameter.tmx", in: folder)
        #expect(errors.isEmpty)
        #expect(outputs.contains { $0.contains("<seg>Hello</seg>") })
        #expect(!outputs.contains { $0.contains(Self.secret) })
    }

    @Test func billionLaughsStopsWithAnErrorInContentAndInAttributes() throws {
        let folder = try TestData.temporaryDirectory()
        var entities = "<!ENTITY lol \"lol\">"
        for level in 1...9 {
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">"
        }
        for (name, text) in [
            ("content.tmx", tmx(doctype: entities, source: "Hello &lol9;")),
            ("attribute.tmx", tmx(doctype: entities, unitAttributes: " tuid=\"&lol9;\"", source: "Hello")),
        ] {
            let (errors, outputs) = everyUse(of: text, named: name, in: folder)
            #expect(errors.count == ExportFormat.allCases.count + 1)
            #expect(!outputs.contains { $0.contains("lollollol") })
            for error in errors { #expect(error.contains(name)) }
        }
    }

    /// Bytes that do not fit the declared encoding, met while an unknown element is kept
    /// whole (`<x-custom>`, read ahead through libxml2's outer-XML call): libxml2 used to print
    /// "encoding error : input conversion failed" and "I/O error : encoder error" to standard
    /// error and bitext then said "Extra content at the end of the document"; now the real
    /// reason is bitext's error, with the file and line.
    @Test func libxml2PrintsNothingOfItsOwnWhenTheEncodingIsWrong() throws {
        let padding = String(repeating: "a", count: 20_000)
        let tmx = """
            <?xml version="1.0" encoding="UTF-7"?>
            <tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" \
            o-tmf="x" creationtool="x" creationtoolversion="1"/><body>
            <tu><x-custom>\(padding) 该模型</x-custom><tuv xml:lang="en"><seg>The model</seg></tuv></tu>
            </body></tmx>
            """
        var thrown: (any Error)?
        let printed = try StandardError.captured {
            var diagnostics = Diagnostics()
            do { _ = try TMXBitextReader().read(.data(Data(tmx.utf8), path: "enc.tmx"), diagnostics: &diagnostics) } catch { thrown = error }
        }
        #expect(!printed.contains("encoding error") && !printed.contains("encoder error"), "libxml2 printed: \(printed)")
        let error = try #require(thrown as? InputError)
        #expect(error.position.file == "enc.tmx")
        #expect(error.position.line == 3)
        #expect(error.message.contains("input conversion failed"), "\(error)")
    }

    @Test func malformedXMLNamesFileLineAndColumnAndLeavesNoOutput() throws {
        let folder = try TestData.temporaryDirectory()
        let input = folder.appendingPathComponent("broken.tmx")
        let text = try TestData.text(TestData.fixture("expected/lex-459-sample.tmx"))
            .replacingOccurrences(of: "</tuv>\n      <tuv xml:lang=\"zh-CN\">", with: "\n      <tuv xml:lang=\"zh-CN\">")
        try text.write(to: input, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("broken.xlf")
        #expect {
            try Converter(context: ConversionRoundTripTests.context).convert(inputPath: input.path, outputPath: output.path, to: .xliff)
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.position.file == input.path && error.position.line != nil && error.position.column != nil
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["broken.tmx"])
    }

    @Test func arbitraryBytesNeverTrap() throws {
        let sample = try Data(contentsOf: TestData.fixture("expected/lex-459-sample.xlf"))
        // Every prefix cut at a multiple of 97 bytes, and the file with bytes flipped.
        var inputs = stride(from: 0, to: sample.count, by: 97).map { sample.prefix($0) }
        for offset in stride(from: 0, to: sample.count, by: 131) {
            var flipped = sample
            flipped[offset] ^= 0x5A
            inputs.append(flipped)
        }
        var refused = 0
        for data in inputs {
            for reader in [XLIFFBitextReader() as any StreamingBitextReader, TMXBitextReader(), XLIFF12BitextReader()] {
                var diagnostics = Diagnostics()
                do {
                    _ = try reader.read(.data(Data(data), path: "fuzz.xlf"), diagnostics: &diagnostics)
                } catch is InputError {
                    refused += 1
                }
            }
        }
        #expect(refused > inputs.count)
    }
}

/// What the process writes to standard error while `body` runs (file descriptor 2 sent to a
/// temporary file meanwhile): for libraries that print rather than report.
enum StandardError {
    private static let lock = NSLock()

    static func captured(_ body: () throws -> Void) throws -> String {
        lock.lock()
        defer { lock.unlock() }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: file.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: file) }
        let handle = try FileHandle(forWritingTo: file)
        fflush(nil)
        let saved = dup(2)
        dup2(handle.fileDescriptor, 2)
        defer {
            fflush(nil)
            dup2(saved, 2)
            close(saved)
            try? handle.close()
        }
        try body()
        fflush(nil)
        return String(decoding: try Data(contentsOf: file), as: UTF8.self)
    }
}
