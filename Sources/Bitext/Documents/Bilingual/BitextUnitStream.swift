import Foundation

/// A bilingual file read one unit at a time, so that files of any size are converted and
/// checked in bounded memory.
public protocol BitextUnitStream: AnyObject {
    var path: String { get }
    /// Known as soon as the stream is open: the readers read ahead to the first unit.
    var sourceLanguage: Language { get }
    var targetLanguage: Language { get }
    var fileInfo: BilingualFileInfo { get }
    /// The next pair, numbered from 0 in file order; nil at the end of the file.
    func next(diagnostics: inout Diagnostics) throws -> AlignedPair?
}

/// Where an XML reader reads from: a file read as it goes, or bytes in memory (tests, fuzzing).
public enum XMLInput: Sendable {
    case file(String)
    case data(Data, path: String)

    var path: String {
        switch self {
        case .file(let path), .data(_, let path): path
        }
    }

    func open() throws -> XMLStreamReader {
        switch self {
        case .file(let path): try XMLStreamReader(file: path)
        case .data(let data, let path): try XMLStreamReader(data: data, path: path)
        }
    }
}

/// A reader that can hand out units one at a time.
public protocol StreamingBitextReader: BitextReader {
    func open(_ input: XMLInput, diagnostics: inout Diagnostics) throws -> any BitextUnitStream
}

extension StreamingBitextReader {
    /// Decoded text is handed to libxml2 as UTF-8, whatever the XML declaration says.
    public func read(_ text: String, path: String, diagnostics: inout Diagnostics) throws -> AlignedBitext {
        try read(.data(Data(text.utf8), path: path), diagnostics: &diagnostics)
    }

    /// Reads a whole file or buffer into an `AlignedBitext`.
    public func read(_ input: XMLInput, diagnostics: inout Diagnostics) throws -> AlignedBitext {
        let stream = try open(input, diagnostics: &diagnostics)
        var pairs: [AlignedPair] = []
        while let pair = try stream.next(diagnostics: &diagnostics) {
            pairs.append(pair)
        }
        var bitext = AlignedBitext(
            sourceLanguage: stream.sourceLanguage, targetLanguage: stream.targetLanguage,
            sourcePath: input.path, targetPath: input.path, pairs: pairs)
        bitext.fileInfo = stream.fileInfo
        return bitext
    }

    public func read(contentsOf path: String, encoding: TextEncoding?, diagnostics: inout Diagnostics) throws -> AlignedBitext {
        try read(.file(path), diagnostics: &diagnostics)
    }
}

/// What the three XML readers share when they turn a unit into a pair.
struct BilingualPairBuilder {
    var sourceLanguage: Language = .english
    var targetLanguage: Language = .chinese
    private(set) var count = 0

    /// The first pair waits here: it is made when the first unit settles the languages,
    /// before the stream is returned, and handed out by the first `next`.
    private var firstPair: AlignedPair?

    /// One side of a unit as read: text with markers, codes, the line of its element.
    struct Side {
        var segments: [(text: String, codes: [InlineCode], line: Int)] = []
        var isEmpty: Bool { segments.isEmpty }
    }

    /// A unit as read, before it becomes a pair.
    struct ReadUnit {
        var source: Side
        var target: Side
        var unit: TranslationUnitInfo
        var score: Double = 1
    }

    mutating func pair(_ read: ReadUnit) -> AlignedPair {
        pair(source: read.source, target: read.target, unit: read.unit, score: read.score)
    }

    /// Settles the languages with the first unit (see `settleLanguages`) and holds its pair.
    mutating func start(with first: ReadUnit?, sourceTag: String?, targetTag: String?, path: String, diagnostics: inout Diagnostics) {
        settleLanguages(
            sourceTag: sourceTag, targetTag: targetTag,
            firstSource: first?.source.segments.first?.text ?? "", firstTarget: first?.target.segments.first?.text ?? "",
            path: path, diagnostics: &diagnostics)
        firstPair = first.map { pair($0) }
    }

    /// The held first pair, once.
    mutating func takeFirstPair() -> AlignedPair? {
        defer { firstPair = nil }
        return firstPair
    }

    mutating func pair(source: Side, target: Side, unit: TranslationUnitInfo, score: Double = 1) -> AlignedPair {
        let index = count
        count += 1
        func segments(_ side: Side) -> [Segment] {
            side.segments.map { Segment(index: index, text: $0.text, line: $0.line, block: index, codes: $0.codes) }
        }
        var pair = AlignedPair(
            index: index, source: segments(source), target: segments(target), score: score,
            sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        pair.unit = unit
        return pair
    }

    /// Settles the languages from the file's tags, or from the first unit's text when a tag
    /// is missing or names a language bitext does not check.
    mutating func settleLanguages(
        sourceTag: String?, targetTag: String?, firstSource: String, firstTarget: String,
        path: String, diagnostics: inout Diagnostics
    ) {
        let source = Language(tag: sourceTag) ?? Language.detect(InlineCode.plainText(firstSource)) ?? .english
        var target = Language(tag: targetTag) ?? Language.detect(InlineCode.plainText(firstTarget)) ?? source.other
        for tag in [sourceTag, targetTag] {
            if let tag, Language(tag: tag) == nil {
                diagnostics.warn("language \(tag) is neither English nor Chinese; checks read it as \(tag == sourceTag ? source : target)", file: path)
            }
        }
        if target == source {
            diagnostics.warn("source and target look like the same language (\(source.rawValue))", file: path)
            target = source.other
        }
        sourceLanguage = source
        targetLanguage = target
    }
}

extension Language {
    /// The language a BCP 47 tag names (`en-US`, `zh-Hans-CN`, `ZH_cn`), or nil.
    init?(tag: String?) {
        guard let tag else { return nil }
        let primary = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        switch primary {
        case "en", "eng": self = .english
        case "zh", "zho", "chi", "cmn": self = .chinese
        default: return nil
        }
    }
}
