@testable import Bitext
import FuzzSupport

/// Markdown and plain-text readers, then segmentation (as sentences or presegmented). Plain
/// text must keep every non-whitespace character of the input in its blocks; both must
/// keep every character of every translatable block in the segments.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdownText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    let text = input.payloadText
    let format: DocumentFormat = input.selector & 1 == 0 ? .markdown : .plainText
    let language = fuzzLanguage(text, selector: input.selector)
    var diagnostics = Diagnostics()
    do {
        let document = try format.reader.read(text, path: "fuzz.md", language: language, diagnostics: &diagnostics)
        if format == .plainText {
            let blockText = document.blocks.flatMap { TextConservation.significantScalars($0.text) }
            if blockText != TextConservation.significantScalars(text) { fatalError("plain text lost characters in its blocks") }
        }
        _ = segmentChecked(document, presegmented: input.selector & 2 != 0)
    } catch {
        requireNamesFile(error, path: "fuzz.md")
    }
    return 0
}

@_cdecl("FuzzMarkdownText_main")
public func FuzzMarkdownTextMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv, fuzzMarkdownText)
}
