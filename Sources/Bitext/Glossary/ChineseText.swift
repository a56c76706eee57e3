import Foundation

/// Chinese text reduced to the form renderings are compared in: full-width forms made
/// half-width, Latin lower-cased, whitespace removed (a space between `GPU` and `集群` is
/// typography, not meaning), and optionally converted to Simplified script. Keeps, for
/// every remaining scalar, where it came from, so a match can be shown as written.
struct ChineseText: Sendable {
    /// Normalised text as written (script unchanged).
    let raw: [Unicode.Scalar]
    /// The same in Simplified script, or nil when conversion is unavailable or changed nothing.
    let simplified: [Unicode.Scalar]?
    /// `origins[i]` is the range in `original` that produced `raw[i]`.
    private let origins: [Range<String.Index>]
    private let original: String

    init(_ text: String, converter: ChineseScriptConverter?) {
        original = text
        var raw: [Unicode.Scalar] = []
        var origins: [Range<String.Index>] = []
        let scalars = text.unicodeScalars
        raw.reserveCapacity(scalars.count)
        origins.reserveCapacity(scalars.count)
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let next = scalars.index(after: index)
            if let folded = Self.fold(scalars[index]) {
                raw.append(folded)
                origins.append(index..<next)
            }
            index = next
        }
        self.raw = raw
        self.origins = origins
        if let converter, converter.mayChange(raw) {
            let converted = Array(converter.convert(String(String.UnicodeScalarView(raw))).unicodeScalars)
            simplified = converted == raw ? nil : converted
        } else {
            simplified = nil
        }
    }

    /// Normalises a glossary string the same way, without keeping origins.
    static func normalized(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.compactMap(fold)
    }

    /// One scalar made half-width and lower-case; nil for whitespace, which is dropped.
    /// The same mapping as `TextWidth.halfWidth`, applied per scalar to keep positions.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        var value = scalar.value
        // Fast paths for the common cases: CJK ideographs and ASCII.
        if (0x3400...0x9FFF).contains(value) { return scalar }
        if value < 0x80 {
            if (0x41...0x5A).contains(value) { return Unicode.Scalar(value + 0x20) }
            return value == 0x20 || (0x09...0x0D).contains(value) ? nil : scalar
        }
        if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
        if value == 0x3000 { return nil }
        if (0x41...0x5A).contains(value) { return Unicode.Scalar(value + 0x20) }
        let folded = Unicode.Scalar(value)!
        if folded.properties.isWhitespace { return nil }
        if value >= 0x80, folded.properties.changesWhenLowercased, let lower = folded.properties.lowercaseMapping.unicodeScalars.first,
            folded.properties.lowercaseMapping.unicodeScalars.count == 1
        {
            return lower
        }
        return folded
    }

    /// The original text behind `range` of `raw` (or of `simplified`, when the conversion
    /// kept the length, which OpenCC's character conversions do).
    func originalText(_ range: Range<Int>, inSimplified: Bool) -> String? {
        if inSimplified && simplified?.count != raw.count { return nil }
        guard range.lowerBound < origins.count, range.upperBound <= origins.count, !range.isEmpty else { return nil }
        return String(original.unicodeScalars[origins[range.lowerBound].lowerBound..<origins[range.upperBound - 1].upperBound])
    }

    static func occurrences(of pattern: [Unicode.Scalar], in text: [Unicode.Scalar]) -> [Range<Int>] {
        guard !pattern.isEmpty, pattern.count <= text.count else { return [] }
        var result: [Range<Int>] = []
        let first = pattern[0]
        var start = 0
        while start <= text.count - pattern.count {
            if text[start] == first && text[start..<start + pattern.count].elementsEqual(pattern) {
                result.append(start..<start + pattern.count)
            }
            start += 1
        }
        return result
    }
}
