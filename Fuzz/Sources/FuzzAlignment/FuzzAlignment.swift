@testable import Bitext
import FuzzSupport

/// Segmentation and alignment of two documents cut from one input at its first NUL byte.
/// Every segment of both sides must land in exactly one bead, in order, and the pairs must
/// carry the segments' text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAlignment(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    let (sourceText, targetText) = input.payloadTextPair
    let format: DocumentFormat = input.selector & 1 == 0 ? .markdown : .plainText
    let presegmented = input.selector & 2 != 0
    var diagnostics = Diagnostics()
    do {
        let source = segmentChecked(
            try format.reader.read(sourceText, path: "source.md", language: Language.detect(sourceText) ?? .english, diagnostics: &diagnostics),
            presegmented: presegmented)
        let target = segmentChecked(
            try format.reader.read(targetText, path: "target.md", language: Language.detect(targetText) ?? .chinese, diagnostics: &diagnostics),
            presegmented: presegmented)
        let alignment = DocumentAligner().align(source: source, target: target)
        requireNoViolation(TextConservation.alignmentViolation(alignment, source: source, target: target), "alignment")
    } catch {
        requireNamesFile(error, path: (error as? InputError)?.position.file == "target.md" ? "target.md" : "source.md")
    }
    return 0
}

@_cdecl("FuzzAlignment_main")
public func FuzzAlignmentMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv, fuzzAlignment)
}
