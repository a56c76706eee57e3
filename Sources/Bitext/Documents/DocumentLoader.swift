import Foundation

/// Reads a file from disk into a `Document`: the only place documents touch the file system.
public enum DocumentLoader {
    public static func load(
        path: String, format: DocumentFormat? = nil, language: Language? = nil, encoding: TextEncoding? = nil,
        diagnostics: inout Diagnostics
    ) throws -> Document {
        guard FileManager.default.fileExists(atPath: path) else {
            throw InputError(file: path, "no such file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, "cannot be read")
        }
        let decoded = try TextDecoder.decode(data, path: path, encoding: encoding)
        let format = format ?? DocumentFormat.inferred(fromPath: path)
        guard let language = language ?? Language.detect(decoded.text) else {
            throw InputError(file: path, "has no text to align")
        }
        return try format.reader.read(decoded.text, path: path, language: language, diagnostics: &diagnostics)
    }
}
