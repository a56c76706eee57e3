import Foundation

/// `.xlf`/`.xliff` files: XLIFF 2.x or 1.2, told apart by the root element's namespace and
/// `version`, then read by the reader of that version.
public struct XLIFFBitextReader: StreamingBitextReader {
    public init() {}

    public enum Version: Sendable, Equatable {
        case xliff12
        case xliff2
    }

    public func open(_ input: XMLInput, diagnostics: inout Diagnostics) throws -> any BitextUnitStream {
        switch try Self.version(of: input) {
        case .xliff12: try XLIFF12BitextReader().open(input, diagnostics: &diagnostics)
        case .xliff2: try XLIFF2BitextReader().open(input, diagnostics: &diagnostics)
        }
    }

    /// Reads only as far as the root element.
    public static func version(of input: XMLInput) throws -> Version {
        let reader = try input.open()
        try reader.moveToRoot()
        guard reader.localName == "xliff" else {
            throw InputError(file: input.path, line: reader.line, "not an XLIFF file: the root element is <\(reader.qualifiedName)>")
        }
        switch reader.namespaceURI {
        case XLIFF2BitextReader.coreNamespace, XLIFF2BitextReader.core22Namespace: return .xliff2
        case XLIFF12BitextReader.namespace: return .xliff12
        case nil where (reader.attribute("version") ?? "").hasPrefix("1."): return .xliff12
        default:
            throw InputError(
                file: input.path, line: reader.line,
                "not an XLIFF file bitext reads: <xliff> in namespace \(reader.namespaceURI ?? "none"), version \(reader.attribute("version") ?? "none"); expected XLIFF 1.2 or 2.x")
        }
    }
}
