/// Text in which every `Character` is a single Unicode scalar that equals, as a Character,
/// no other scalar. Almost all segment text is like that: ASCII, Latin letters, general
/// punctuation, CJK punctuation, Han characters and full-width forms.
///
/// For such text a loop over `unicodeScalars` sees exactly the sequence a loop over
/// Characters sees, and comparing or hashing scalars gives the answers comparing or hashing
/// Characters gives (Character equality is canonical equivalence, which for these NFC-stable
/// scalars is identity). Checks use this to run their Character logic on scalars, which
/// needs no grapheme breaking and no normalisation; any other text takes the Character path.
///
/// The ranges were chosen so that each scalar breaks from every neighbour by the grapheme
/// rules (none is a combining mark, joiner, prepend, Hangul jamo, regional indicator or CR)
/// and has no canonical singleton decomposition (U+2000 and U+2001 have; CJK compatibility
/// ideographs have). `SingleScalarCharactersTests` verifies both for every scalar admitted.
enum SingleScalarCharacters {
    /// Whether every Character of `text` is one scalar of the admitted ranges. Decodes the
    /// UTF-8 bytes itself: it runs on every segment, several times.
    static func hold(in text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                let value: UInt32
                switch lead {
                case 0..<0x80:
                    value = UInt32(lead)
                    index += 1
                case 0xC0..<0xE0:
                    value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                case 0xE0..<0xF0:
                    value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                default:
                    return false  // beyond the Basic Multilingual Plane, where nothing is admitted
                }
                guard admits(value: value) else { return false }
            }
            return true
        } ?? text.unicodeScalars.allSatisfy(admits)
    }

    /// Whether `scalar` is in the admitted ranges.
    static func admits(_ scalar: Unicode.Scalar) -> Bool {
        admits(value: scalar.value)
    }

    private static func admits(value: UInt32) -> Bool {
        switch value {
        case 0x00...0x0C, 0x0E...0x2FF,  // ASCII without CR (CR LF is one Character), Latin-1, Latin Extended, spacing modifiers
             0x2002...0x200B, 0x200E...0x206F,  // general punctuation without ZWNJ and ZWJ
             0x3000...0x3029, 0x3030...0x303F,  // CJK symbols and punctuation without the combining tone marks
             0x3400...0x4DBF, 0x4E00...0x9FFF,  // CJK Unified Ideographs and extension A
             0xFF01...0xFF5E:  // full-width ASCII forms
            true
        default:
            false
        }
    }
}
