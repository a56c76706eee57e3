/// Character tests on the bytes of ASCII text. In ASCII text without CR every byte is one
/// Character (CR LF is the only ASCII pair that forms one), so these give the answers the
/// `Character` properties give, with no grapheme breaking or Unicode property look-up: the
/// fast path of tokenizing English.
enum ASCIICharacters {
    /// Whether every Character of the text is one ASCII byte.
    static func hold<Bytes: Sequence<UInt8>>(in utf8: Bytes) -> Bool {
        utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") }
    }

    /// `isLetter || isNumber` of the Character.
    static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// `isWhitespace` of the Character: tab, line feed, vertical tab, form feed, carriage return, space.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        (0x09...0x0D).contains(byte) || byte == UInt8(ascii: " ")
    }

    static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }

    /// The bytes lower-cased, as a String.
    static func lowercased(_ bytes: ArraySlice<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (offset, byte) in bytes.enumerated() { buffer[offset] = lowercased(byte) }
            return bytes.count
        }
    }
}
