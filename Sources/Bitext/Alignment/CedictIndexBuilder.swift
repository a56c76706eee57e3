import Foundation

/// Collects what `BilingualLexicon` keeps of CC-CEDICT, fed whole lines a block at a time,
/// so that the 9 MB file can be read in chunks: the glosses (about half of it) are copied
/// back to back into one buffer, headwords are kept only as hashes, and pinyin and comments
/// are dropped. Reading the whole file first would hold it and the index in memory at once.
struct CedictIndexBuilder {
    /// The glosses of accepted line `l`: `glosses[glossOffsets[l]..<glossOffsets[l + 1]]`.
    private(set) var glosses: [UInt8] = []
    private(set) var glossOffsets: [Int32] = [0]
    /// Per entry (a line, and its traditional headword where it differs), in file order:
    /// the headword's hash and the line. `HeadwordIndex` groups them by hash at the end.
    private var entryHashes: [UInt64] = []
    private var entryLines: [Int32] = []
    /// Longest headword in Unicode scalars (capped), the longest match worth trying.
    private(set) var longestHeadword = 1

    /// `expectedBytes`, the size of the text, sizes the buffers so that they need not grow:
    /// capacity reserved beyond what is written is never touched, so it is never resident.
    init(expectedBytes: Int) {
        glosses.reserveCapacity(expectedBytes)
        let entries = expectedBytes / Self.bytesPerEntry
        entryHashes.reserveCapacity(entries)
        entryLines.reserveCapacity(entries)
        glossOffsets.reserveCapacity(entries)
    }

    /// CC-CEDICT has an entry (a line, or a traditional headword of its own) every 48 bytes;
    /// reserving for one every 40 leaves room to spare.
    private static let bytesPerEntry = 40

    /// The headword index of the entries parsed so far.
    func headwordIndex() -> HeadwordIndex {
        HeadwordIndex(hashes: entryHashes, lines: entryLines)
    }

    /// Parses the whole lines at the start of `buffer`, or all of it when `isLast` (a last
    /// line need not end in a newline), and returns how many bytes it parsed.
    mutating func addLines(_ buffer: UnsafeBufferPointer<UInt8>, isLast: Bool) -> Int {
        let count = buffer.count
        guard let start = buffer.baseAddress else { return 0 }
        var position = 0
        while position < count {
            // memchr scans several bytes at a time; a byte loop took a quarter of the parse.
            let newline = memchr(start + position, Int32(UInt8(ascii: "\n")), count - position)
            let lineEnd = newline.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - start } ?? count
            guard lineEnd < count || isLast else { break }
            addLine(buffer, from: position, to: lineEnd)
            position = lineEnd + 1
        }
        return min(position, count)
    }

    /// Parses `傳統 传统 [chuan2 tong3] /tradition/traditional/`; comment lines (`#`) and
    /// malformed lines are skipped.
    private mutating func addLine(_ buffer: UnsafeBufferPointer<UInt8>, from position: Int, to lineEnd: Int) {
        guard buffer[position] != UInt8(ascii: "#") else { return }
        var firstSpace = position
        while firstSpace < lineEnd && buffer[firstSpace] != UInt8(ascii: " ") { firstSpace += 1 }
        var secondSpace = firstSpace + 1
        while secondSpace < lineEnd && buffer[secondSpace] != UInt8(ascii: " ") { secondSpace += 1 }
        var slash = secondSpace
        while slash < lineEnd && buffer[slash] != UInt8(ascii: "/") { slash += 1 }
        var lastSlash = lineEnd - 1
        while lastSlash > slash && buffer[lastSlash] != UInt8(ascii: "/") { lastSlash -= 1 }
        guard secondSpace < lineEnd, lastSlash > slash else { return }
        var traditional = HeadwordHasher()
        var index = position
        while index < firstSpace {
            let (scalar, width) = Self.decodeScalar(buffer, at: index)
            traditional.add(scalar)
            index += width
        }
        var simplified = HeadwordHasher()
        var scalars = 0
        index = firstSpace + 1
        while index < secondSpace {
            let (scalar, width) = Self.decodeScalar(buffer, at: index)
            simplified.add(scalar)
            scalars += 1
            index += width
        }
        longestHeadword = max(longestHeadword, min(scalars, 8))
        let line = Int32(glossOffsets.count - 1)
        glosses.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[(slash + 1)..<lastSlash]))
        glossOffsets.append(Int32(glosses.count))
        addEntry(simplified.value, line: line)
        // The traditional headword, where it differs, is an entry of its own with the same glosses.
        if traditional.value != simplified.value { addEntry(traditional.value, line: line) }
    }

    private mutating func addEntry(_ headword: UInt64, line: Int32) {
        entryHashes.append(headword)
        entryLines.append(line)
    }

    @inline(__always)
    private static func decodeScalar(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(buffer[index])
        func continuation(_ offset: Int) -> UInt32 {
            index + offset < buffer.count ? UInt32(buffer[index + offset] & 0x3F) : 0
        }
        switch lead {
        case 0..<0x80: return (lead, 1)
        case 0xC0..<0xE0: return ((lead & 0x1F) << 6 | continuation(1), 2)
        case 0xE0..<0xF0: return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
        case 0xF0..<0xF8:
            return ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
        default: return (0xFFFD, 1)
        }
    }
}
