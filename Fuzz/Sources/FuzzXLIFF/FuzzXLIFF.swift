@testable import Bitext
import Foundation
import FuzzSupport

/// The streaming XLIFF 1.2 and 2.x readers (told apart by the root element); what they read
/// must survive an XLIFF 2 write (or 1.2, by the selector) and read back, unaligned pairs included.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLIFF(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    var diagnostics = Diagnostics()
    do {
        let bitext = try XLIFFBitextReader().read(.data(input.payloadData, path: "fuzz.xlf"), diagnostics: &diagnostics)
        let writer: any BitextWriter = input.selector & 1 == 0 ? XLIFF2Writer() : XLIFF12Writer()
        requireLosslessRoundTrip(bitext, writer: writer, reader: XLIFFBitextReader(), path: "fuzz.xlf")
    } catch {
        requireNamesFile(error, path: "fuzz.xlf")
    }
    return 0
}

@_cdecl("FuzzXLIFF_main")
public func FuzzXLIFFMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv, fuzzXLIFF)
}
