@testable import Bitext
import FuzzSupport

/// SRT and WebVTT readers, then segmentation of the cues.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSubtitles(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    let text = input.payloadText
    let format: DocumentFormat = input.selector & 1 == 0 ? .srt : .vtt
    var diagnostics = Diagnostics()
    do {
        let document = try format.reader.read(text, path: "fuzz.srt", language: fuzzLanguage(text, selector: input.selector), diagnostics: &diagnostics)
        _ = segmentChecked(document)
    } catch {
        requireNamesFile(error, path: "fuzz.srt")
    }
    return 0
}

@_cdecl("FuzzSubtitles_main")
public func FuzzSubtitlesMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv, fuzzSubtitles)
}
