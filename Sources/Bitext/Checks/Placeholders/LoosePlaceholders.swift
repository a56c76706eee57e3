/// Placeholders a translator or a machine translation garbled: full-width `％@`, `｛name｝`,
/// or spaces put inside (`% @`, `%1$ @`, `{ name }`). The text is read again with full-width
/// forms as ASCII and without the spaces next to placeholder punctuation; a placeholder found
/// that way but not in the text as written is one that was garbled.
struct LoosePlaceholders {
    private var remains: [(identity: String, text: String, bytes: Range<Int>)]

    init(text: String, scanner: PlaceholderScanner) {
        let strict = Set(scanner.scan(text).placeholders.map(\.bytes))
        var loose: [UInt8] = []
        /// For each byte of `loose`, where the scalar it came from starts and ends in `text`.
        var origins: [Range<Int>] = []
        let scalars = Array(text.unicodeScalars)
        var offset = 0
        let punctuation = Set("%{}$@()".unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let width = String(scalar).utf8.count
            defer { offset += width }
            var ascii = scalar
            if (0xFF01...0xFF5E).contains(scalar.value), let folded = Unicode.Scalar(scalar.value - 0xFEE0) { ascii = folded }
            if scalar.properties.isWhitespace {
                let before = index > 0 ? Self.folded(scalars[index - 1]) : nil
                let after = index + 1 < scalars.count ? Self.folded(scalars[index + 1]) : nil
                if before.map(punctuation.contains) == true || after.map(punctuation.contains) == true { continue }
            }
            for byte in String(ascii).utf8 {
                loose.append(byte)
                origins.append(offset..<offset + width)
            }
        }
        let looseText = String(decoding: loose, as: UTF8.self)
        remains = scanner.scan(looseText).placeholders.compactMap { placeholder in
            let start = origins[placeholder.bytes.lowerBound].lowerBound
            let end = origins[placeholder.bytes.upperBound - 1].upperBound
            guard !strict.contains(start..<end) else { return nil }
            let original = String(decoding: Array(text.utf8)[start..<end], as: UTF8.self)
            return (placeholder.identity, original, start..<end)
        }
    }

    /// The garbled remains of a placeholder, once each.
    mutating func take(_ identity: String) -> (text: String, bytes: Range<Int>)? {
        guard let index = remains.firstIndex(where: { $0.identity == identity }) else { return nil }
        let found = remains.remove(at: index)
        return (found.text, found.bytes)
    }

    private static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        (0xFF01...0xFF5E).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar : scalar
    }
}
