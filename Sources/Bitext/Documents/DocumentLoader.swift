import Foundation

/// Reads a file from disk into a `Document`: the only place documents touch the file system.
public enum DocumentLoader {
    public static func load(
        path: String, format: DocumentFormat? = nil, language: Language? = nil, encoding: TextEncoding? = nil,
        diagnostics: inout Diagnostics
    ) throws -> Document {
        let data = try InputSizeLimit.contents(of: path)
        let decoded = try TextDecoder.decode(data, path: path, encoding: encoding)
        let format = format ?? DocumentFormat.inferred(fromPath: path)
        guard let language = language ?? Language.detect(decoded.text) else {
            throw InputError(file: path, "has no text to align")
        }
        let document = try format.reader.read(decoded.text, path: path, language: language, diagnostics: &diagnostics)
        guard document.blocks.contains(where: \.isTranslatable) else {
            throw InputError(file: path, "has no text to align: only structure (front matter, code, tables, images, links)")
        }
        return document
    }
}
