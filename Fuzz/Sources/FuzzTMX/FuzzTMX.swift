@testable import Bitext
import Foundation
import FuzzSupport

/// The streaming TMX reader; what it reads must survive a TMX write and read back.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTMX(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    var diagnostics = Diagnostics()
    do {
        let bitext = try TMXBitextReader().read(.data(Data(input.bytes), path: "fuzz.tmx"), diagnostics: &diagnostics)
        requireLosslessRoundTrip(bitext, writer: TMXWriter(), reader: TMXBitextReader(), path: "fuzz.tmx")
    } catch {
        requireNamesFile(error, path: "fuzz.tmx")
    }
    return 0
}

@_cdecl("FuzzTMX_main")
public func FuzzTMXMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv, fuzzTMX)
}
