import Foundation

/// Character encodings bitext reads. Detection order and fallbacks live in `TextDecoder`.
public enum TextEncoding: String, Sendable, CaseIterable, Codable {
    case utf8 = "utf-8"
    case utf16LittleEndian = "utf-16le"
    case utf16BigEndian = "utf-16be"
    case gb18030
    case big5
}

public struct DecodedText: Sendable {
    /// The text with line ends normalised to `\n` and any byte-order mark removed.
    public var text: String
    public var encoding: TextEncoding
}

// PLACEHOLDER until the documents work lands: UTF-8 only.
public enum TextDecoder {
    public static func decode(_ data: Data, path: String, encoding: TextEncoding? = nil) throws -> DecodedText {
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(file: path, "not valid UTF-8")
        }
        return DecodedText(text: text.replacingOccurrences(of: "\r\n", with: "\n"), encoding: .utf8)
    }
}
