import Foundation

/// The aligned pairs with their lines and scores, plus the findings: for scripts that want
/// the alignment itself rather than only what is wrong with it.
public struct JSONBitextWriter: BitextWriter {
    public init() {}

    struct Payload: Encodable {
        var tool: String
        var generatedAt: Date
        var sourceLanguage: String
        var targetLanguage: String
        var sourceFile: String
        var targetFile: String
        var pairs: [Pair]
        var findings: [Finding]
    }

    struct Pair: Encodable {
        var source: [Int]
        var target: [Int]
        var score: Double
        var sourceText: String
        var targetText: String
        var sourceLine: Int?
        var targetLine: Int?
    }

    public func write(_ bitext: Bitext, findings: [Finding], context: OutputContext) throws -> Data {
        let payload = Payload(
            tool: "bitext \(context.toolVersion)",
            generatedAt: context.generatedAt,
            sourceLanguage: bitext.sourceLanguage.tag,
            targetLanguage: bitext.targetLanguage.tag,
            sourceFile: bitext.sourcePath,
            targetFile: bitext.targetPath,
            pairs: bitext.pairs.map {
                Pair(
                    source: $0.source.map(\.index), target: $0.target.map(\.index), score: $0.score,
                    sourceText: $0.sourceText, targetText: $0.targetText,
                    sourceLine: $0.sourceLine, targetLine: $0.targetLine)
            },
            findings: findings
        )
        return try JSONEncoder.bitext.encode(payload)
    }
}

extension JSONEncoder {
    /// Stable, readable output: sorted keys make files diffable and testable.
    static var bitext: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}
