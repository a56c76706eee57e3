import Foundation

/// Character encodings bitext reads. Detection order and fallbacks live in `TextDecoder`.
public enum TextEncoding: String, Sendable, CaseIterable, Codable {
    case utf8 = "utf-8"
    case utf16LittleEndian = "utf-16le"
    case utf16BigEndian = "utf-16be"
    case gb18030
    case big5

    /// The name `iconv` knows the encoding by.
    var iconvName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LittleEndian: "UTF-16LE"
        case .utf16BigEndian: "UTF-16BE"
        case .gb18030: "GB18030"
        case .big5: "BIG5"
        }
    }

    /// Bytes per code unit: 2 for UTF-16 (line numbers count `0A 00` units), else 1.
    var codeUnitWidth: Int {
        switch self {
        case .utf16LittleEndian, .utf16BigEndian: 2
        case .utf8, .gb18030, .big5: 1
        }
    }

    /// The byte-order mark that may open a file in this encoding.
    var byteOrderMark: [UInt8] {
        switch self {
        case .utf8: [0xEF, 0xBB, 0xBF]
        case .utf16LittleEndian: [0xFF, 0xFE]
        case .utf16BigEndian: [0xFE, 0xFF]
        case .gb18030, .big5: []
        }
    }
}

public struct DecodedText: Sendable {
    /// The text with line ends normalised to `\n` and any byte-order mark removed.
    public var text: String
    public var encoding: TextEncoding
}

/// Turns a file's bytes into text. Without an explicit encoding it takes, in order: a
/// byte-order mark; UTF-16 recognised by NUL bytes falling on one side of each code unit;
/// valid UTF-8; and otherwise whichever of GB18030 and Big5 gives the more plausible
/// Chinese (see `LegacyChineseScore`). Anything else is an `InputError` naming the file and,
/// where a byte is at fault, its offset and line, so nothing is silently mis-decoded.
public enum TextDecoder {
    public static func decode(_ data: Data, path: String, encoding: TextEncoding? = nil) throws -> DecodedText {
        let bytes = [UInt8](data)
        if let encoding {
            return try decode(bytes, as: encoding, path: path)
        }
        if bytes.isEmpty { throw InputError(file: path, "is empty") }
        for candidate in [TextEncoding.utf8, .utf16LittleEndian, .utf16BigEndian] where bytes.starts(with: candidate.byteOrderMark) {
            return try decode(bytes, as: candidate, path: path)
        }
        if let firstNUL = bytes.firstIndex(of: 0) {
            guard !isUTF8WithStrayNULs(bytes), let utf16 = utf16EncodingFromNULPattern(bytes) else {
                throw InputError(
                    file: path, line: lineNumber(atByteOffset: firstNUL, in: bytes, encoding: .utf8),
                    "has a NUL byte at byte offset \(firstNUL): it looks binary, not text "
                        + "(if it is UTF-16 without a byte-order mark, give --encoding utf-16le or utf-16be)")
            }
            return try decode(bytes, as: utf16, path: path)
        }
        switch UTF8Validation.firstInvalidOffset(in: bytes) {
        case nil:
            return try decode(bytes, as: .utf8, path: path)
        case let invalidOffset?:
            if let legacy = LegacyChineseScore.mostPlausibleEncoding(for: bytes) {
                return try decode(bytes, as: legacy, path: path)
            }
            throw InputError(
                file: path, line: lineNumber(atByteOffset: invalidOffset, in: bytes, encoding: .utf8),
                "is not valid UTF-8 (byte offset \(invalidOffset)) and does not read as GB18030 or Big5 either; "
                    + "give its encoding with --encoding"
            )
        }
    }

    /// Decodes in a known encoding, dropping a matching byte-order mark.
    private static func decode(_ bytes: [UInt8], as encoding: TextEncoding, path: String) throws -> DecodedText {
        let mark = encoding.byteOrderMark
        let bodyStart = !mark.isEmpty && bytes.starts(with: mark) ? mark.count : 0
        let body = Array(bytes[bodyStart...])
        if body.isEmpty { throw InputError(file: path, "is empty") }

        var utf8: [UInt8]
        if encoding == .utf8 {
            if let invalidOffset = UTF8Validation.firstInvalidOffset(in: body) {
                throw undecodable(bytes, offset: bodyStart + invalidOffset, encoding: encoding, path: path)
            }
            utf8 = body
        } else {
            switch IconvConverter(from: encoding.iconvName, to: "UTF-8").convert(body) {
            case .success(let converted):
                utf8 = converted
            case .failure(.invalidSequence(let offset)):
                throw undecodable(bytes, offset: bodyStart + offset, encoding: encoding, path: path)
            case .failure(.unsupported):
                throw InputError(file: path, "cannot be decoded: this system's iconv does not support \(encoding.rawValue)")
            }
        }
        // iconv keeps a UTF-16 mark as U+FEFF; a file saved twice by BOM-adding tools has more.
        while utf8.first == 0xEF, utf8.starts(with: TextEncoding.utf8.byteOrderMark) {
            utf8.removeFirst(3)
        }
        if let nul = utf8.firstIndex(of: 0) {
            let line = lineNumber(atByteOffset: nul, in: utf8, encoding: .utf8)
            throw InputError(file: path, line: line, "has a NUL character on line \(line): it looks binary, not \(encoding.rawValue) text")
        }
        utf8 = normalisingLineEnds(utf8)
        if looksBinary(utf8) {
            throw InputError(file: path, "looks binary (mostly control characters); not a text file")
        }
        return DecodedText(text: String(decoding: utf8, as: UTF8.self), encoding: encoding)
    }

