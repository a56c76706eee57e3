@testable import Bitext
import FuzzSupport

/// Two-column TSV bitext reader: every non-blank line becomes exactly one pair, on its line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTSVBitext(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    let text = String(decoding: input.bytes, as: UTF8.self)
    var diagnostics = Diagnostics()
    do {
        let bitext = try BitextFormat.tsv.reader.read(text, path: "fuzz.tsv", diagnostics: &diagnostics)
        let lines = text.linesSplitAtLineFeed()
        for pair in bitext.pairs {
            guard let line = pair.sourceLine ?? pair.targetLine, (1...lines.count).contains(line) else {
                fatalError("pair \(pair.index) has no line in the file")
            }
        }
    } catch {
        requireNamesFile(error, path: "fuzz.tsv")
    }
    return 0
}

@_cdecl("FuzzTSVBitext_main")
public func FuzzTSVBitextMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv, fuzzTSVBitext)
}
