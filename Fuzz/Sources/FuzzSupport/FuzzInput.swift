@testable import Bitext
import Foundation

/// What every fuzz target does with libFuzzer's bytes: copy them, pick options from the
/// first byte, decode the rest leniently (readers take any `String`, so invalid UTF-8
/// becomes U+FFFD rather than being skipped), and stop the run on a broken invariant.
public struct FuzzInput {
    public let bytes: [UInt8]

    public init(_ data: UnsafePointer<UInt8>, _ size: Int) {
        bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// The first byte, which selects the variant (format, language, encoding) a run tests.
    public var selector: UInt8 { bytes.first ?? 0 }

    /// Everything after the selector byte.
    public var payload: ArraySlice<UInt8> { bytes.dropFirst() }

    public var payloadData: Data { Data(payload) }

    public var payloadText: String { String(decoding: payload, as: UTF8.self) }

    /// The payload cut at its first NUL byte into two texts (the second empty without one).
    public var payloadTextPair: (String, String) {
        guard let cut = payload.firstIndex(of: 0) else { return (payloadText, "") }
        return (
            String(decoding: payload[..<cut], as: UTF8.self),
            String(decoding: payload[payload.index(after: cut)...], as: UTF8.self)
        )
    }
}

/// Crashes the run (so libFuzzer saves the input) when an invariant does not hold.
public func requireNoViolation(_ violation: String?, _ what: String) {
    if let violation { fatalError("\(what): \(violation)") }
}

/// An `InputError` is the reader's legitimate answer to bad input, but it must name the file.
public func requireNamesFile(_ error: any Error, path: String) {
    guard let inputError = error as? InputError else { fatalError("unexpected error type: \(error)") }
    guard inputError.position.file == path else { fatalError("error does not name \(path): \(inputError)") }
    if let line = inputError.position.line, line < 1 { fatalError("error names line \(line): \(inputError)") }
}

/// Segments a document and checks that segmentation kept all its text.
public func segmentChecked(_ document: Document, presegmented: Bool = false) -> SegmentedDocument {
    let segmented = Segmenter(presegmented: presegmented).segment(document)
    requireNoViolation(TextConservation.segmentationViolation(in: segmented), "segmentation of \(document.format)")
    return segmented
}

/// The language a fuzz run reads its text in: bit 7 of the selector forces one, otherwise
/// detected like the CLI does (English when there are no letters).
public func fuzzLanguage(_ text: String, selector: UInt8) -> Language {
    if selector & 0x80 != 0 { return selector & 0x40 != 0 ? .chinese : .english }
    return Language.detect(text) ?? .english
}

@_silgen_name("LLVMFuzzerRunDriver")
private func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// Runs libFuzzer on `callback`. SwiftPM links an executable target with `main` pointing at
/// `<Target>_main` when the build enables testing (the fuzz build does, for
/// `@testable import`), so each target defines that entry point and hands over to
/// libFuzzer's driver here; without the redirection libFuzzer's own `main` runs instead.
public func runLibFuzzer(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt {
    var count = argc
    var arguments = argv
    return llvmFuzzerRunDriver(&count, &arguments, callback)
}
