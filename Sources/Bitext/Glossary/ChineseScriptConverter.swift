import COpenCC
import Foundation

/// Converts between Traditional and Simplified Chinese with OpenCC, so a Simplified
/// glossary checks a Traditional translation and back.
///
/// OpenCC's configuration files are data installed beside the library, not part of bitext;
/// when they cannot be found the converter is unavailable and matching falls back to the
/// text as written (callers report that as a diagnostic).
final class ChineseScriptConverter: @unchecked Sendable {
    enum Direction: String {
        case traditionalToSimplified = "t2s.json"
        case simplifiedToTraditional = "s2t.json"
    }

    /// Folders OpenCC packages install their configurations into, tried after OpenCC's own default.
    static let configurationFolders = [
        "/usr/share/opencc", "/usr/local/share/opencc", "/opt/homebrew/share/opencc", "/opt/local/share/opencc",
    ]

    /// The converters, opened once per process; nil when OpenCC's data is missing.
    static let toSimplified = ChineseScriptConverter(.traditionalToSimplified)
    static let toTraditional = ChineseScriptConverter(.simplifiedToTraditional)

    /// Why conversion is unavailable, for the diagnostic.
    static var unavailableReason: String {
        "OpenCC configuration \(Direction.traditionalToSimplified.rawValue) not found (looked in OpenCC's default folder and \(configurationFolders.joined(separator: ", "))); Traditional and Simplified Chinese are matched only as written"
    }

    private let handle: opencc_t
    /// OpenCC does not document its converters as thread-safe; checks may run concurrently.
    private let lock = NSLock()

    private init?(_ direction: Direction) {
        let candidates = [direction.rawValue] + Self.configurationFolders.map { "\($0)/\(direction.rawValue)" }
            .filter { FileManager.default.fileExists(atPath: $0) }
        var opened: opencc_t?
        for candidate in candidates {
            let result = opencc_open(candidate)
            if let result, Int(bitPattern: result) != -1 {
                opened = result
                break
            }
        }
        guard let opened else { return nil }
        handle = opened
    }

    deinit { opencc_close(handle) }

    func convert(_ text: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        var utf8 = Array(text.utf8)
        let count = utf8.count
        utf8.append(0)
        let converted = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                opencc_convert_utf8(handle, $0, count)
            }
        }
        guard let converted else { return text }
        defer { opencc_convert_utf8_free(converted) }
        return String(cString: converted)
    }
}
