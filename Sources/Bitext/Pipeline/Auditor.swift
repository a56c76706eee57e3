import Foundation

/// The whole job in one place: read, segment, align, check. The CLI and tests call this;
/// writing outputs is separate (`AuditOutputs`) so that a run can be inspected first.
public struct Auditor: Sendable {
    public struct Options: Sendable {
        public var glossary: Glossary
        public var checks: CheckConfiguration
        public var presegmented: Bool
        public var encoding: TextEncoding?
        public var sourceFormat: DocumentFormat?
        public var targetFormat: DocumentFormat?
        /// How documents are read (front-matter keys translated).
        public var reading = ReadingOptions()
        /// Forced languages; detected from the text when nil.
        public var sourceLanguage: Language?
        public var targetLanguage: Language?
        /// The source-language catalogue a key catalogue's sources are joined with
        /// (`--source-catalogue`); bilingual files only.
        public var sourceCatalogue: SourceCatalogueJoin?
        /// `--strict`: a bilingual file with a slip its producer made that bitext would read
        /// with a warning is refused (`Diagnostics.strict`).
        public var strict = false

        public init(
            glossary: Glossary = .empty, checks: CheckConfiguration = .default, presegmented: Bool = false,
            encoding: TextEncoding? = nil, sourceFormat: DocumentFormat? = nil, targetFormat: DocumentFormat? = nil
        ) {
            self.glossary = glossary
            self.checks = checks
            self.presegmented = presegmented
            self.encoding = encoding
            self.sourceFormat = sourceFormat
            self.targetFormat = targetFormat
        }
    }

    public var options: Options
    public var aligner: any DocumentAligning

    public init(options: Options = Options(), aligner: any DocumentAligning = DocumentAligner()) {
        self.options = options
        self.aligner = aligner
    }

    /// Aligns two monolingual documents and checks the result.
    public func audit(sourcePath: String, targetPath: String) throws -> AuditResult {
        var diagnostics = Diagnostics()
        let aligned = try align(sourcePath: sourcePath, targetPath: targetPath, diagnostics: &diagnostics)
        let bitext = aligned.bitext
        let suppressions = Suppressions(aligned.target.document)
        let checked = CheckRunner(configuration: options.checks, glossary: options.glossary).runKeepingTermMatches(on: bitext)
        let silenced = checked.findings.filter(suppressions.suppresses)
        var result = AuditResult(
            bitext: bitext, source: aligned.source, target: aligned.target,
            findings: silenced.isEmpty ? checked.findings : checked.findings.filter { !suppressions.suppresses($0) },
            diagnostics: diagnostics.items, glossary: options.glossary)
        result.termMatches = checked.termMatches
        result.suppressedByCheck = Dictionary(grouping: silenced, by: \.check).mapValues(\.count)
        return result
    }

