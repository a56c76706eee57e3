import Foundation

/// Converts a bilingual file (TMX, XLIFF 1.2/2, TSV) into an exchange format.
///
/// XML inputs into XML or TSV outputs stream: one unit is read, written and dropped at a
/// time, so memory stays bounded whatever the file's size. The output goes through
/// `OutputFile`: written beside the destination and renamed over it at the end, never the
/// input. JSON output (one document) and TSV input (read whole) go through memory.
public struct Converter: Sendable {
    public var context: OutputContext
    /// Input encoding for text inputs (TSV); XML declares its own.
    public var encoding: TextEncoding?
    /// The source-language catalogue whose text, joined by key, replaces each key source
    /// (`--source-catalogue`): a key catalogue becomes a bilingual file of real sources.
    public var sourceCatalogue: SourceCatalogueJoin?
    /// `--strict`: refuse an input with a slip its producer made that bitext would read
    /// with a warning (`Diagnostics.strict`).
    public var strict = false

    public init(context: OutputContext, encoding: TextEncoding? = nil) {
        self.context = context
        self.encoding = encoding
    }

    /// What a conversion did.
    public struct Result: Sendable {
        public var pairs: Int
        public var diagnostics: [Diagnostic]
    }

    public func convert(
        inputPath: String, inputFormat: BitextFormat? = nil, outputPath: String, to format: ExportFormat
    ) throws -> Result {
        guard let inputFormat = inputFormat ?? BitextFormat.inferred(fromPath: inputPath) else {
            throw InputError(file: inputPath, "is not a bilingual file bitext reads (\(FileExtensions.bilingual))")
        }
        let output = URL(fileURLWithPath: outputPath)
        // Before anything is read: writing checks again, but only once the input is read.
        let inputs = [inputPath] + [sourceCatalogue?.path].compactMap { $0 }
        try OutputFile.refuseOverwriting(inputs, with: outputPath)
        var diagnostics = Diagnostics(strict: strict)
        var lostElements = 0
        var ignorables = IgnorableLoss(format: format)
        let pairs: Int
        if let reader = inputFormat.reader as? any StreamingBitextReader, let writer = format.writer as? any StreamingBitextWriter {
            let opened = try reader.open(.file(inputPath), diagnostics: &diagnostics)
            let stream = sourceCatalogue.map { SourceCatalogueJoinedStream(opened, join: $0) } ?? opened
            var header = AlignedBitext(
                sourceLanguage: stream.sourceLanguage, targetLanguage: stream.targetLanguage,
                sourcePath: inputPath, targetPath: inputPath, pairs: [])
            header.fileInfo = stream.fileInfo
            lostElements += stream.fileInfo.preserved.filter { !format.carries($0) }.count
            var count = 0
            // Parsing runs on a second core while this one writes.
            let prefetched = PrefetchingPairStream(stream)
            do {
                try OutputFile.write(to: output, inputs: inputs) { temporaryPath in
                    let session = try writer.session(header: header, context: context, toFileAt: temporaryPath)
                    while let pair = try prefetched.next() {
                        if let unit = pair.unit {
                            lostElements += (unit.preserved + (unit.fileHeader?.preserved ?? [])).filter { !format.carries($0) }.count
                            ignorables.count(unit)
                        }
                        try session.write(pair, findings: [])
                        count += 1
                    }
                    try session.finish()
                }
            } catch {
                _ = prefetched.close()
                throw error
            }
            diagnostics.append(contentsOf: prefetched.close())
            pairs = count
        } else {
            var bitext = try inputFormat.reader.read(contentsOf: inputPath, encoding: encoding, diagnostics: &diagnostics)
            if let join = sourceCatalogue {
                bitext = join.join(bitext, diagnostics: &diagnostics)
            }
            lostElements += (bitext.fileInfo?.preserved ?? []).filter { !format.carries($0) }.count
            lostElements += bitext.pairs.reduce(0) { count, pair in
                count + ((pair.unit?.preserved ?? []) + (pair.unit?.fileHeader?.preserved ?? [])).filter { !format.carries($0) }.count
            }
            bitext.pairs.forEach { pair in pair.unit.map { ignorables.count($0) } }
            let data = try format.writer.write(bitext, findings: [], context: context)
            try OutputFile.write(data, to: output, inputs: inputs)
            pairs = bitext.pairs.count
        }
        if lostElements > 0 {
            let (one, many) = inputFormat.keptPartNames
            diagnostics.warn(
                "\(lostElements) \(lostElements == 1 ? one : many) of the input \(lostElements == 1 ? "has" : "have") no place in \(format.rawValue) and \(lostElements == 1 ? "is" : "are") left out",
                file: inputPath)
        }
        ignorables.report(file: inputPath, to: &diagnostics)
        return Result(pairs: pairs, diagnostics: diagnostics.items)
    }

