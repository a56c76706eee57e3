import Foundation
import Testing
@testable import Bitext

/// gettext PO in and out, on the real GNOME Clocks catalogues (zh_CN by Gtranslator, zh_TW
/// by Weblate) and the Python documentation catalogues of `../shared`, with GNU gettext's
/// own tools as the judge of what is valid and of how a PO is laid out.
@Suite(.serialized) struct GettextPOTests {
    static let clocks = [
        TestData.shared.appendingPathComponent("corpus/strings/gnome-clocks-zh_CN.po"),
        TestData.shared.appendingPathComponent("corpus/hant/strings/gnome-clocks-zh_TW.po"),
    ]
    static let pythonDocs = TestData.shared.appendingPathComponent("corpus/hant/python-docs-zh-tw")
    static var available: Bool { clocks.allSatisfy { FileManager.default.fileExists(atPath: $0.path) } }
    static let context = OutputContext(generatedAt: Date(timeIntervalSince1970: 1_763_000_000), toolVersion: "test")

    static func read(_ text: String, path: String = "test.po") throws -> (AlignedBitext, Diagnostics) {
        var diagnostics = Diagnostics()
        let bitext = try POBitextReader().read(text, path: path, diagnostics: &diagnostics)
        return (bitext, diagnostics)
    }

    static func read(_ url: URL) throws -> (AlignedBitext, Diagnostics) {
        try read(try TestData.text(url), path: url.path)
    }

    static func written(_ bitext: AlignedBitext) throws -> String {
        String(decoding: try POWriter().write(bitext, findings: [], context: context), as: UTF8.self)
    }

    /// Runs a gettext tool; a missing gettext fails with the fix, since a skipped check of
    /// validity would read as a pass.
    static func gettext(_ tool: String, _ arguments: [String]) throws -> Subprocess.Run {
        let run = try Subprocess.run(tool, arguments)
        if run.status == 127 || run.error.contains("No such file") {
            Issue.record("GNU gettext is not installed: run Scripts/test or `apt-get install gettext`")
        }
        return run
    }