    /// Reads, segments and aligns two documents; the two are read at the same time. Warns
    /// when they are in one language or do not look like source and translation.
    public func align(sourcePath: String, targetPath: String, diagnostics: inout Diagnostics) throws -> AlignedDocumentPair {
        let segmenter = Segmenter(presegmented: options.presegmented)
        let inputs = [
            (path: sourcePath, format: options.sourceFormat, language: options.sourceLanguage),
            (path: targetPath, format: options.targetFormat, language: options.targetLanguage),
        ]
        let encoding = options.encoding
        let reading = options.reading
        let slots = ResultSlots<Result<(SegmentedDocument, Diagnostics), Error>>(count: 2)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            var documentDiagnostics = Diagnostics()
            slots.set(index, Result {
                let document = try DocumentLoader.load(
                    path: inputs[index].path, format: inputs[index].format, language: inputs[index].language,
                    encoding: encoding, reading: reading, diagnostics: &documentDiagnostics)
                return (segmenter.segment(document), documentDiagnostics)
            })
        }
        var documents: [SegmentedDocument] = []
        for slot in slots.values {
            let (document, documentDiagnostics) = try slot!.get()
            diagnostics.append(contentsOf: documentDiagnostics)
            documents.append(document)
        }
        let (source, target) = DeclaredLanguages(source: options.sourceLanguage, target: options.targetLanguage).reconcile(
            source: documents[0], target: documents[1], segmenter: segmenter, diagnostics: &diagnostics)
        let textless = [source, target].filter(\.segments.isEmpty)
        for document in textless {
            diagnostics.note("has no text to check: only structure (front matter, code, tables, images, links)", file: document.path)
        }
        if textless.isEmpty, source.language == target.language {
            diagnostics.warn(
                "source and target are both \(source.language.name); "
                    + "\(targetPath) does not look like a translation of \(sourcePath)",
                file: targetPath)
        }
        let alignment = aligner.align(source: source, target: target)
        if source.language != target.language, let share = Self.unsureShare(alignment), share >= Self.notATranslationShare {
            diagnostics.warn(
                "\(targetPath) does not look like a translation of \(sourcePath): the aligner is unsure about "
                    + "\(Int((share * 100).rounded()))% of the pairs it could form",
                file: targetPath)
        }
        return AlignedDocumentPair(source: source, target: target, alignment: alignment)
    }

    /// Aligns several file pairs using every core, the dictionary loaded once: a corpus of
    /// chapters takes the time of its longest chapters. Results keep the order of `pairs`.
    public func alignAll(_ pairs: [(source: String, target: String)]) -> [Result<(pair: AlignedDocumentPair, diagnostics: Diagnostics), InputError>] {
        let results = ResultSlots<Result<(pair: AlignedDocumentPair, diagnostics: Diagnostics), InputError>>(count: pairs.count)
        do {
            try BilingualLexicon.loadBundled()
        } catch {
            return pairs.map { _ in .failure(error) }
        }
        DispatchQueue.concurrentPerform(iterations: pairs.count) { index in
            var diagnostics = Diagnostics()
            do {
                let pair = try align(sourcePath: pairs[index].source, targetPath: pairs[index].target, diagnostics: &diagnostics)
                results.set(index, .success((pair, diagnostics)))
            } catch let error as InputError {
                results.set(index, .failure(error))
            } catch {
                results.set(index, .failure(InputError(file: pairs[index].source, "\(error)")))
            }
        }
        return results.values.map { $0! }
    }

    /// Checks a bilingual file (TSV and other formats of `BitextFormat`) as it is paired.
    /// TMX and XLIFF are streamed: a file of more than `checkChunkSize` pairs is checked a
    /// chunk at a time, in bounded memory (see `checkInChunks`).
    public func audit(bitextPath path: String, format: BitextFormat) throws -> AuditResult {
        var diagnostics = Diagnostics(strict: options.strict)
        guard let reader = format.reader as? any StreamingBitextReader else {
            // Read whole, so held to the input limit; streamed formats are not.
            try InputSizeLimit.requireWithinLimit(path)
            var bitext = try format.reader.read(contentsOf: path, encoding: options.encoding, diagnostics: &diagnostics)
            if let join = options.sourceCatalogue {
                bitext = join.join(bitext, diagnostics: &diagnostics)
            } else {
                var census = MessageKeyCensus()
                census.count(bitext.pairs)
                census.report(file: path, language: bitext.sourceLanguage, fileInfo: bitext.fileInfo, diagnostics: &diagnostics)
            }
            return AuditResult(
                bitext: bitext, source: nil, target: nil, findings: check(bitext), diagnostics: diagnostics.items,
                glossary: options.glossary)
        }
        let stream = try reader.open(.file(path), diagnostics: &diagnostics)
        return try checkInChunks(
            options.sourceCatalogue.map { SourceCatalogueJoinedStream(stream, join: $0) } ?? stream, diagnostics: diagnostics)
    }

    /// Pairs checked together, by one core: enough for the length ratios that omission and
    /// addition learn from a chunk, small enough that a few chunks in flight take little memory.
    public static let checkChunkSize = 5_000
    /// A stream of at most this many pairs is kept whole, so that reports can show its pairs.
    public static let wholeResultLimit = 50_000

    /// Checks a stream of pairs chunk by chunk (`checkChunkSize`), on every core while the
    /// next chunk is read. Pair checks see every pair; the document checks (inconsistent
    /// terms, repeated sources or targets translated differently) join what each chunk holds
    /// and compare across the whole file. The result has the bitext when the stream holds at
    /// most `wholeResultLimit` pairs; beyond that it keeps only findings and counts.
    func checkInChunks(
        _ stream: any BitextUnitStream, diagnostics: Diagnostics, chunkSize: Int = checkChunkSize,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws -> AuditResult {
        var diagnostics = diagnostics
        var header = AlignedBitext(
            sourceLanguage: stream.sourceLanguage, targetLanguage: stream.targetLanguage,
            sourcePath: stream.path, targetPath: stream.path, pairs: [])
        header.fileInfo = stream.fileInfo
        let pipeline = ChunkCheckPipeline(runner: CheckRunner(configuration: options.checks, glossary: options.glossary), workers: workers)
        var kept: [AlignedPair]? = []
        var counts = StreamedPairCounts()
        var census = MessageKeyCensus()
        var chunks = 0
        do {
            while true {
                var chunk = header
                chunk.pairs.reserveCapacity(chunkSize)
                while chunk.pairs.count < chunkSize, let pair = try stream.next(diagnostics: &diagnostics) {
                    chunk.pairs.append(pair)
                }
                if chunk.pairs.isEmpty { break }
                chunks += 1
                counts.add(chunk.pairs)
                census.count(chunk.pairs)
                kept? += chunk.pairs
                if let whole = kept, whole.count > Self.wholeResultLimit { kept = nil }
                pipeline.submit(chunk)
                if chunk.pairs.count < chunkSize { break }
            }
        } catch {
            pipeline.abandon()
            throw error
        }
        let findings = pipeline.finish(document: header)
        // Joined sources are reported by the join: how many keys it could not find.
        if options.sourceCatalogue == nil {
            census.report(file: stream.path, language: stream.sourceLanguage, fileInfo: stream.fileInfo, diagnostics: &diagnostics)
        }
        if chunks > 1 {
            diagnostics.note(
                "\(counts.pairs) pairs were checked in \(chunks) chunks of \(chunkSize); omission and addition "
                    + "learn the usual length ratio within a chunk",
                file: stream.path)
        }
        if let kept {
            header.pairs = kept
            return AuditResult(
                bitext: header, source: nil, target: nil, findings: findings, diagnostics: diagnostics.items, glossary: options.glossary)
        }
        var result = AuditResult(
            bitext: header, source: nil, target: nil, findings: findings, diagnostics: diagnostics.items, glossary: options.glossary)
        result.streamedCounts = counts
        return result
    }

    /// Above this share of unsure pairs, the documents are not source and translation.
    static let notATranslationShare = 0.5

    /// The share of aligned beads below the aligner's confidence threshold, when there are
    /// enough beads to judge.
    static func unsureShare(_ alignment: Alignment) -> Double? {
        let aligned = alignment.beads.filter { !$0.isUnaligned }
        guard aligned.count >= 5 else { return nil }
        return Double(alignment.lowConfidenceBeads().count) / Double(aligned.count)
    }

    public func check(_ bitext: AlignedBitext) -> [Finding] {
        CheckRunner(configuration: options.checks, glossary: options.glossary).run(on: bitext)
    }

    static func contents(of path: String) throws -> Data {
        try InputSizeLimit.contents(of: path)
    }
}
