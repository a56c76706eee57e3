import Foundation

/// Joins a key catalogue (sources are message keys: `title.edit_user`) with its source-language
/// catalogue by key, so that each translation is paired with the English it translates.
///
/// The source-language catalogue is any bilingual file bitext reads. Each of its units gives
/// its key — the unit's XLIFF 2 `name` or XLIFF 1.2 `resname`, its source text, and its `id` —
/// and its text: the target when there is one (Symfony's `messages.en.xlf` and Bolt's are
/// en → en, key → English), else a source that is not itself a key. A translated unit is
/// looked up by its `name`/`resname`, then its source, then its `id`; a unit found takes the
/// catalogue's text (inline codes and all) as its source, and keeps its own line, unit and
/// target. A unit not found keeps its source; `Tally` counts the keys left so.
public struct SourceCatalogueJoin: Sendable {
    /// The source-language catalogue, for messages.
    public let path: String
    /// Key (name, resname or source) → the text of each segment of the unit, by position.
    private var byKey: [String: [[Segment]]] = [:]
    private var byID: [String: [[Segment]]] = [:]
    /// The language most of the catalogue's texts read as.
    public private(set) var textLanguage: Language?
    public var entryCount: Int { byKey.count }

    /// Reads the catalogue at `path` (read whole: a catalogue holds one text per key).
    public static func load(path: String, encoding: TextEncoding? = nil, diagnostics: inout Diagnostics) throws -> SourceCatalogueJoin {
        guard let format = BitextFormat.inferred(fromPath: path) else {
            throw InputError(file: path, "is not a catalogue bitext reads (\(FileExtensions.bilingual))")
        }
        var readerDiagnostics = Diagnostics()
        let catalogue = try format.reader.read(contentsOf: path, encoding: encoding, diagnostics: &readerDiagnostics)
        // An en → en catalogue is what is expected here, not a file in the wrong language.
        for item in readerDiagnostics.items where !item.message.hasPrefix(Self.sameLanguageWarning) {
            diagnostics.warn(item.message, file: item.file, line: item.line, column: item.column)
        }
        return SourceCatalogueJoin(catalogue, path: path)
    }

    /// The start of the readers' warning about an en → en file.
    private static let sameLanguageWarning = "source and target look like the same language"

    public init(_ catalogue: AlignedBitext, path: String) {
        self.path = path
        var english = 0
        var other = 0
        for pair in catalogue.pairs {
            guard let text = Self.text(of: pair) else { continue }
            let position = pair.unit?.segment?.position ?? 0
            for key in Self.keys(of: pair) { Self.add(text, at: position, for: key, to: &byKey) }
            if let id = pair.unit?.id { Self.add(text, at: position, for: id, to: &byID) }
            switch Language.detect(InlineCode.plainText(text.map(\.text).joined(separator: " "))) {
            case .english: english += 1
            case .chinese: other += 1
            case nil: break
            }
        }
        if english + other > 0 { textLanguage = english >= other ? .english : .chinese }
    }

    /// The pair with the catalogue's text as its source, or nil when its key is not there.
    public func joined(_ pair: AlignedPair, sourceLanguage: Language, targetLanguage: Language) -> AlignedPair? {
        let position = pair.unit?.segment?.position ?? 0
        let found = Self.keys(of: pair).lazy.compactMap { self.byKey[$0]?.element(at: position) }.first
            ?? pair.unit?.id.flatMap { byID[$0]?.element(at: position) }
        guard let found else { return nil }
        let first = pair.source.first
        let source = found.map { segment in
            Segment(
                index: first?.index ?? pair.index, text: segment.text, line: first?.line ?? segment.line,
                block: first?.block ?? pair.index, codes: segment.codes)
        }
        return AlignedPair(
            index: pair.index, source: source, target: pair.target, score: pair.score,
            sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, unit: pair.unit)
    }