    /// Ignorables an output cannot carry whole: TSV has no place for them at all; TMX and
    /// XLIFF 1.2 (but for its own `<seg-source>` units) carry their text in properties,
    /// without inline codes.
    struct IgnorableLoss {
        let format: ExportFormat
        private(set) var dropped = 0
        private(set) var withoutCodes = 0

        init(format: ExportFormat) {
            self.format = format
        }

        mutating func count(_ unit: TranslationUnitInfo) {
            guard let segment = unit.segment, segment.isStructured else { return }
            for ignorable in segment.ignorablesBefore + segment.ignorablesAfter {
                switch format {
                case .tsv, .po, .xcstrings: dropped += 1
                // XLIFF 1.2's own units keep theirs in `<seg-source>`, codes and all.
                case .xliff12 where unit.attributesOrigin == .xliff12: break
                case .tmx, .xliff12: if ignorable.hasCodes { withoutCodes += 1 }
                case .xliff, .json: break
                }
            }
        }

        func report(file: String, to diagnostics: inout Diagnostics) {
            if dropped > 0 {
                diagnostics.warn(
                    "\(dropped) <ignorable> text\(dropped == 1 ? " has" : "s have") no place in \(format.rawValue) and \(dropped == 1 ? "is" : "are") left out",
                    file: file)
            }
            if withoutCodes > 0 {
                diagnostics.warn(
                    "\(withoutCodes) <ignorable>\(withoutCodes == 1 ? " holds" : "s hold") inline codes, which \(format.rawValue) properties cannot carry: the text is kept, the codes are not",
                    file: file)
            }
        }
    }
}

extension ExportFormat {
    /// Whether the output keeps an element of the input it has no model for: its own
    /// format's as they were, any other in XLIFF 2 (`bx:preserved`) and JSON (as XML text).
    func carries(_ preserved: PreservedXML) -> Bool {
        switch self {
        // TMX and XLIFF 1.2 carry another format's elements in bitext's properties
        // (`x-bitext-preserved.`, `x-bitext-file-preserved.`).
        case .xliff, .json, .tmx, .xliff12: true
        case .tsv, .po, .xcstrings: preserved.origin == origin
        }
    }

    /// The format whose elements this output can carry as they were read.
    var origin: InlineCode.Origin? {
        switch self {
        case .tmx: .tmx
        case .xliff: .xliff2
        case .xliff12: .xliff12
        case .po: .po
        case .xcstrings: .xcstrings
        case .tsv, .json: nil
        }
    }
}

extension BitextFormat {
    /// What a reader of this format keeps as text (`PreservedXML`), named for messages.
    var keptPartNames: (one: String, many: String) {
        switch self {
        case .po: ("fuzzy or obsolete entry", "fuzzy or obsolete entries")
        case .xcstrings: ("String Catalog part kept as JSON (other localizations, settings)", "String Catalog parts kept as JSON (other localizations, settings)")
        case .tsv, .tmx, .xliff: ("extension element", "extension elements")
        }
    }
}
