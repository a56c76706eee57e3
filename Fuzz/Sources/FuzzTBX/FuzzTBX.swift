@testable import Bitext
import Foundation
import FuzzSupport

/// TBX v2/v3 glossary reader (libxml2 underneath, no network, no entity expansion).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTBX(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    var diagnostics = Diagnostics()
    do {
        _ = try GlossaryFormat.tbx.reader.read(Data(input.bytes), path: "fuzz.tbx", diagnostics: &diagnostics)
    } catch {
        requireNamesFile(error, path: "fuzz.tbx")
    }
    return 0
}

@_cdecl("FuzzTBX_main")
public func FuzzTBXMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv, fuzzTBX)
}
