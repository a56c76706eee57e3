/// Chooses between GB18030 and Big5 for bytes that are not UTF-8. Both are double-byte
/// encodings over overlapping byte ranges, so text in one often converts without error in
/// the other, as nonsense. What tells them apart is where the characters land: real
/// Simplified Chinese keeps almost entirely to GB2312's punctuation rows and first level of
/// Han characters (the 3,755 most frequent), real Traditional Chinese to Big5's symbols and
/// frequently-used Han block; misread text scatters into rare characters, kana, Cyrillic
/// and private-use code points.
enum LegacyChineseScore {
    /// Share of double-byte characters that must be common for an encoding to count as plausible.
    static let plausibleShare = 0.6

    static func mostPlausibleEncoding(for bytes: [UInt8]) -> TextEncoding? {
        var best: (encoding: TextEncoding, score: Double)?
        for encoding in [TextEncoding.gb18030, .big5] {
            guard let score = score(bytes, as: encoding), score >= plausibleShare else { continue }
            if best == nil || score > best!.score { best = (encoding, score) }
        }
        return best?.encoding
    }

    /// The share of multi-byte characters that are common in `encoding`, less the share
    /// that decode to private-use code points; nil when the bytes do not convert at all.
    static func score(_ bytes: [UInt8], as encoding: TextEncoding) -> Double? {
        guard case .success(let utf8) = IconvConverter(from: encoding.iconvName, to: "UTF-8").convert(bytes) else {
            return nil
        }
        let counts: (multiByte: Int, common: Int)
        switch encoding {
        case .gb18030: counts = gb18030Counts(bytes)
        case .big5: counts = big5Counts(bytes)
        case .utf8, .utf16LittleEndian, .utf16BigEndian: return nil
        }
        guard counts.multiByte > 0 else { return nil }
        let privateUse = String(decoding: utf8, as: UTF8.self).unicodeScalars.count { (0xE000...0xF8FF).contains($0.value) }
        return Double(counts.common - privateUse) / Double(counts.multiByte)
    }

    /// GB2312 rows 1-3 (punctuation, numbers, full-width ASCII) and level-1 Han (B0A1-D7FE).
    private static func gb18030Counts(_ bytes: [UInt8]) -> (multiByte: Int, common: Int) {
        var multiByte = 0
        var common = 0
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            guard lead >= 0x81, lead <= 0xFE, index + 1 < bytes.count else {
                index += 1
                continue
            }
            let trail = bytes[index + 1]
            multiByte += 1
            if (0x30...0x39).contains(trail) {
                index += 4
                continue
            }
            if (0xA1...0xFE).contains(trail) && ((0xA1...0xA3).contains(lead) || (0xB0...0xD7).contains(lead)) {
                common += 1
            }
            index += 2
        }
        return (multiByte, common)
    }

    /// Big5 symbols (A140-A3BF) and frequently used Han characters (A440-C67E).
    private static func big5Counts(_ bytes: [UInt8]) -> (multiByte: Int, common: Int) {
        var multiByte = 0
        var common = 0
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            guard lead >= 0x81, lead <= 0xFE, index + 1 < bytes.count else {
                index += 1
                continue
            }
            let code = UInt16(lead) << 8 | UInt16(bytes[index + 1])
            multiByte += 1
            if (0xA140...0xA3BF).contains(code) || (0xA440...0xC67E).contains(code) {
                common += 1
            }
            index += 2
        }
        return (multiByte, common)
    }
}
