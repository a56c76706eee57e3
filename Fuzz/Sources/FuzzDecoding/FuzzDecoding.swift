@testable import Bitext
import Foundation
import FuzzSupport

/// Text decoding: detection (no encoding given) or each explicit encoding. A decoded text
/// has no byte-order mark, no CR and no NUL; a failure is an `InputError` naming the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecoding(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    let encodings: [TextEncoding?] = [nil] + TextEncoding.allCases
    let encoding = encodings[Int(input.selector) % encodings.count]
    do {
        let decoded = try TextDecoder.decode(input.payloadData, path: "fuzz.txt", encoding: encoding)
        if let encoding, decoded.encoding != encoding { fatalError("asked for \(encoding), decoded as \(decoded.encoding)") }
        if decoded.text.utf8.contains(0x0D) { fatalError("CR left in decoded text") }
        if decoded.text.utf8.contains(0) { fatalError("NUL left in decoded text") }
        if decoded.text.unicodeScalars.first == "\u{FEFF}" { fatalError("byte-order mark left in decoded text") }
    } catch {
        requireNamesFile(error, path: "fuzz.txt")
    }
    return 0
}

@_cdecl("FuzzDecoding_main")
public func FuzzDecodingMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv, fuzzDecoding)
}
