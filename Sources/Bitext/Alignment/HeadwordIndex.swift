/// Headword hash (`HeadwordHasher`) → the dictionary lines of its entries, latest first.
/// Entries are grouped by the top bits of their hash (a counting sort) into two flat arrays,
/// so a lookup reads one bucket bound and scans about three neighbouring hashes: cheaper than
/// a `Dictionary`, which would hash the hashes again, and half the memory of a hash table
/// plus per-entry chains (2.6 MB instead of 4.7 MB for CC-CEDICT).
struct HeadwordIndex: Sendable {
    /// Bucket `b` holds entries `bucketStart[b]..<bucketStart[b + 1]`.
    private let bucketStart: [Int32]
    private let hashes: [UInt64]
    private let lines: [Int32]
    private let shift: UInt64

    /// Indexes entry `e`, headword `hashes[e]` on line `lines[e]`; entries come in file order.
    init(hashes entryHashes: [UInt64], lines entryLines: [Int32]) {
        var bits = 1
        while 1 << bits < entryHashes.count / Self.entriesPerBucket { bits += 1 }
        shift = UInt64(64 - bits)
        var start = [Int32](repeating: 0, count: (1 << bits) + 1)
        for hash in entryHashes { start[Self.bucket(of: hash, shift: shift) + 1] += 1 }
        for bucket in 1..<start.count { start[bucket] += start[bucket - 1] }
        var next = start
        var hashes = [UInt64](repeating: 0, count: entryHashes.count)
        var lines = [Int32](repeating: 0, count: entryHashes.count)
        // Latest entries first: a headword's senses are read in that order.
        for entry in entryHashes.indices.reversed() {
            let bucket = Self.bucket(of: entryHashes[entry], shift: shift)
            let slot = Int(next[bucket])
            next[bucket] += 1
            hashes[slot] = entryHashes[entry]
            lines[slot] = entryLines[entry]
        }
        bucketStart = start
        self.hashes = hashes
        self.lines = lines
    }

    private static let entriesPerBucket = 3

    /// Number of entries indexed.
    var count: Int { hashes.count }

    /// Whether any entry has this headword.
    @inline(__always)
    func contains(_ hash: UInt64) -> Bool {
        let bucket = Self.bucket(of: hash, shift: shift)
        for slot in Int(bucketStart[bucket])..<Int(bucketStart[bucket + 1]) where hashes[slot] == hash { return true }
        return false
    }

    /// The lines of the headword's entries, latest first; empty when it is unknown.
    func lines(of hash: UInt64) -> [Int32] {
        let bucket = Self.bucket(of: hash, shift: shift)
        return (Int(bucketStart[bucket])..<Int(bucketStart[bucket + 1])).compactMap { hashes[$0] == hash ? lines[$0] : nil }
    }

    /// Fibonacci hashing: the top bits of the hash times 2⁶⁴/φ, mixed from all of its bits.
    @inline(__always)
    private static func bucket(of hash: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
