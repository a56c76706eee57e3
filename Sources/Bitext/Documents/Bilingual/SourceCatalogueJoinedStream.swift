/// A stream of units with their sources joined to a source-language catalogue
/// (`SourceCatalogueJoin`) as they are read, so that `check` and `convert` join a file of any
/// size in passing. At the end of the stream its summary joins the stream's diagnostics.
public final class SourceCatalogueJoinedStream: BitextUnitStream {
    private let base: any BitextUnitStream
    private let join: SourceCatalogueJoin
    private var tally = SourceCatalogueJoin.Tally()
    private var reported = false

    public init(_ base: any BitextUnitStream, join: SourceCatalogueJoin) {
        self.base = base
        self.join = join
    }

    public var path: String { base.path }
    public var sourceLanguage: Language { base.sourceLanguage }
    public var targetLanguage: Language { base.targetLanguage }
    public var fileInfo: BilingualFileInfo { base.fileInfo }

    public func next(diagnostics: inout Diagnostics) throws -> AlignedPair? {
        guard let pair = try base.next(diagnostics: &diagnostics) else {
            if !reported {
                reported = true
                join.report(tally, file: path, sourceLanguage: sourceLanguage, diagnostics: &diagnostics)
            }
            return nil
        }
        return join.join(pair, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, tally: &tally)
    }
}
