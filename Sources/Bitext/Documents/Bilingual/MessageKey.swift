/// Whether a unit's source is a message key (`http_error_403.description`, `title.edit_user`,
/// `field.createdAt`) rather than text in the source language: key catalogues (Symfony, Bolt,
/// many web frameworks) keep the English in a catalogue of its own, so their sources are
/// names for programmers, not sentences to compare a translation with.
///
/// The rule, on the source as written:
/// - ASCII letters, digits, `_` and `-`, in segments joined by `.`; no space, nothing else;
/// - it starts with a lower-case letter or a digit and has at least one letter;
/// - and it is shaped like an identifier — a `.` or `_` joins two segments — or it is the
///   unit's own name for itself (the unit's `id`, XLIFF 2 `name` or XLIFF 1.2 `resname`), as
///   Symfony writes `<trans-unit id="note"><source>note</source>`.
///
/// English UI text never passes: it has spaces, starts with a capital (`Cancel`, `Node.js`) or
/// is a single word whose unit is named otherwise (`move`, `copy` in an Angular file).
public enum MessageKey {
    public static func isKey(_ source: String, unit: TranslationUnitInfo?) -> Bool {
        let bytes = source.utf8
        guard let first = bytes.first, isLowercaseLetter(first) || isDigit(first) else { return false }
        var hasLetter = false
        var joinsSegments = false
        var previous: UInt8 = 0
        for byte in bytes {
            switch byte {
            case 0x61...0x7A, 0x41...0x5A: hasLetter = true
            case 0x30...0x39, 0x2D: break
            case 0x5F: joinsSegments = true
            case 0x2E:
                // Empty segments (`a..b`, a final `.`) are punctuation, not a key's dots.
                if previous == 0x2E { return false }
                joinsSegments = true
            default: return false
            }
            previous = byte
        }
        guard hasLetter, previous != 0x2E else { return false }
        if joinsSegments || conventionalKeys.contains(source) { return true }
        guard let unit else { return false }
        return unit.id == source || unit.attributes["name"] == source || unit.attributes["resname"] == source
    }

    /// Message ids that gettext conventions use as keys: GNOME's `translator-credits` is
    /// translated with the translators' names, not with its English.
    static let conventionalKeys: Set<String> = ["translator-credits"]

    /// The pair's source read as a key, when it is one.
    public static func isKey(_ pair: AlignedPair) -> Bool {
        guard pair.source.count == 1, pair.source[0].codes.isEmpty else { return false }
        return isKey(pair.sourceText, unit: pair.unit)
    }

    private static func isLowercaseLetter(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }
    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}
