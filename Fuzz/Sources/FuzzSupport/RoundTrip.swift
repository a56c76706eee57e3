@testable import Bitext
import Foundation

/// Writes what a bilingual reader read with `writer`, reads the result back with `reader`
/// and requires the pairs' text to survive: a lossless round trip. Every pair counts, one-sided
/// units included: the writers keep the units a file carried, whichever sides they have.
public func requireLosslessRoundTrip(
    _ bitext: AlignedBitext, writer: any BitextWriter, reader: any BitextReader, path: String
) {
    let written: Data
    do {
        written = try writer.write(bitext, findings: [], context: OutputContext(generatedAt: Date(timeIntervalSince1970: 0)))
    } catch {
        fatalError("the writer refused what the reader read: \(error)")
    }
    var diagnostics = Diagnostics()
    let reread: AlignedBitext
    do {
        reread = try reader.read(String(decoding: written, as: UTF8.self), path: path, diagnostics: &diagnostics)
    } catch {
        fatalError("written file does not read back: \(error)\n\(String(decoding: written, as: UTF8.self))")
    }
    let original = bitext.pairs
    guard original.map(\.sourceText) == reread.pairs.map(\.sourceText),
        original.map(\.targetText) == reread.pairs.map(\.targetText)
    else {
        fatalError("round trip changed the text:\n\(original.map { [$0.sourceText, $0.targetText] })\n\(reread.pairs.map { [$0.sourceText, $0.targetText] })")
    }
}