    private static func undecodable(_ bytes: [UInt8], offset: Int, encoding: TextEncoding, path: String) -> InputError {
        InputError(
            file: path, line: lineNumber(atByteOffset: offset, in: bytes, encoding: encoding),
            "is not valid \(encoding.rawValue) at byte offset \(offset)"
        )
    }

    /// UTF-16 text has its zero bytes mostly on one side of each code unit: the high
    /// byte of ASCII (spaces, digits, line ends, Latin names). The other side has some too,
    /// from Han characters at U+xx00 (一 U+4E00 and 开 U+5F00 are frequent: a slice of zh.md
    /// has 723 zeros on one side and 83 on the other), so one side need only dominate;
    /// binary data has zeros on both sides, and what slips through is caught as binary
    /// after decoding (a `00 00` unit is U+0000).
    static func utf16EncodingFromNULPattern(_ bytes: [UInt8]) -> TextEncoding? {
        guard bytes.count % 2 == 0 else { return nil }
        let sample = bytes.prefix(65_536)
        var zerosAtEven = 0
        var zerosAtOdd = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { zerosAtEven += 1 } else { zerosAtOdd += 1 }
        }
        if zerosAtOdd > 0 && zerosAtEven * 4 <= zerosAtOdd { return .utf16LittleEndian }
        if zerosAtEven > 0 && zerosAtOdd * 4 <= zerosAtEven { return .utf16BigEndian }
        return nil
    }

    /// Valid UTF-8 with the odd NUL is a damaged text file, not UTF-16: one NUL at an even
    /// offset would otherwise pass the NUL pattern and turn English into CJK mojibake. UTF-16
    /// text has zeros in a large share of its bytes (ASCII), or is not valid UTF-8 (Han).
    static func isUTF8WithStrayNULs(_ bytes: [UInt8]) -> Bool {
        let zeros = bytes.count { $0 == 0 }
        return zeros * 8 < bytes.count && UTF8Validation.firstInvalidOffset(in: bytes) == nil
    }

    /// CR LF and lone CR become LF. A CR byte never occurs inside a multi-byte UTF-8 sequence.
    private static func normalisingLineEnds(_ utf8: [UInt8]) -> [UInt8] {
        guard utf8.contains(0x0D) else { return utf8 }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte == 0x0D {
                result.append(0x0A)
                if index + 1 < utf8.count && utf8[index + 1] == 0x0A { index += 1 }
            } else {
                result.append(byte)
            }
            index += 1
        }
        return result
    }

    /// Text may hold the odd form feed or escape, but a file that is mostly control
    /// characters (or has NULs left after decoding) is not something to align. Counted on
    /// the UTF-8 bytes: C0 controls and DEL are single bytes, C1 controls are `C2 80`-`C2 9F`.
    static func looksBinary(_ utf8: [UInt8]) -> Bool {
        var controls = 0
        var scalars = 0
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte & 0xC0 != 0x80 { scalars += 1 }
            switch byte {
            case 0x00: return true
            case 0x09, 0x0A, 0x0C: break
            case 0x01...0x1F, 0x7F: controls += 1
            case 0xC2 where index + 1 < utf8.count && (0x80...0x9F).contains(utf8[index + 1]): controls += 1
            default: break
            }
            index += 1
        }
        return scalars > 0 && controls * 10 > scalars * 3
    }

    /// 1-based line of a byte offset, counting LF (and lone CR) code units before it.
    static func lineNumber(atByteOffset offset: Int, in bytes: [UInt8], encoding: TextEncoding) -> Int {
        let width = encoding.codeUnitWidth
        let end = min(offset, bytes.count)
        var line = 1
        var index = 0
        while index + width <= end {
            let unit: UInt16
            switch encoding {
            case .utf16LittleEndian: unit = UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
            case .utf16BigEndian: unit = UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            case .utf8, .gb18030, .big5: unit = UInt16(bytes[index])
            }
            if unit == 0x0A {
                line += 1
            } else if unit == 0x0D {
                let next = index + width
                let nextIsLF: Bool
                if next + width <= bytes.count {
                    switch encoding {
                    case .utf16LittleEndian: nextIsLF = bytes[next] == 0x0A && bytes[next + 1] == 0
                    case .utf16BigEndian: nextIsLF = bytes[next] == 0 && bytes[next + 1] == 0x0A
                    case .utf8, .gb18030, .big5: nextIsLF = bytes[next] == 0x0A
                    }
                } else {
                    nextIsLF = false
                }
                if !nextIsLF { line += 1 }
            }
            index += width
        }
        return line
    }
}
