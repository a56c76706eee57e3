/// Which characters XML 1.0 can carry, and what the writers do with the others.
///
/// XML 1.0 has no way at all to represent most C0 control characters (U+0000–U+001F except
/// tab, line feed and carriage return) or U+FFFE/U+FFFF, not even as character references.
/// Transcripts occasionally contain them (stray form feeds, escape bytes from terminal
/// copies). The writers therefore:
/// - in XLIFF 2, keep them losslessly as the core `<cp hex="…"/>` element, which the
///   standard defines for exactly this purpose;
/// - in TMX and XLIFF 1.2 (and in every attribute value, XLIFF 2 included), replace each
///   with U+FFFD REPLACEMENT CHARACTER, so the file stays well-formed and the spot where a
///   character was lost stays visible. `disallowedCharacters(in:)` lets a caller warn first.
public enum XMLCharacters {
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Whether XML 1.0 allows the character anywhere in a document.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// The characters of `text` that XML 1.0 cannot carry, in order of appearance.
    public static func disallowedCharacters(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { !isAllowed($0) }
    }

    /// Whether every character of `text` is one XML 1.0 allows: a scan of the UTF-8 bytes
    /// (C0 controls but tab and line ends, and U+FFFE/U+FFFF as EF BF BE/BF), which the
    /// writers run on every string, so it must be cheap.
    static func isAllAllowed(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20, byte != 0x9, byte != 0xA, byte != 0xD { return false }
                if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return false }
                index += 1
            }
            return true
        }
    }

    /// `text` with every character XML 1.0 cannot carry replaced by U+FFFD.
    public static func sanitized(_ text: String) -> String {
        guard !isAllAllowed(text) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isAllowed(scalar) ? scalar : replacement)
        }
        return String(scalars)
    }

    /// A piece of text split for writing: runs XML can carry, and single characters it cannot.
    enum Run: Equatable {
        case text(String)
        case disallowed(Unicode.Scalar)
    }

    static func runs(of text: String) -> [Run] {
        if isAllAllowed(text) { return text.isEmpty ? [] : [.text(text)] }
        var runs: [Run] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isAllowed(scalar) {
                current.append(scalar)
            } else {
                if !current.isEmpty { runs.append(.text(String(current))) }
                current = String.UnicodeScalarView()
                runs.append(.disallowed(scalar))
            }
        }
        if !current.isEmpty { runs.append(.text(String(current))) }
        return runs
    }

    /// The `hex` attribute value of an XLIFF 2 `<cp>` element: at least four upper-case digits.
    static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
