import Foundation

/// Reads a file from disk into a `Document`: the only place documents touch the file system.
public enum DocumentLoader {
    public static func load(
        path: String, format: DocumentFormat? = nil, language: Language? = nil, encoding: TextEncoding? = nil,
        reading: ReadingOptions = ReadingOptions(), diagnostics: inout Diagnostics
    ) throws -> Document {
        let data = try InputSizeLimit.contents(of: path)
        let decoded = try TextDecoder.decode(data, path: path, encoding: encoding)
        let format = format ?? DocumentFormat.inferred(fromPath: path)
        // Read first, then detect: the language is that of the text to translate, not of
        // comments, code, front matter or URLs (a Chinese page keeping its English original in
        // comments is Chinese). Readers only record the language they are given.
        var document = try format.reader(reading).read(decoded.text, path: path, language: language ?? .english, diagnostics: &diagnostics)
        if language == nil {
            guard let detected = DeclaredLanguages.languageReadFrom(document) ?? Language.detect(decoded.text) else {
                throw InputError(file: path, "has no text to align")
            }
            document.language = detected
        }
        return document
    }
}