    /// `msgfmt --statistics`: translated, fuzzy and untranslated messages.
    static func statistics(_ url: URL) throws -> (translated: Int, fuzzy: Int, untranslated: Int) {
        let run = try gettext("msgfmt", ["--statistics", "-o", "/dev/null", url.path])
        try #require(run.status == 0, "msgfmt: \(run.error)")
        func count(_ word: String) -> Int {
            guard let range = run.error.range(of: #"(\d+) "# + word, options: .regularExpression) else { return 0 }
            return Int(run.error[range].prefix { $0.isNumber }) ?? 0
        }
        return (count("translated"), count("fuzzy"), count("untranslated"))
    }

    @Test(.enabled(if: available, "../shared/corpus/strings is not beside the checkout"))
    func realCataloguesHaveTheEntriesMsgfmtCounts() throws {
        for url in Self.clocks {
            let (bitext, diagnostics) = try Self.read(url)
            let counts = try Self.statistics(url)
            #expect(counts.translated == 187)
            let entryStarts = bitext.pairs.filter { pair in
                pair.unit?.attributes[POUnitFields.pluralFormAttribute].map { $0 == "msgid msgstr[0]" } ?? true
            }
            #expect(entryStarts.count == counts.translated + counts.untranslated, "\(url.lastPathComponent)")
            #expect(entryStarts.filter { !$0.target.isEmpty }.count == counts.translated, "\(url.lastPathComponent)")
            #expect(bitext.sourceLanguage == .english && bitext.targetLanguage == .chinese)
            #expect(diagnostics.items.contains { $0.message.hasPrefix("5") && $0.message.contains("obsolete entries are not checked") })
        }
        let (simplified, _) = try Self.read(Self.clocks[0])
        #expect(simplified.fileInfo?.targetLanguageTag == "zh_CN")
        #expect(simplified.pairs.count == 189, "187 entries, two of them plural with one Chinese form: two more pairs")
    }

    @Test(.enabled(if: available, "../shared/corpus/strings is not beside the checkout"))
    func theOneChineseFormIsPairedWithBothEnglishForms() throws {
        let (bitext, _) = try Self.read(Self.clocks[0])
        let forms = bitext.pairs.filter { $0.unit?.attributes[POUnitFields.pluralFormAttribute] != nil }
        let behind = forms.filter { $0.targetText == "晚 %s 小时" }
        try #require(behind.count == 2)
        #expect(behind.map(\.sourceText) == ["%s hour behind", "%s hours behind"])
        #expect(behind.map { $0.unit?.attributes[POUnitFields.pluralFormAttribute] } == ["msgid msgstr[0]", "msgid_plural msgstr[0]"])
        // Lines: msgid 774, msgid_plural 775, msgstr[0] 776 of the file.
        #expect(behind.map(\.sourceLine) == [774, 775])
        #expect(behind.map(\.targetLine) == [776, 776])
        #expect(behind.allSatisfy { $0.unit?.formatFlags == ["c-format"] })
        let comment = behind[0].unit?.properties.first { $0.type == POUnitFields.extractedComment }?.value
        #expect(comment == "Translators: The (possibly fractical) number hours in the past\n(relative to local) the clock/location is")
        #expect(behind[0].unit?.properties.contains(UnitProperty(type: POUnitFields.reference, value: "src/utils.vala:72")) == true)
    }

    @Test(.enabled(if: available, "../shared/corpus/strings is not beside the checkout"))
    func contextsReferencesAndLinesAreRead() throws {
        let (bitext, _) = try Self.read(Self.clocks[0])
        let shortcuts = bitext.pairs.filter { $0.unit?.attributes[POUnitFields.contextAttribute] == "shortcut window" }
        #expect(shortcuts.count == 20)
        let clocks = try #require(bitext.pairs.first { $0.sourceText == "Clocks" })
        #expect(clocks.targetText == "时钟")
        #expect(clocks.sourceLine == 33 && clocks.targetLine == 34)
        #expect(clocks.unit?.properties.filter { $0.type == POUnitFields.reference }.count == 8)
        // A string continued over lines is one text, its line the keyword's.
        let search = try #require(bitext.pairs.first { $0.sourceText.hasPrefix("time;timer;alarm") })
        #expect(search.targetText == "time;timer;alarm;world clock;stopwatch;time zone;钟;表;定时;计时;时间;时区;")
        #expect(search.targetLine == 43)
        let header = bitext.fileInfo?.properties.first { $0.type == POUnitFields.header }?.value
        #expect(header?.hasPrefix("Project-Id-Version: gnome-clocks master\n") == true)
    }

    @Test(.enabled(if: available, "../shared/corpus/strings is not beside the checkout"))
    func realCataloguesComeBackByteForByte() throws {
        for url in Self.clocks {
            let (bitext, _) = try Self.read(url)
            #expect(try Self.written(bitext) == (try TestData.text(url)), "\(url.lastPathComponent)")
        }
    }

    /// The Python documentation catalogues are long wrapped paragraphs of Chinese and reST:
    /// the writer lays them out exactly as `msgcat` (gettext 0.21) does, byte for byte.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: pythonDocs.path), "../shared/corpus/hant/python-docs-zh-tw is missing"))
    func writtenCataloguesAreLaidOutAsMsgcatLaysThemOut() throws {
        let files = try #require(FileManager.default.enumerator(atPath: Self.pythonDocs.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".po") })
        #expect(files.count >= 18)
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var identical = 0
        for file in files {
            let url = Self.pythonDocs.appendingPathComponent(file)
            let normalised = folder.appendingPathComponent("msgcat.po")
            let run = try Self.gettext("msgcat", [url.path, "-o", normalised.path])
            try #require(run.status == 0, "msgcat \(file): \(run.error)")
            let (bitext, _) = try Self.read(url)
            let written = try Self.written(bitext)
            if written == (try TestData.text(url)) { identical += 1 }
            // Fuzzy and obsolete entries are kept as written; msgcat rewraps them, so compare
            // the catalogue msgcat makes of each.
            let ours = folder.appendingPathComponent("ours.po")
            try written.write(to: ours, atomically: true, encoding: .utf8)
            let oursNormalised = folder.appendingPathComponent("ours-msgcat.po")
            _ = try Self.gettext("msgcat", [ours.path, "-o", oursNormalised.path])
            #expect(try TestData.text(oursNormalised) == (try TestData.text(normalised)), "\(file)")
        }
        // All but library/exceptions.po, which gettext 0.21 itself rewraps in one entry.
        #expect(identical == files.count - 1)
    }

    @Test(.enabled(if: available, "../shared/corpus/strings is not beside the checkout"))
    func everyEntryComesBackThroughXLIFF2AndTMX() throws {
        for url in Self.clocks {
            let original = try TestData.text(url)
            let (bitext, _) = try Self.read(url)
            var diagnostics = Diagnostics()
            let xliff = try XLIFF2Writer().write(bitext, findings: [], context: Self.context)
            let fromXLIFF = try XLIFFBitextReader().read(.data(xliff, path: "clocks.xlf"), diagnostics: &diagnostics)
            #expect(try Self.written(fromXLIFF) == original, "\(url.lastPathComponent) through XLIFF 2")

            let tmx = try TMXWriter().write(bitext, findings: [], context: Self.context)
            let fromTMX = try TMXBitextReader().read(.data(tmx, path: "clocks.tmx"), diagnostics: &diagnostics)
            let throughTMX = try Self.written(fromTMX)
            let current = try POParser(path: "a").entries(in: original).filter { !$0.isObsolete }.map(Self.withoutLines)
            let back = try POParser(path: "b").entries(in: throughTMX).filter { !$0.isObsolete }.map(Self.withoutLines)
            #expect(back.count == current.count, "\(url.lastPathComponent) through TMX")
            // Context, plural forms, flags, comments, references and header, entry by entry.
            for (read, expected) in zip(back, current) where read != expected {
                Issue.record("\(url.lastPathComponent) through TMX: \(read) is not \(expected)")
                break
            }
        }
    }

    static func withoutLines(_ entry: POEntry) -> POEntry {
        var entry = entry
        entry.lines = .init()
        return entry
    }

    @Test(.enabled(if: available, "../shared/corpus/strings is not beside the checkout"))
    func writtenCataloguesPassMsgfmtCheck() throws {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let focus = TestData.shared.appendingPathComponent("corpus/strings/focusios-zh-CN.xliff")
        var diagnostics = Diagnostics()
        let inputs: [AlignedBitext] = [
            try Self.read(Self.clocks[0]).0,
            try XLIFFBitextReader().read(.file(focus.path), diagnostics: &diagnostics),
        ]
        for (index, bitext) in inputs.enumerated() {
            let file = folder.appendingPathComponent("out\(index).po")
            try Self.written(bitext).write(to: file, atomically: true, encoding: .utf8)
            let run = try Self.gettext("msgfmt", ["-c", "--check-format", "-o", "/dev/null", file.path])
            #expect(run.status == 0, "msgfmt -c --check-format: \(run.error)")
        }
        // Every one of the Xcode export's 258 units is a message.
        let counts = try Self.statistics(folder.appendingPathComponent("out1.po"))
        #expect(counts.translated == 258)
    }

    /// Layout decisions checked against msgcat itself on text made to hit them: escapes,
    /// a URL, fullwidth brackets after Latin, `no-wrap`, previous strings, obsolete entries.
    @Test func hardCasesAreWrappedAsMsgcatWrapsThem() throws {
        let folder = try TestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("hard.po")
        try #"""
            msgid ""
            msgstr ""
            "Content-Type: text/plain; charset=UTF-8\n"
            "Language: zh_CN\n"
            "Plural-Forms: nplurals=1; plural=0;\n"

            # A translator's note
            #
            #.  Extracted, with an indent
            #: src/a.c:1 src/a.c:2 src/a.c:3 src/a.c:4 src/a.c:5 src/a.c:6 src/a.c:7 src/a.c:8 src/a.c:9
            #, c-format
            msgid "Report bugs at https://gitlab.gnome.org/GNOME/gnome-clocks/issues/ or write to \"%s\"\n\tthanks"
            msgstr "请在 https://gitlab.gnome.org/GNOME/gnome-clocks/issues/ 报告问题，或写信给“%s”（英文）\n\t谢谢"

            #, no-wrap
            msgid "A very long line that would be wrapped anywhere else but this entry says no-wrap so it stays whole"
            msgstr "一行很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长的文字"

            #| msgid "Old text"
            msgctxt "menu"
            msgid "Use the dictionary（字典）key"
            msgstr "使用 dictionary（字典）鍵值來查找 :class:`str`、:class:`int`、:class:`float`、:class:`bool`、``None``）的 dictionary（字典）鍵值"

            msgid "\\ backslash, octal \303\251 and hex \x41"
            msgstr "反斜线 \\、é 和 A"

            #~ msgid "Gone"
            #~ msgstr "没了"
            """#.write(to: source, atomically: true, encoding: .utf8)
        let normalised = folder.appendingPathComponent("msgcat.po")
        let run = try Self.gettext("msgcat", [source.path, "-o", normalised.path])
        try #require(run.status == 0, "msgcat: \(run.error)")
        let expected = try TestData.text(normalised)
        let (bitext, _) = try Self.read(expected)
        #expect(try Self.written(bitext) == expected)
        let (original, _) = try Self.read(try TestData.text(source))
        let escaped = try #require(original.pairs.first { $0.sourceText.hasPrefix("\\ backslash") })
        #expect(escaped.sourceText == "\\ backslash, octal é and hex A")
        let report = try #require(original.pairs.first { $0.sourceText.hasPrefix("Report") })
        #expect(report.sourceText.hasSuffix("\"%s\"\n\tthanks"))
    }

    @Test func fuzzyEntriesAreNotCheckedAndStayWhereTheyWere() throws {
        let text = """
            msgid ""
            msgstr "Language: zh_CN\\n"

            msgid "Open"
            msgstr "打开"

            #, fuzzy, c-format
            #| msgid "Close %s"
            msgid "Close %d"
            msgstr "关闭 %s"

            msgid "Save"
            msgstr "保存"

            """
        let (bitext, diagnostics) = try Self.read(text)
        #expect(bitext.pairs.map(\.sourceText) == ["Open", "Save"])
        #expect(diagnostics.items.map(\.message) == ["1 fuzzy entry is not checked; PO output keeps it as written"])
        #expect(try Self.written(bitext) == text)
    }

    @Test func templatesReadAsUntranslated() throws {
        let text = """
            # SOME DESCRIPTIVE TITLE.
            #, fuzzy
            msgid ""
            msgstr ""
            "Project-Id-Version: PACKAGE VERSION\\n"
            "Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"

            #: src/main.c:3
            msgid "Quit"
            msgstr ""

            #, c-format
            msgid "%d file"
            msgid_plural "%d files"
            msgstr[0] ""
            msgstr[1] ""

            """
        var diagnostics = Diagnostics()
        let bitext = try POBitextReader().read(text, path: "clocks.pot", diagnostics: &diagnostics)
        #expect(bitext.pairs.map(\.sourceText) == ["Quit", "%d file", "%d files"])
        #expect(bitext.pairs.allSatisfy { $0.target.isEmpty })
        #expect(bitext.targetLanguage == .chinese)
        #expect(try Self.written(bitext) == text)
    }

    @Test func brokenCataloguesAreErrorsNamingFileAndLine() {
        let cases: [(text: String, line: Int, words: String)] = [
            ("msgid \"Open\nmsgstr \"打开\"\n", 1, "unterminated string"),
            ("msgstr \"打开\"\n", 1, "msgstr without msgid"),
            ("msgid \"Open\"\n\nmsgid \"Close\"\nmsgstr \"关闭\"\n", 1, "no msgstr"),
            ("msgid \"a\"\nmsgid_plural \"b\"\nmsgstr[1] \"x\"\n", 3, "out of order"),
            ("msgid \"a\"\nmsgstr \"x\" trailing\n", 2, "after the closing"),
            ("msgid \"a\"\nmsgstr \"\\q\"\n", 2, "not an escape"),
            ("\"orphan\"\n", 1, "continues nothing"),
            ("msgid \"a\"\nmsgstr \"b\"\nmsgtext \"c\"\n", 3, "not a PO keyword"),
        ]
        for entry in cases {
            do {
                _ = try Self.read(entry.text, path: "broken.po")
                Issue.record("read without error: \(entry.text)")
            } catch let error as InputError {
                #expect(error.position.file == "broken.po")
                #expect(error.position.line == entry.line, "\(entry.text): \(error)")
                #expect(error.message.contains(entry.words), "\(error)")
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    /// Every cut of a real catalogue reads or is refused with an error; none crashes.
    @Test(.enabled(if: available, "../shared/corpus/strings is not beside the checkout"))
    func cutCataloguesAreReadOrRefusedNeverACrash() throws {
        let text = try TestData.text(Self.clocks[0])
        let scalars = Array(text.unicodeScalars)
        var refused = 0
        for end in stride(from: 0, to: scalars.count, by: 97) {
            var cut = String.UnicodeScalarView()
            cut.append(contentsOf: scalars[..<end])
            do {
                let (bitext, _) = try Self.read(String(cut), path: "cut.po")
                _ = try Self.written(bitext)
            } catch let error as InputError {
                #expect(error.position.file == "cut.po" && error.position.line != nil)
                refused += 1
            }
        }
        #expect(refused > 0)
    }

    @Test func flagsTravelThroughXLIFFAndTMXForThePlaceholderCheck() throws {
        let (bitext, _) = try Self.read("msgid \"\"\nmsgstr \"\"\n\n#, python-format\nmsgid \"%(n)s left\"\nmsgstr \"剩余 %(n)s\"\n")
        var diagnostics = Diagnostics()
        let xliff = try XLIFF2Writer().write(bitext, findings: [], context: Self.context)
        let fromXLIFF = try XLIFFBitextReader().read(.data(xliff, path: "a.xlf"), diagnostics: &diagnostics)
        let xliff12 = try XLIFF12Writer().write(bitext, findings: [], context: Self.context)
        let fromXLIFF12 = try XLIFFBitextReader().read(.data(xliff12, path: "b.xlf"), diagnostics: &diagnostics)
        let tmx = try TMXWriter().write(bitext, findings: [], context: Self.context)
        let fromTMX = try TMXBitextReader().read(.data(tmx, path: "c.tmx"), diagnostics: &diagnostics)
        for read in [fromXLIFF, fromXLIFF12, fromTMX] {
            #expect(read.pairs.first?.unit?.formatFlags == ["python-format"])
            #expect(read.pairs.first?.unit?.properties.contains { $0.type.hasPrefix("x-bitext-") } == false)
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: CommandLineTests.executable.path)))
    func unknownBilingualExtensionsAreToldEveryExtensionBitextReads() throws {
        let run = try Subprocess.run(CommandLineTests.executable.path, ["check", "strings.docx"])
        #expect(run.status == 2)
        for row in FileExtensions.table where row.bilingual != nil {
            for name in row.extensions { #expect(run.error.contains(".\(name)"), "\(name) missing from: \(run.error)") }
        }
        #expect(run.error.contains(".po") && run.error.contains(".pot") && run.error.contains(".xcstrings"))
    }
}
