import Foundation

/// What a writer needs besides the data; passed in so writers stay pure and their output
/// can be compared with committed expected files.
public struct OutputContext: Sendable {
    public var generatedAt: Date
    public var toolVersion: String
    /// The folder relative paths were given from (the checkout, in CI): SARIF locates files
    /// relative to it, so code scanning finds them whatever the checkout's own path. Nil
    /// leaves paths as given.
    public var workingDirectory: String?

    public init(generatedAt: Date, toolVersion: String = BitextVersion.current, workingDirectory: String? = nil) {
        self.generatedAt = generatedAt
        self.toolVersion = toolVersion
        self.workingDirectory = workingDirectory
    }
}

/// Writes a bitext (and the findings about it) in one exchange format.
public protocol BitextWriter: Sendable {
    func write(_ bitext: AlignedBitext, findings: [Finding], context: OutputContext) throws -> Data
}

/// The exchange formats bitext writes; the exhaustive switch is the only wiring.
public enum ExportFormat: String, Sendable, CaseIterable {
    case tmx
    case xliff
    case xliff12
    case tsv
    case json
    case po
    case xcstrings

    public var writer: any BitextWriter {
        switch self {
        case .tmx: TMXWriter()
        case .xliff: XLIFF2Writer()
        case .xliff12: XLIFF12Writer()
        case .tsv: TSVWriter()
        case .json: JSONBitextWriter()
        case .po: POWriter()
        case .xcstrings: XCStringsWriter()
        }
    }
}

/// A writer taking pairs one at a time, so that output of any size is written in bounded memory.
public protocol BitextWriterSession: AnyObject {
    func write(_ pair: AlignedPair, findings: [Finding]) throws
    /// Ends the document and flushes it; the session cannot be used afterwards.
    func finish() throws
}

/// A format whose writer can stream to a file.
public protocol StreamingBitextWriter: BitextWriter {
    /// `header` is a bitext without pairs: its languages, paths and file info.
    func session(header: AlignedBitext, context: OutputContext, toFileAt path: String) throws -> any BitextWriterSession
}