    /// What joining a file did, reported once at its end.
    public struct Tally: Sendable {
        public private(set) var units = 0
        public private(set) var joined = 0
        /// Units left with a key as source, and the first of them.
        public private(set) var unmatchedKeys = 0
        public private(set) var firstUnmatchedKey: String?

        public init() {}

        mutating func count(_ original: AlignedPair, joined: Bool) {
            guard !original.source.isEmpty else { return }
            units += 1
            if joined {
                self.joined += 1
            } else if MessageKey.isKey(original) {
                unmatchedKeys += 1
                if firstUnmatchedKey == nil { firstUnmatchedKey = original.sourceText }
            }
        }
    }

    /// Joins a pair and counts it.
    public func join(_ pair: AlignedPair, sourceLanguage: Language, targetLanguage: Language, tally: inout Tally) -> AlignedPair {
        let joined = self.joined(pair, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        tally.count(pair, joined: joined != nil)
        return joined ?? pair
    }

    /// A bilingual file read whole, joined and reported on.
    public func join(_ bitext: AlignedBitext, diagnostics: inout Diagnostics) -> AlignedBitext {
        var tally = Tally()
        var joined = bitext
        joined.pairs = bitext.pairs.map {
            join($0, sourceLanguage: bitext.sourceLanguage, targetLanguage: bitext.targetLanguage, tally: &tally)
        }
        report(tally, file: bitext.sourcePath, sourceLanguage: bitext.sourceLanguage, diagnostics: &diagnostics)
        return joined
    }

    /// The file's summary: how many sources came from the catalogue, how many keys were not
    /// there, and whether the catalogue is in the file's source language.
    public func report(_ tally: Tally, file: String, sourceLanguage: Language, diagnostics: inout Diagnostics) {
        let catalogueName = URL(fileURLWithPath: path).lastPathComponent
        if let textLanguage, textLanguage != sourceLanguage {
            diagnostics.warn(
                "the source catalogue \(path) reads as \(textLanguage.name), not \(sourceLanguage.name): "
                    + "give the catalogue of the language translated from",
                file: file)
        }
        guard tally.joined > 0 else {
            diagnostics.warn("no unit's key is in the source catalogue \(path): is it this file's catalogue?", file: file)
            return
        }
        diagnostics.note("\(tally.joined) of \(tally.units) sources were taken by key from \(catalogueName)", file: file)
        if tally.unmatchedKeys > 0 {
            diagnostics.warn(
                "\(tally.unmatchedKeys) key\(tally.unmatchedKeys == 1 ? " has" : "s have") no entry in \(catalogueName) "
                    + "(`\(tally.firstUnmatchedKey ?? "")`): \(tally.unmatchedKeys == 1 ? "it stays a key" : "they stay keys"), "
                    + "and checks that compare with the source skip \(tally.unmatchedKeys == 1 ? "it" : "them")",
                file: file)
        }
    }

    /// The catalogue unit's text in the source language: its target, else a source that is
    /// not a key.
    private static func text(of pair: AlignedPair) -> [Segment]? {
        if pair.target.contains(where: { !$0.text.isEmpty }) { return pair.target }
        if pair.source.contains(where: { !$0.text.isEmpty }), !MessageKey.isKey(pair) { return pair.source }
        return nil
    }

    /// The names a unit goes by, in the order they are trusted: its own name, then its source.
    private static func keys(of pair: AlignedPair) -> [String] {
        var keys: [String] = []
        if let name = pair.unit?.attributes["name"] { keys.append(name) }
        if let resname = pair.unit?.attributes["resname"] { keys.append(resname) }
        let source = pair.sourceText.trimmingCharacters(in: .whitespaces)
        if !source.isEmpty { keys.append(source) }
        return keys
    }

    /// Records the text of one segment of a unit; a later unit with the same key does not
    /// replace the first.
    private static func add(_ text: [Segment], at position: Int, for key: String, to table: inout [String: [[Segment]]]) {
        var segments = table[key] ?? []
        guard position == segments.count else { return }
        segments.append(text)
        table[key] = segments
    }
}

extension Array {
    fileprivate func element(at index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
