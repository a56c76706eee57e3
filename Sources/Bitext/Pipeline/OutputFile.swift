import Foundation

/// The one way bitext writes a file, whatever the command or format: the output may not be
/// an input, it is written to a temporary file beside it through checked system calls, and
/// renamed over it only when every write, the flush and the close succeeded. A run that
/// fails, runs out of space or is interrupted leaves the previous file as it was.
public enum OutputFile {
    /// Writes `data` to `path`; `inputs` are every file the run read.
    public static func write(_ data: Data, to url: URL, inputs: [String]) throws {
        try write(to: url, inputs: inputs) { temporaryPath in
            let file = try FileSink(creating: temporaryPath)
            try data.withUnsafeBytes { try file.write($0) }
            try file.close()
        }
    }

    /// Runs `body` on a temporary path beside `url`, then renames it over `url`. The
    /// temporary file is removed when anything fails, and on SIGTERM, SIGINT and SIGHUP once
    /// `removeTemporaryFilesOnSignals` was called. A write that fails is reported naming `url`.
    public static func write(to url: URL, inputs: [String], _ body: (String) throws -> Void) throws {
        let path = url.path
        try refuseOverwriting(inputs, with: path)
        let temporaryPath = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).partial").path
        let registration = TemporaryFiles.register(temporaryPath)
        defer { TemporaryFiles.unregister(registration) }
        do {
            try body(temporaryPath)
            guard rename(temporaryPath, path) == 0 else { throw FileWriteError(path: path, code: errno) }
        } catch {
            unlink(temporaryPath)
            if let failure = error as? FileWriteError {
                throw InputError(file: path, "cannot be written: \(failure.reason)")
            }
            throw error
        }
    }

    /// The guard every output passes: an output that is one of `inputs` under any name (the
    /// same path once symbolic links are resolved, or the same file through a hard link) is
    /// refused, so that no run replaces what the user gave it.
    public static func refuseOverwriting(_ inputs: [String], with output: String) throws {
        let outputPath = resolvedPath(output)
        let outputIdentity = identity(of: output)
        for input in inputs {
            let sameFile = outputIdentity != nil && identity(of: input) == outputIdentity
            if sameFile || resolvedPath(input) == outputPath {
                throw InputError(file: output, "refusing to overwrite the input file \(input) with output")
            }
        }
    }

    /// Standard output as a report's destination: a failed write (a full disk under
    /// `> report.txt`) is an error naming it, not a crash or a silently short report.
    public static func writeToStandardOutput(_ data: Data) throws {
        if let code = data.withUnsafeBytes({ FileSink.writeAll($0, to: STDOUT_FILENO) }) {
            throw InputError(file: "<standard output>", "cannot be written: \(String(cString: strerror(code)))")
        }
    }

    /// Removes the temporary files of writes under way when the process is told to stop
    /// (SIGTERM, SIGINT, SIGHUP), then exits with 128 + the signal, as a shell reports a
    /// killed process. For executables: a library must not take a host's signals unasked.
    /// A signal the process was started ignoring (`nohup`) stays ignored.
    public static func removeTemporaryFilesOnSignals() {
        TemporaryFiles.installSignalHandlers()
    }

    private static func resolvedPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Device and inode of the file a path leads to (through symbolic links), if it exists.
    private static func identity(of path: String) -> [UInt64]? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return [UInt64(status.st_dev), UInt64(status.st_ino)]
    }
}

/// A system call on an output file failed; `OutputFile` reports it naming the destination.
struct FileWriteError: Error, CustomStringConvertible {
    let path: String
    let code: Int32

    var reason: String { String(cString: strerror(code)) }
    var description: String { "\(path): cannot be written: \(reason)" }
}

/// A new file written with `write(2)`, every result checked, synced and closed with checks:
/// a full disk is an error here, not an empty file after a rename.
final class FileSink {
    let path: String
    private var descriptor: Int32
    /// The first failure, kept for callers that cannot throw (libxml2's write callback).
    private(set) var failure: FileWriteError?

    init(creating path: String) throws {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw FileWriteError(path: path, code: errno) }
    }

    deinit {
        if descriptor >= 0 { _ = Foundation.close(descriptor) }
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        if let failure { throw failure }
        if let code = Self.writeAll(bytes, to: descriptor) {
            let failure = FileWriteError(path: path, code: code)
            self.failure = failure
            throw failure
        }
    }

    /// Writes every byte, resuming after partial writes and interruptions; the `errno` of
    /// the failure, or nil.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }

    /// Syncs and closes; the file is complete on disk only when this returns.
    func close() throws {
        if let failure { throw failure }
        let descriptor = self.descriptor
        self.descriptor = -1
        if fsync(descriptor) != 0 {
            let code = errno
            _ = Foundation.close(descriptor)
            throw FileWriteError(path: path, code: code)
        }
        if Foundation.close(descriptor) != 0 { throw FileWriteError(path: path, code: errno) }
    }
}

/// The temporary files being written, where a signal handler can read them: fixed slots of
/// C strings, read without locks or allocation (async-signal-safe).
enum TemporaryFiles {
    private static let capacity = 64
    /// A path's string is never freed once published: a handler running on another thread
    /// may be reading it. Each costs its length, once per output file.
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        return slots
    }()
    private static let lock = NSLock()

    /// The slot holding `path`, or nil when all are taken (the file is then removed on
    /// errors but not on signals).
    static func register(_ path: String) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard let free = (0..<capacity).first(where: { slots[$0] == nil }) else { return nil }
        slots[free] = strdup(path)
        return free
    }

    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        lock.lock()
        slots[slot] = nil
        lock.unlock()
    }

    static func installSignalHandlers() {
        _ = slots  // made now: a handler must not be the first to touch it
        let handler: @convention(c) (Int32) -> Void = { signal in
            var index = 0
            while index < TemporaryFiles.capacity {
                if let path = TemporaryFiles.slots[index] { unlink(path) }
                index += 1
            }
            _exit(128 + signal)
        }
        var handled = sigset_t()
        sigemptyset(&handled)
        for signal in [SIGTERM, SIGINT, SIGHUP] {
            let previous = Foundation.signal(signal, handler)
            if let previous, unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                _ = Foundation.signal(signal, SIG_IGN)
            }
            sigaddset(&handled, signal)
        }
        // A process started from a thread that blocks signals (a dispatch worker) inherits
        // the mask, and would never see them: the threads this one starts inherit this.
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
    }
}
