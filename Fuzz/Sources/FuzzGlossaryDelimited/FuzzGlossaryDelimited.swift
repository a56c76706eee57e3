@testable import Bitext
import Foundation
import FuzzSupport

/// CSV and TSV glossary reader (the CSV one picks tab when the header has one). A term
/// read must have a name and at least one rendering.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGlossaryDelimited(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    let format: GlossaryFormat = input.selector & 1 == 0 ? .csv : .tsv
    var diagnostics = Diagnostics()
    do {
        let glossary = try format.reader.read(input.payloadData, path: "fuzz.csv", diagnostics: &diagnostics)
        _ = glossary.terms.count
    } catch {
        requireNamesFile(error, path: "fuzz.csv")
    }
    return 0
}

@_cdecl("FuzzGlossaryDelimited_main")
public func FuzzGlossaryDelimitedMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv, fuzzGlossaryDelimited)
}
