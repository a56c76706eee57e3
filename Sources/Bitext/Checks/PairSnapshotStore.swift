import Foundation

/// Pair snapshots written one after another and read back by position. Past a few megabytes
/// the bytes go to an unlinked temporary file, so a check that may need any pair of a
/// million-unit memory at the end keeps them on disk, not in memory. Should no temporary file
/// be possible, everything stays in memory: slower to run out of, never wrong.
///
/// A store belongs to one tally; tallies move between threads but are never shared, which
/// is what makes the unchecked `Sendable` sound.
final class PairSnapshotStore: @unchecked Sendable {
    /// Where a snapshot starts in the store.
    typealias Location = Int

    /// Bytes kept in memory before they are written out.
    let memoryLimit: Int

    private var pending: [UInt8] = []
    /// Bytes already in `file`; locations below this are read from it.
    private var written = 0
    private var file: FileHandle?
    private var fileUnavailable = false

    init(memoryLimit: Int = 4 << 20) {
        self.memoryLimit = memoryLimit
    }

    deinit {
        try? file?.close()
    }

    /// The store's size in bytes, which is the location of the next snapshot.
    var count: Int { written + pending.count }

    func append(_ snapshot: PairSnapshot) -> Location {
        let location = count
        Self.encode(snapshot, into: &pending)
        if pending.count >= memoryLimit { spill() }
        return location
    }

    /// Appends every snapshot of `other`; the location of one of them is its location there
    /// plus the returned offset.
    func append(contentsOf other: PairSnapshotStore) -> Int {
        let offset = count
        if other.written > 0, let source = other.file {
            try? source.seek(toOffset: 0)
            var remaining = other.written
            while remaining > 0, let block = try? source.read(upToCount: min(remaining, memoryLimit)), !block.isEmpty {
                pending += block
                remaining -= block.count
                if pending.count >= memoryLimit { spill() }
            }
        }
        pending += other.pending
        if pending.count >= memoryLimit { spill() }
        return offset
    }

    func snapshot(at location: Location) -> PairSnapshot {
        if location >= written {
            return pending.withUnsafeBufferPointer { Self.decode(UnsafeRawBufferPointer($0), at: location - written) }
        }
        let header = read(Self.headerSize, at: location)
        let textBytes = header.withUnsafeBytes { bytes in
            Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 16, as: UInt32.self)))
                + Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 20, as: UInt32.self)))
        }
        let whole = read(Self.headerSize + textBytes, at: location)
        return whole.withUnsafeBytes { Self.decode($0, at: 0) }
    }

    private func read(_ count: Int, at location: Location) -> [UInt8] {
        var bytes: [UInt8] = []
        if location < written, let file {
            try? file.seek(toOffset: UInt64(location))
            let available = min(count, written - location)
            bytes = [UInt8]((try? file.read(upToCount: available)) ?? Data())
        }
        if bytes.count < count {
            let start = max(0, location + bytes.count - written)
            bytes += pending[start..<min(pending.count, start + count - bytes.count)]
        }
        return bytes
    }

    private func spill() {
        guard !fileUnavailable else { return }
        if file == nil {
            file = Self.temporaryFile()
            if file == nil {
                fileUnavailable = true
                return
            }
        }
        do {
            try file!.seekToEnd()
            try file!.write(contentsOf: pending)
            written += pending.count
            pending.removeAll(keepingCapacity: true)
        } catch {
            fileUnavailable = true
        }
    }

    /// A file in the temporary folder, unlinked at once so it disappears with the process.
    private static func temporaryFile() -> FileHandle? {
        var template = Array((NSTemporaryDirectory() + "/bitext-pairs.XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// Index, two lines (-1 for none), two UTF-8 lengths, then the two texts.
    private static let headerSize = 24

    private static func encode(_ snapshot: PairSnapshot, into bytes: inout [UInt8]) {
        func put<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }
        put(Int64(snapshot.index))
        put(Int32(clamping: snapshot.sourceLine ?? -1))
        put(Int32(clamping: snapshot.targetLine ?? -1))
        put(UInt32(snapshot.sourceText.utf8.count))
        put(UInt32(snapshot.targetText.utf8.count))
        bytes.append(contentsOf: snapshot.sourceText.utf8)
        bytes.append(contentsOf: snapshot.targetText.utf8)
    }

    private static func decode(_ bytes: UnsafeRawBufferPointer, at start: Int) -> PairSnapshot {
        func get<T: FixedWidthInteger>(_ offset: Int, _: T.Type) -> T {
            T(littleEndian: bytes.loadUnaligned(fromByteOffset: start + offset, as: T.self))
        }
        let sourceLine = get(8, Int32.self)
        let targetLine = get(12, Int32.self)
        let sourceLength = Int(get(16, UInt32.self))
        let targetLength = Int(get(20, UInt32.self))
        let text = start + headerSize
        return PairSnapshot(
            index: Int(get(0, Int64.self)),
            sourceText: String(decoding: UnsafeRawBufferPointer(rebasing: bytes[text..<text + sourceLength]), as: UTF8.self),
            targetText: String(decoding: UnsafeRawBufferPointer(rebasing: bytes[text + sourceLength..<text + sourceLength + targetLength]), as: UTF8.self),
            sourceLine: sourceLine < 0 ? nil : Int(sourceLine),
            targetLine: targetLine < 0 ? nil : Int(targetLine))
    }
}
