import Foundation

/// A source document, its translation, and their alignment: what `bitext align` produces.
public struct AlignedDocumentPair: Sendable {
    public var source: SegmentedDocument
    public var target: SegmentedDocument
    public var alignment: Alignment

    public init(source: SegmentedDocument, target: SegmentedDocument, alignment: Alignment) {
        self.source = source
        self.target = target
        self.alignment = alignment
    }

    /// Loads, segments and aligns two files.
    /// - Parameter presegmented: the files hold one sentence per line (as alignment corpora do).
    /// - Throws: `InputError` naming the file that cannot be read or decoded.
    public static func load(
        sourcePath: String, targetPath: String, presegmented: Bool = false, encoding: TextEncoding? = nil,
        aligner: any DocumentAligning = DocumentAligner(), diagnostics: inout Diagnostics
    ) throws -> AlignedDocumentPair {
        // The two documents are read and segmented at the same time (two cores).
        let segmenter = Segmenter(presegmented: presegmented)
        let paths = [sourcePath, targetPath]
        let documents = ResultSlots<Result<(SegmentedDocument, Diagnostics), Error>>(count: 2)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            var documentDiagnostics = Diagnostics()
            documents.set(
                index,
                Result {
                    let document = try DocumentLoader.load(path: paths[index], encoding: encoding, diagnostics: &documentDiagnostics)
                    return (segmenter.segment(document), documentDiagnostics)
                })
        }
        let loaded = documents.values.map { $0! }
        var segmented: [SegmentedDocument] = []
        for result in loaded {
            let (document, documentDiagnostics) = try result.get()
            diagnostics.append(contentsOf: documentDiagnostics)
            segmented.append(document)
        }
        let source = segmented[0]
        let target = segmented[1]
        return AlignedDocumentPair(source: source, target: target, alignment: aligner.align(source: source, target: target))
    }

    public var bitext: Bitext { Bitext(source: source, target: target, alignment: alignment) }
}

extension AlignedDocumentPair {
    /// Loads and aligns several file pairs, using every core: a corpus of chapters is
    /// aligned in the time of its longest chapters, with the dictionary loaded once.
    /// Results keep the order of `pairs`; each carries its own diagnostics or error.
    public static func loadAll(
        _ pairs: [(source: String, target: String)], presegmented: Bool = false, encoding: TextEncoding? = nil
    ) -> [Result<(pair: AlignedDocumentPair, diagnostics: Diagnostics), InputError>] {
        let results = ResultSlots<Result<(pair: AlignedDocumentPair, diagnostics: Diagnostics), InputError>>(count: pairs.count)
        _ = BilingualLexicon.bundled
        DispatchQueue.concurrentPerform(iterations: pairs.count) { index in
            var diagnostics = Diagnostics()
            do {
                let pair = try load(
                    sourcePath: pairs[index].source, targetPath: pairs[index].target, presegmented: presegmented,
                    encoding: encoding, diagnostics: &diagnostics)
                results.set(index, .success((pair, diagnostics)))
            } catch let error as InputError {
                results.set(index, .failure(error))
            } catch {
                results.set(index, .failure(InputError(file: pairs[index].source, "\(error)")))
            }
        }
        return results.values.map { $0! }
    }
}
