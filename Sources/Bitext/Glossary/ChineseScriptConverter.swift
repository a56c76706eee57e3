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
        /// Taiwan's character forms, words unchanged.
        case simplifiedToTaiwan = "s2tw.json"
        /// Taiwan's character forms and Taiwan's words (软件 → 軟體): OpenCC's TWPhrases.
        case simplifiedToTaiwanWords = "s2twp.json"
        /// Simplified characters and mainland words (軟體 → 软件): OpenCC's TWPhrasesRev.
        case taiwanToMainlandWords = "tw2sp.json"
        /// Hong Kong's character forms.
        case simplifiedToHongKong = "s2hk.json"

        /// Phrase tables change words whose characters convert alone to themselves (芯片 →
        /// 晶片), so no character screen can say a text is left as it is.
        var convertsWords: Bool { self == .simplifiedToTaiwanWords || self == .taiwanToMainlandWords }
    }

    /// Folders OpenCC packages install their configurations into, tried after OpenCC's own default.
    static let configurationFolders = [
        "/usr/share/opencc", "/usr/local/share/opencc", "/opt/homebrew/share/opencc", "/opt/local/share/opencc",
    ]

    /// The converters, opened once per process; nil when OpenCC's data is missing.
    static let toSimplified = ChineseScriptConverter(.traditionalToSimplified)
    static let toTraditional = ChineseScriptConverter(.simplifiedToTraditional)
    static let toTaiwan = ChineseScriptConverter(.simplifiedToTaiwan)
    static let toTaiwanWords = ChineseScriptConverter(.simplifiedToTaiwanWords)
    static let toMainlandWords = ChineseScriptConverter(.taiwanToMainlandWords)
    static let toHongKong = ChineseScriptConverter(.simplifiedToHongKong)

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
        if direction.convertsWords {
            (changedCharacters, characterForms) = (nil, [:])
        } else {
            let (changed, forms) = Self.changes(by: opened)
            (changedCharacters, characterForms) = (changed, forms)
        }
    }

    deinit { opencc_close(handle) }

    /// Characters this converter changes on their own. A text with none of them is returned
    /// as it is without calling OpenCC: most input is already in the target script, and
    /// the conversion is the costliest step of matching.
    /// Nil for converters of words, which are always asked.
    private let changedCharacters: Set<Unicode.Scalar>?

    /// What each character it changes becomes on its own, where that is one character
    /// (`萬` → `万` for the Simplified converter): a conversion that keeps every position, for
    /// readers that must point back into the text as written.
    let characterForms: [Unicode.Scalar: Unicode.Scalar]

    private static func changes(by handle: opencc_t) -> (Set<Unicode.Scalar>, [Unicode.Scalar: Unicode.Scalar]) {
        var characters: [Unicode.Scalar] = []
        for value in UInt32(0x3400)...UInt32(0x9FFF) {
            if let scalar = Unicode.Scalar(value), scalar.isHan { characters.append(scalar) }
        }
        // One character per line, so phrase rules cannot join neighbours.
        let input = characters.map { String($0) }.joined(separator: "\n")
        let output = convert(input, with: handle).split(separator: "\n", omittingEmptySubsequences: false)
        guard output.count == characters.count else { return (Set(characters), [:]) }
        var changed: Set<Unicode.Scalar> = []
        var forms: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (original, converted) in zip(characters, output) where converted.unicodeScalars.count != 1 || converted.unicodeScalars.first != original {
            changed.insert(original)
            if converted.unicodeScalars.count == 1 { forms[original] = converted.unicodeScalars.first }
        }
        return (changed, forms)
    }

    /// How many of the scalars this converter changes on their own: characters of the other
    /// script. Zero for converters of words.
    func changedCount<S: Sequence>(_ scalars: S) -> Int where S.Element == Unicode.Scalar {
        guard let changedCharacters else { return 0 }
        return scalars.reduce(0) { $0 + (changedCharacters.contains($1) ? 1 : 0) }
    }

    /// Whether conversion could change `text` at all.
    func mayChange<S: Sequence>(_ scalars: S) -> Bool where S.Element == Unicode.Scalar {
        guard let changedCharacters else { return true }
        return scalars.contains { changedCharacters.contains($0) }
    }

    func convert(_ text: String) -> String {
        guard mayChange(text.unicodeScalars) else { return text }
        return convertWithOpenCC(text)
    }

    private func convertWithOpenCC(_ text: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        return Self.convert(text, with: handle)
    }

    private static func convert(_ text: String, with handle: opencc_t) -> String {
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
