import Foundation

/// The largest file bitext reads whole: documents, TSV bitexts and glossaries. Decoding,
/// segmentation and alignment hold a document several times over (see README, "Limits", for
/// the measured memory per megabyte), so a file above the limit is refused before a byte of
/// it is read, with a message naming it, rather than the process running out of memory part
/// way through. TMX and XLIFF are read as a stream and checked in chunks of
/// `Auditor.checkChunkSize` pairs, so no limit applies to them.
public enum InputSizeLimit {
    /// 16 MiB a file. Aligning takes about 33 MB of memory per MB of the pair's text
    /// (Scripts/benchmark-limits: 372 MB for the transcript 16 times, 5.2 + 4.9 MB), so two
    /// documents at the limit peak near 1.1 GB.
    public static let wholeFileBytes = 16 * 1024 * 1024

    /// Reads a file whole after checking that it exists, is a file and is within `limit`.
    static func contents(of path: String, limit: Int = wholeFileBytes) throws -> Data {
        try requireWithinLimit(path, limit: limit)
        guard let data = FileManager.default.contents(atPath: path) else { throw InputError(file: path, "cannot be read") }
        guard data.count <= limit else {
            throw InputError(file: path, "is more than the \(megabytes(limit)) bitext reads at once; split it and check the parts")
        }
        return data
    }

    /// Checks that a file exists, is a file and is within `limit`, without reading it.
    static func requireWithinLimit(_ path: String, limit: Int = wholeFileBytes) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(file: path, "no such file")
        }
        guard !isDirectory.boolValue else { throw InputError(file: path, "is a directory, expected a file") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limit {
            throw InputError(file: path, "is \(megabytes(size)), more than the \(megabytes(limit)) bitext reads at once; "
                + "split it (by chapter or section) and check the parts")
        }
    }

    static func megabytes(_ bytes: Int) -> String {
        let value = Double(bytes) / 1_048_576
        if value < 1 { return "\(bytes) bytes" }
        return value >= 10 ? "\(Int(value.rounded())) MB" : String(format: "%.1f MB", value)
    }
}
